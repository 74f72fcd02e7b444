"""The results page costs the same number of queries whatever the page size or the number of matches."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.search.helpers import paragraph

MAX_QUERIES = 32


def fill(section, authors, count, word="pipeline"):
    for i in range(count):
        factories.make_article(
            section,
            title=f"The {word} question {i}",
            authors=authors[i % 2 :][:2],
            tags=["energy"],
            body=[paragraph(f"A {word} runs under the sea ({i}).")] * 3,
            article_type=["news", "analysis", "op-ed"][i % 3],
            days_ago=i * 40,
        )


def count_queries(client, **params):
    cache.clear()
    client.get("/search/", params)  # the same search once before: its query log row exists, caches are warm
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/search/", params)
    assert response.status_code == 200
    return len(captured.captured_queries), response


@pytest.mark.parametrize("sort", ["relevance", "newest"])
def test_query_count_does_not_grow(client, home, settings, django_assert_max_num_queries, sort):
    energy = factories.make_section(home, "Energy")
    transport = factories.make_section(home, "Transport")
    authors = [factories.make_author(f"Writer {i}") for i in range(3)]
    fill(energy, authors, 3, word="pipeline")
    fill(transport, authors, 30, word="corridor")

    settings.SEARCH_RESULTS_PER_PAGE = 2
    small, response = count_queries(client, q="pipeline", sort=sort)
    assert "3 articles match" in response.content.decode()
    small_filtered, _ = count_queries(client, q="pipeline", sort=sort, type="news", page="2")
    settings.SEARCH_RESULTS_PER_PAGE = 25
    large, response = count_queries(client, q="corridor", sort=sort)
    assert "30 articles match" in response.content.decode()
    assert response.content.decode().count('<li class="search-result">') == 25
    large_filtered, response = count_queries(client, q="corridor", sort=sort, type="news", page="2")
    assert small == large
    assert small_filtered == large_filtered
    with django_assert_max_num_queries(MAX_QUERIES):
        client.get("/search/", {"q": "a fresh search for corridor", "sort": sort})


def test_autocomplete_query_count_does_not_grow(client, home, django_assert_max_num_queries):
    energy = factories.make_section(home, "Energy")
    fill(energy, [factories.make_author("Writer")], 12)
    fill(energy, [factories.make_author("Writer")], 1, word="albatross")
    client.get("/search/suggest/", {"q": "pipeline"})  # caches the site's root paths for page URLs
    counts = []
    for prefix, expected in (("albat", 1), ("pipel", 8)):
        with CaptureQueriesContext(connection) as captured:
            assert len(client.get("/search/suggest/", {"q": prefix}).json()["results"]) == expected
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1] <= 6
