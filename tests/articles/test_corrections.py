"""Corrections and updates: an editor adds a note in the admin, readers see it once it is published,
and the article's modified date (feeds, sitemap) follows it."""

import json
import re
from datetime import datetime, timedelta

import feedparser
import html5lib
import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from articles.models import ArticleCorrection, ArticlePage
from tests import factories
from tests.articles import admin_forms

WRONG_AND_RIGHT = "An earlier version said the pipeline opened in 2019; it opened in 2020."


def post_edit(client, article, author, notes, action=None):
    return admin_forms.post_edit(
        client, article, author, action, body="<p>The pipeline runs to the coast.</p>", notes=notes
    )


def site_feed_entry(client, article):
    feed = feedparser.parse(client.get("/feed/atom/").content)
    return next(entry for entry in feed.entries if entry.title == article.title)


@pytest.fixture
def article(section, author):
    with time_machine.travel(timezone.now() - timedelta(days=3)):
        return factories.make_article(section, title="The pipeline at the coast", authors=[author])


@pytest.mark.django_db
def test_a_published_correction_is_shown_with_its_date_and_moves_the_modified_date(
    admin_client, client, article, author
):
    form = admin_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert "Corrections and updates" in form and "readers see this date" in form
    published = article.modified_at
    noted = timezone.now() - timedelta(hours=2)
    response = post_edit(
        admin_client, article, author, [("correction", noted, WRONG_AND_RIGHT)], "action-publish"
    )
    assert response.status_code == 302, response.context and response.context["form"].errors

    article = ArticlePage.objects.get(pk=article.pk)
    [note] = article.corrections.all()
    assert note.kind == "correction" and note.noted_at == noted.replace(second=0, microsecond=0)
    assert article.modified_at > published

    page = client.get(article.url)
    html = page.content.decode()
    html5lib.HTMLParser(strict=True).parse(html)
    assert '<h2 id="corrections-title">Corrections and updates</h2>' in html
    assert WRONG_AND_RIGHT in html
    assert f'<time datetime="{timezone.localtime(note.noted_at).isoformat()}">' in html
    assert f'Updated <time datetime="{timezone.localtime(note.noted_at).isoformat()}">' in html

    entry = site_feed_entry(client, article)
    assert datetime.fromisoformat(entry.updated) == article.modified_at
    assert "Corrections and updates" in entry.content[0].value and WRONG_AND_RIGHT in entry.content[0].value


@pytest.mark.django_db
def test_a_saved_draft_correction_is_not_shown_to_readers(admin_client, client, article, author):
    modified = article.modified_at
    response = post_edit(admin_client, article, author, [("update", timezone.now(), WRONG_AND_RIGHT)])
    assert response.status_code == 302

    assert not ArticleCorrection.objects.filter(page=article).exists()
    html = client.get(article.url).content.decode()
    assert WRONG_AND_RIGHT not in html and "Corrections and updates" not in html
    assert ArticlePage.objects.get(pk=article.pk).modified_at == modified
    assert WRONG_AND_RIGHT not in site_feed_entry(client, article).content[0].value


@pytest.mark.django_db
def test_a_note_newer_than_the_last_publish_dates_the_article_everywhere(client, article):
    """One definition of "modified": the newest of the last publish, the revision date and the notes."""
    later = article.last_published_at + timedelta(days=1)
    ArticleCorrection.objects.create(
        page=article, kind="update", noted_at=later - timedelta(hours=1), text="<p>a</p>"
    )
    ArticleCorrection.objects.create(page=article, kind="update", noted_at=later, text="<p>b</p>")
    article = ArticlePage.objects.get(pk=article.pk)
    assert [note.text for note in article.corrections.all()] == ["<p>b</p>", "<p>a</p>"]  # newest first
    assert article.modified_at == later

    sitemap = client.get(f"/sitemap-articles-{article.published_date:%Y-%m}.xml").content.decode()
    assert f"<lastmod>{later.date().isoformat()}</lastmod>" in sitemap
    page = client.get(article.url).content.decode()
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page)
    blocks = [json.loads(script) for script in scripts]
    [news_article] = [block for block in blocks if "dateModified" in block]
    assert datetime.fromisoformat(news_article["dateModified"]) == later  # structured data follows too
