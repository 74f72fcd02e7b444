"""Any query string gets a normal page or a clear message, never a 500, on SQLite and PostgreSQL."""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.search.helpers import build_newsroom

NASTY = [
    "",
    " ",
    "\t\n",
    "x" * 10_000,
    "ferry " * 2_000,
    "\x00",
    "fer\x00ry",
    '"',
    '"ferry',
    'ferry"',
    '""',
    '"""',
    "(",
    ")",
    "((ferry",
    "ferry))",
    "*",
    "ferry*",
    "*ferry",
    "-",
    "-ferry",
    "ferry -port",
    "ferry OR port",
    "OR",
    "AND",
    "NOT",
    "ferry AND NOT port",
    "NEAR(ferry port)",
    "ferry NEAR/2 port",
    "{title}: ferry",
    "title:ferry",
    "ferry:*",
    "'; DROP TABLE wagtailcore_page; --",
    "1' OR '1'='1",
    "%",
    "%%",
    "_",
    "\\",
    "ferry\\",
    "' & | ! <-> :*",
    "🚢",
    "🚢 ferry 🚢",
    "ferry\u200bport",
    "\u202eyrref",
    "باكو العبارة",
    "ירושלים",
    "Тбилиси паром",
    "北京 ferry",
    "ǅǆǈ ﬁ ½ ²",
    "\ud7ff\ue000",
    "café",
    "A" * 300,
]


@pytest.fixture
def newsroom(db):
    return build_newsroom()


def assert_normal_page(response):
    assert response.status_code == 200
    html = response.content.decode()
    assert '<form class="search-form" role="search"' in html
    assert "Server Error" not in html


@pytest.mark.parametrize("raw", NASTY)
def test_nasty_queries_get_a_normal_page(client, newsroom, raw):
    assert_normal_page(client.get("/search/", {"q": raw}))
    suggestions = client.get("/search/suggest/", {"q": raw})
    assert suggestions.status_code == 200
    assert isinstance(suggestions.json()["results"], list)


@pytest.mark.parametrize("raw", NASTY[:20])
def test_nasty_filters_and_pages_get_a_normal_page(client, newsroom, raw):
    params = {"q": "ferry", "section": raw, "author": raw, "type": raw, "year": raw, "sort": raw, "page": raw}
    assert_normal_page(client.get("/search/", params))


def test_repeated_parameters_and_raw_query_strings(client, newsroom):
    assert_normal_page(client.get("/search/?q=ferry&q=port&page=2&page=x&year=2024&year=abc"))
    assert_normal_page(client.get("/search/?q=%FF%FE%00%C0%AF"))
    assert_normal_page(client.get("/search/?q=%E2%80%AE%F0%9F%9A%A2"))
    assert client.get("/search/suggest/?q=%FF%00").status_code == 200


# Text that can travel in a URL: any code point except surrogates.
url_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
query_like = st.lists(
    st.one_of(
        url_text,
        st.sampled_from(
            ['"', "(", ")", "*", "-", "OR", "AND", "NOT", "NEAR", "ferry", "port", ":", "'", "\x00"]
        ),
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.one_of(url_text, query_like))
@example(raw='ferry "port')
@example(raw="\x00" * 50)
def test_any_query_is_answered(client, newsroom, raw):
    assert_normal_page(client.get("/search/", {"q": raw}))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=query_like)
def test_any_autocomplete_query_is_answered(client, newsroom, raw):
    response = client.get("/search/suggest/", {"q": raw})
    assert response.status_code == 200
    assert set(response.json()) == {"results"}
