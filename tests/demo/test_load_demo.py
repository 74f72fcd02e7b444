"""`load_demo` builds the publication once, with every feature visible on first run.

Every test here reads the same demo archive, loaded once for the module (`demo_archive`).
"""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import Page

from articles.models import ArticlePage, Author, SectionPage
from core.models import PublicationSettings
from demo.content import all_articles
from demo.guard import database_label
from demo.models import DemoItem
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
    english = ArticlePage.objects.filter(locale__language_code="en")
    assert english.count() == len(all_articles()) >= 125
    assert SectionPage.objects.filter(locale__language_code="en").count() == 6
    articles, view_rows, related_rows, sections, authors, *_ = first
    assert Author.objects.filter(kind="organisation", name="Editorial Board").exists()
    assert authors >= 5
    assert Page.find_problems() == ([], [], [], [], [])
    assert get_user_model().objects.get(username="admin").check_password("changeme")
    live = ArticlePage.objects.live().public()
    assert live.count() == articles  # the originals and the translations (tests/demo/test_translations.py)
    for article in live:
        assert sum(1 for b in article.body if b.block_type == "paragraph") >= 3, article.slug
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


def demo_slugs():
    return [data["slug"] for data in all_articles()]


@pytest.mark.django_db
def test_demo_articles_an_editor_deleted_or_unpublished_stay_so(demo_archive):
    deleted, unpublished = ArticlePage.objects.filter(slug__in=demo_slugs()).order_by("pk")[:2]
    deleted.delete()
    unpublished.unpublish()
    before = counts()
    for _ in range(2):
        call_command("load_demo", verbosity=0)
    assert not ArticlePage.objects.filter(slug=deleted.slug).exists()
    assert not ArticlePage.objects.get(pk=unpublished.pk).live
    assert counts() == before


@pytest.mark.django_db
def test_a_database_loaded_before_the_record_existed_is_adopted_whole(demo_archive):
    DemoItem.objects.all().delete()  # loaded by a version that kept no record
    deleted = ArticlePage.objects.filter(slug__in=demo_slugs()).first()
    deleted.delete()
    call_command("load_demo", verbosity=0)
    assert not ArticlePage.objects.filter(slug=deleted.slug).exists()
    assert set(DemoItem.objects.filter(kind="article").values_list("slug", flat=True)) == set(demo_slugs())


@pytest.mark.django_db
def test_no_demo_login_under_the_production_settings(demo_archive, monkeypatch):
    get_user_model().objects.filter(username="admin").delete()
    production = {"SETTINGS_MODULE": "config.settings.production", "DEMO_LOGIN_ENABLED": False}
    with override_settings(**production):
        with pytest.raises(CommandError, match="ALLOW_DEMO_ON="):
            call_command("load_demo", verbosity=0)
        monkeypatch.setenv("ALLOW_DEMO_ON", database_label(connection.settings_dict))
        out = StringIO()
        call_command("load_demo", stdout=out)
    assert "demo login" not in out.getvalue()
    assert not get_user_model().objects.filter(username="admin").exists()
