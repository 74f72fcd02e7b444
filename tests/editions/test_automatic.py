"""Automatic editions: the newest article per section, or the week's most read, fixed at sending."""

from datetime import timedelta

import pytest
from django.utils import timezone

from editions import composition
from editions.models import Edition, Fill
from popularity.models import ArticleDailyViews
from tests import factories

pytestmark = pytest.mark.django_db


def titles(edition):
    return [article.title for article, _ in composition.entries(edition)]


def test_the_newest_in_each_section(home):
    opinion, energy = factories.make_section(home, "Opinion"), factories.make_section(home, "Energy")
    factories.make_article(opinion, title="Older opinion", days_ago=3)
    factories.make_article(opinion, title="Newer opinion", days_ago=1)
    factories.make_article(energy, title="Energy piece", days_ago=2)
    factories.make_article(energy, title="Unpublished", publish=False)
    edition = Edition.objects.create(subject="Newest", fill=Fill.NEWEST)
    assert titles(edition) == ["Newer opinion", "Energy piece"]

    composition.freeze_articles(edition)  # what sending does: the list is written down
    factories.make_article(opinion, title="Later still")
    assert titles(edition) == ["Newer opinion", "Energy piece"]
    assert [text for _, text in composition.entries(edition)][0] == "Standfirst of Newer opinion."


def test_the_most_read_this_week(section):
    quiet, popular, old = (factories.make_article(section, title=t) for t in ("Quiet", "Popular", "Old news"))
    today = timezone.localdate()
    ArticleDailyViews.objects.create(article=quiet, day=today, views=3)
    ArticleDailyViews.objects.create(article=popular, day=today, views=40)
    ArticleDailyViews.objects.create(article=old, day=today - timedelta(days=10), views=500)
    edition = Edition.objects.create(subject="Most read", fill=Fill.MOST_READ, article_count=2)
    assert titles(edition) == ["Popular", "Quiet"]
