"""`load_demo` builds the publication once, with every feature visible on first run.

Every test here reads the same demo archive, loaded once for the module (`demo_archive`).
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from articles.models import ArticlePage, Author, SectionPage
from core.models import PublicationSettings
from demo.content import all_articles
from popularity.models import ArticleDailyViews
from related.models import RelatedArticle


def counts():
    return (
        ArticlePage.objects.count(),
        ArticleDailyViews.objects.count(),
        RelatedArticle.objects.count(),
        SectionPage.objects.count(),
        Author.objects.count(),
        get_image_model().objects.count(),
        get_user_model().objects.count(),
        Page.objects.count(),
    )


@pytest.mark.django_db
def test_load_demo_is_idempotent_and_complete(demo_archive, client):
    first = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == first
    articles, view_rows, related_rows, sections, authors, *_ = first
    assert articles == len(all_articles()) >= 55
    assert sections == 6
    assert Author.objects.filter(kind="organisation", name="Editorial Board").exists()
    assert authors >= 5
    assert Page.find_problems() == ([], [], [], [], [])
    assert get_user_model().objects.get(username="admin").check_password("changeme")
    live = ArticlePage.objects.live().public()
    assert live.count() == articles
    for article in live:
        assert sum(1 for b in article.body if b.block_type == "paragraph") >= 6, article.slug
    kinds = {b.block_type for a in live for b in a.body}
    assert {"paragraph", "pull_quote", "image", "newsletter"} <= kinds
    assert client.get("/").status_code == 200
    assert client.get(live.first().url).status_code == 200


@pytest.mark.django_db
def test_a_fresh_demo_shows_every_feature(demo_archive, client):
    """Popular Articles (a synthetic view history), Related Posts, Unicode tags; no placeholder feed link."""
    home = client.get("/").content.decode()
    assert "Popular Articles" in home
    article = ArticlePage.objects.live().get(tags__name="Bakı")
    page = client.get(article.url).content.decode()
    assert "Popular Articles" in page and "Related Posts" in page
    assert client.get(article.tags.get(name="Bakı").slug.join(["/tags/", "/"])).status_code == 200
    assert ArticleDailyViews.objects.filter(views__gt=0).count() >= len(all_articles())
    assert not any(link.value["label"] == "RSS" for link in PublicationSettings.load().social_links)
    assert ">RSS<" not in home
