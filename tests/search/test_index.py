"""Publishing, unpublishing and editing one article updates the index for that article, at once."""

import pytest
from django.core.cache import cache
from django.db import connection
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from articles.models import ArticlePage
from search.models import StemmedIndexEntry
from tests import factories
from tests.search.helpers import paragraph, result_titles


def index_snapshot():
    """Every index row's content, by object id: Wagtail's rows and, on SQLite, the stemmed FTS rows."""
    rows = {
        ("entry", content_type, object_id): (str(title), str(body), str(autocomplete))
        for content_type, object_id, title, body, autocomplete in IndexEntry.objects.values_list(
            "content_type", "object_id", "title", "body", "autocomplete"
        )
    }
    if StemmedIndexEntry is not None:
        for content_type, object_id, title, lead, body in StemmedIndexEntry.objects.values_list(
            "key__content_type_pk", "key__object_id", "title", "lead", "body"
        ):
            rows[("fts", content_type, object_id)] = (title, lead, body)
    return rows


def changed_objects(before, after):
    """Object ids whose index rows differ (all index rows here belong to pages or authors)."""
    return {key[2] for key in before.keys() | after.keys() if before.get(key) != after.get(key)}


@pytest.fixture
def desk(section, author):
    cache.clear()
    others = [
        factories.make_article(
            section, title=f"Harbour report {i}", authors=[author], body=[paragraph("Quays.")]
        )
        for i in range(3)
    ]
    return {"section": section, "author": author, "others": others}


def test_publishing_indexes_only_that_article_at_once(client, desk):
    draft = factories.make_article(
        desk["section"],
        title="Working title",
        standfirst="Seabirds.",
        authors=[desk["author"]],
        publish=False,
    )
    draft.title = "Albatross sighting"
    revision = draft.save_revision()
    assert result_titles(client.get("/search/", {"q": "albatross"})) == []
    before = index_snapshot()
    revision.publish()
    assert result_titles(client.get("/search/", {"q": "albatross"})) == ["Albatross sighting"]
    assert changed_objects(before, index_snapshot()) == {str(draft.pk)}


def test_editing_and_republishing_replaces_the_indexed_text(client, desk):
    article = factories.make_article(
        desk["section"], title="Cormorant census", standfirst="Seabirds.", authors=[desk["author"]]
    )
    before = index_snapshot()
    article.title = "Flamingo census"
    article.save_revision().publish()
    assert result_titles(client.get("/search/", {"q": "flamingo"})) == ["Flamingo census"]
    assert result_titles(client.get("/search/", {"q": "cormorant"})) == []
    assert changed_objects(before, index_snapshot()) == {str(article.pk)}


def test_unpublishing_removes_the_article_at_once(client, desk):
    article = factories.make_article(desk["section"], title="Heron count", authors=[desk["author"]])
    assert result_titles(client.get("/search/", {"q": "heron"})) == ["Heron count"]
    before = index_snapshot()
    article.unpublish()
    assert result_titles(client.get("/search/", {"q": "heron"})) == []
    assert client.get("/search/suggest/", {"q": "hero"}).json() == {"results": []}
    assert changed_objects(before, index_snapshot()) <= {str(article.pk)}
    article.save_revision().publish()
    assert result_titles(client.get("/search/", {"q": "heron"})) == ["Heron count"]


def test_a_saved_draft_of_a_live_article_is_not_searchable(client, desk):
    article = factories.make_article(desk["section"], title="Stork nests", authors=[desk["author"]])
    article.title = "Stork nests and the secret pelican plan"
    article.save_revision()  # saved, not published
    assert result_titles(client.get("/search/", {"q": "pelican"})) == []
    assert result_titles(client.get("/search/", {"q": "stork"})) == ["Stork nests"]


def test_deleting_removes_every_index_row(desk):
    article = factories.make_article(desk["section"], title="Ibis", authors=[desk["author"]])
    assert IndexEntry.objects.filter(object_id=str(article.pk)).exists()
    article.delete()
    assert not IndexEntry.objects.filter(object_id=str(article.pk)).exists()
    if StemmedIndexEntry is not None:
        assert not StemmedIndexEntry.objects.filter(key__object_id=str(article.pk)).exists()


def test_the_lead_is_indexed_apart_from_the_body(desk):
    article = factories.make_article(
        desk["section"],
        title="Pipeline politics",
        standfirst="A standfirst about tariffs.",
        authors=[desk["author"]],
        body=[paragraph("Body text about compressors.")],
    )
    if connection.vendor == "sqlite":
        row = StemmedIndexEntry.objects.get(key__object_id=str(article.pk))
        assert row.title == "Pipeline politics"
        assert row.lead == "A standfirst about tariffs."
        assert "compressors" in row.body and desk["author"].name in row.body and "tariffs" not in row.body
    else:
        entry = IndexEntry.objects.get(object_id=str(article.pk))
        assert "'pipelin':1A" in str(entry.title) and "'tariff':6B" in str(entry.title)
        assert "'compressor'" in str(entry.body) and "'compressor'" not in str(entry.title)


def test_rebuilding_the_index_keeps_search_working(client, desk):
    from django.core.management import call_command

    before = index_snapshot()
    call_command("wagtail_update_index", verbosity=0)
    after = index_snapshot()
    # A rebuild also indexes pages that were never saved through the ORM (the tree's root); every row
    # that existed is rebuilt exactly as the signal handlers wrote it.
    assert {key: after[key] for key in before} == before
    assert sorted(result_titles(client.get("/search/", {"q": "harbour"}))) == [
        a.title for a in desk["others"]
    ]
    assert get_search_backend().search("harbour", ArticlePage.objects.live()).count() == 3


def test_the_admin_searches_through_the_same_backend(client, desk):
    from django.contrib.auth import get_user_model

    factories.make_article(desk["section"], title="Corridors of power", authors=[desk["author"]])
    client.force_login(get_user_model().objects.create_superuser("editor", "editor@example.org", "pw"))
    html = client.get("/admin/pages/search/", {"q": "corridor"}).content.decode()
    assert "Corridors of power" in html
    assert "Harbour report" not in html
    chooser = client.get("/admin/choose-page/search/", {"q": "corri"}).content.decode()
    assert "Corridors of power" in chooser
