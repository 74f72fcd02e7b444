"""/search/suggest/: titles and URLs of live, public articles for what has been typed so far."""

import pytest

from tests import factories
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


def suggested(client, typed):
    return [item["title"] for item in client.get("/search/suggest/", {"q": typed}).json()["results"]]


@pytest.fixture
def beat(section, author):
    make = factories.make_article
    return {
        "talks": make(section, title="Talks on the Zangezur route resume", authors=[author], days_ago=3),
        "path": make(section, title="Why Pashinyan chose the quiet path", authors=[author], days_ago=2),
        "freight": make(section, title="Freight on the Middle Corridor", authors=[author], days_ago=1),
    }


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("Pash", "Why Pashinyan chose the quiet path"),
        ("Zang", "Talks on the Zangezur route resume"),
        ("Corr", "Freight on the Middle Corridor"),
        ("middle corr", "Freight on the Middle Corridor"),
        ("quiet pash", "Why Pashinyan chose the quiet path"),
    ],
)
def test_the_start_of_any_word_of_a_title_matches(client, beat, typed, title):
    assert suggested(client, typed) == [title]


def test_the_start_of_a_byline_word_matches(client, beat):
    factories.make_article(
        beat["talks"].get_parent(),
        title="Harbour notes",
        authors=[factories.make_author("Maria Correia", slug="maria-correia")],
    )
    assert suggested(client, "Correi") == ["Harbour notes"]
    assert suggested(client, "maria harb") == ["Harbour notes"]


def test_ranked_by_relevance_then_newest_first(client, section):
    make = factories.make_article
    correia = factories.make_author("Maria Correia", slug="maria-correia")
    make(section, title="Harbour notes", authors=[correia], days_ago=0)  # byline only
    make(section, title="Why the corridor matters", days_ago=10)
    make(section, title="Corridor talks open in Baku", days_ago=30)  # the title starts with it
    make(section, title="Freight on the Middle Corridor", days_ago=1)
    assert suggested(client, "Corr") == [
        "Corridor talks open in Baku",
        "Freight on the Middle Corridor",
        "Why the corridor matters",
        "Harbour notes",
    ]


def test_a_fixed_number_of_queries_whatever_the_matches(client, section):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(typed):
        with CaptureQueriesContext(connection) as captured:
            results = suggested(client, typed)
        return len(results), len(captured.captured_queries)

    for n in range(8):
        factories.make_article(section, title=f"Corridor report {n}")
    factories.make_article(section, title="Gondola timetable")
    many, many_queries = queries("corr")
    one, one_queries = queries("gondo")
    assert (many, one) == (8, 1)
    assert many_queries == one_queries
