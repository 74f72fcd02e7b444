"""/search/suggest/: titles and URLs of live, public articles for what has been typed so far."""

import pytest

from tests.search.helpers import build_newsroom


@pytest.fixture
def newsroom(db):
    return build_newsroom()


def test_prefixes_suggest_titles_with_urls(client, newsroom):
    ferry = newsroom["articles"]["ferry"]
    data = client.get("/search/suggest/", {"q": "Ferry tim"}).json()
    assert data == {"results": [{"title": ferry.title, "url": ferry.url}]}


def test_half_typed_words_match(client, newsroom):
    titles = [item["title"] for item in client.get("/search/suggest/", {"q": "metr"}).json()["results"]]
    assert titles == []
    titles = [item["title"] for item in client.get("/search/suggest/", {"q": "meter"}).json()["results"]]
    assert titles == ["Grid operators agree a metering standard"]
    titles = [item["title"] for item in client.get("/search/suggest/", {"q": "caf"}).json()["results"]]
    assert titles == ["Café Zürich timetable talks"]


def test_too_short_or_empty_asks_nothing(client, newsroom, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/search/suggest/", {"q": "f"}).json() == {"results": []}
        assert client.get("/search/suggest/").json() == {"results": []}


def test_suggestions_are_not_cached_or_indexed(client, newsroom):
    response = client.get("/search/suggest/", {"q": "ferry"})
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
