"""The results page a reader gets at /search/?q=..."""

import re

import pytest
from django.core.cache import cache

from tests import factories
from tests.search.helpers import build_newsroom, paragraph, reader, result_titles


@pytest.fixture
def newsroom(db):
    return build_newsroom()


def search(client, **params):
    return client.get("/search/", params)


def test_results_show_section_title_byline_date_and_highlighted_snippet(client, newsroom):
    response = search(client, q="seabed survey")
    html = response.content.decode()
    assert response.status_code == 200
    assert result_titles(response)[0] == "Caspian offshore wind needs a seabed survey"
    first = html[html.index('<li class="search-result">') :]
    first = first[: first.index("</li>")]
    assert '<a href="/energy/">Energy</a>' in first
    assert '<span class="article-type">Analysis</span>' in first
    assert "By Daniel Moreau" in first
    assert "<time datetime=" in first
    assert "<mark>seabed</mark> <mark>survey</mark></a></h3>" in first
    # The snippet is the passage that holds the words, not the opening filler.
    assert "Engineers want a <mark>seabed</mark> <mark>survey</mark> before any auction" in first
    assert "Officials met again" not in first


def test_title_outranks_standfirst_which_outranks_body(client, section, author):
    # The same word once: in the body, in the standfirst, in the title (written in that order).
    placements = [
        ("Harbour budgets", "Money for quays.", "The old lighthouse keeper counted ships every night."),
        ("Coastal guides", "A lighthouse guides the ships home.", "Ships need guides."),
        ("The lighthouse question", "A question of light.", "Ships need light."),
    ]
    for title, standfirst, text in placements:
        factories.make_article(
            section, title=title, standfirst=standfirst, authors=[author], body=[paragraph(text)]
        )
    titles = result_titles(search(client, q="lighthouse"))
    assert titles == ["The lighthouse question", "Coastal guides", "Harbour budgets"]


def test_stemming_finds_other_forms_of_a_word(client, newsroom):
    assert "Ferry timetables decide the Middle Corridor" in result_titles(search(client, q="corridors"))
    assert "Grid operators agree a metering standard" in result_titles(search(client, q="meter"))


def test_phrases_in_quotes_match_as_phrases(client, newsroom):
    loose = result_titles(search(client, q="seabed survey"))
    assert set(loose) == {
        "Caspian offshore wind needs a seabed survey",
        "Grid operators agree a metering standard",
    }
    assert result_titles(search(client, q='"seabed survey"')) == [
        "Caspian offshore wind needs a seabed survey"
    ]


def test_accents_do_not_matter(client, newsroom):
    assert result_titles(search(client, q="cafe zurich")) == ["Café Zürich timetable talks"]
    response = search(client, q="CAFÉ")
    assert "<mark>Café</mark> Zürich" in response.content.decode()


def test_facets_count_and_narrow_with_plain_links(client, newsroom):
    html = search(client, q="timetable").content.decode()
    assert "2 articles match “timetable”" in html
    assert (
        '<a href="/search/?q=timetable&amp;section=transport">Transport <span class="facet-count">(2)</span>'
        in html
    )
    assert '<a href="/search/?q=timetable&amp;author=farid-mammadli">Farid Mammadli' in html
    assert '<a href="/search/?q=timetable&amp;type=news">News <span class="facet-count">(1)</span>' in html

    narrowed = search(client, q="timetable", type="news")
    assert result_titles(narrowed) == ["Café Zürich timetable talks"]
    html = narrowed.content.decode()
    assert "1 article matches “timetable” with these filters" in html
    # The active filter links back to the unfiltered search; other types keep their counts.
    assert '<a class="facet-active" href="/search/?q=timetable" aria-current="true">News' in html
    assert '<a href="/search/?q=timetable&amp;type=op-ed">Op-ed <span class="facet-count">(1)</span>' in html


def test_author_and_year_facets_narrow(client, newsroom):
    assert result_titles(search(client, q="survey", author="leyla-hasanova")) == [
        "Grid operators agree a metering standard"
    ]
    grid_year = newsroom["articles"]["grid"].published_date.year
    seabed_year = newsroom["articles"]["seabed"].published_date.year
    by_year = result_titles(search(client, q="survey", year=str(grid_year)))
    assert "Grid operators agree a metering standard" in by_year
    if grid_year != seabed_year:
        assert "Caspian offshore wind needs a seabed survey" not in by_year


def test_sort_by_newest(client, newsroom):
    relevance = result_titles(search(client, q="timetable"))
    newest = result_titles(search(client, q="timetable", sort="newest"))
    assert newest == ["Ferry timetables decide the Middle Corridor", "Café Zürich timetable talks"]
    assert sorted(relevance) == sorted(newest)


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999", "1.5", "%00", "", "²", "1" * 40])
def test_pagination_never_breaks(client, section, author, page, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 2
    for i in range(5):
        factories.make_article(section, title=f"Pipeline note {i}", authors=[author])
    response = search(client, q="pipeline", page=page)
    assert response.status_code == 200
    assert len(result_titles(response)) in (1, 2)
    assert "Page " in response.content.decode()


def test_pagination_links_keep_the_search(client, section, author, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 2
    for i in range(5):
        factories.make_article(section, title=f"Pipeline note {i}", authors=[author])
    html = search(client, q="pipeline", sort="newest", page="2").content.decode()
    assert "Page 2 of 3" in html
    assert 'href="/search/?q=pipeline&amp;sort=newest&amp;page=3">Next page</a>' in html
    assert 'href="/search/?q=pipeline&amp;sort=newest">Previous page</a>' in html


def test_result_pages_are_not_indexed_or_cached(client, newsroom):
    response = search(client, q="seabed")
    assert '<meta name="robots" content="noindex">' in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex"
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control
    other = search(client, q="ferry")
    assert result_titles(other) == ["Ferry timetables decide the Middle Corridor"]


def test_header_search_form_is_on_every_page(client, newsroom):
    for url in ["/", newsroom["energy"].url, newsroom["articles"]["ferry"].url, "/search/?q=ferry"]:
        html = client.get(url).content.decode()
        assert '<form class="site-search" role="search" action="/search/" method="get"' in html
        assert '<label class="visually-hidden" for="site-search-q">Search the archive</label>' in html
        assert 'id="site-search-q" type="search" name="q"' in html


def test_empty_search_explains_and_offers_popular_searches(client, newsroom):
    cache.clear()
    for address in ("192.0.2.1", "192.0.2.2", "192.0.2.3"):
        search(reader(address), q="ferry")
    cache.clear()
    html = search(client, q="   ").content.decode()
    assert "Type a word, a name or a place." in html
    assert '<a href="/search/?q=ferry">ferry</a>' in html
    assert 'class="search-results"' not in html


def test_no_results_offer_did_you_mean_and_popular_searches(client, newsroom):
    search(reader("192.0.2.1"), q="timetable")
    cache.clear()
    html = search(client, q="Hasanva").content.decode()
    assert "We found no articles for “Hasanva”" in html
    assert 'Did you mean <a href="/search/?q=hasanova">hasanova</a>?' in html
    assert "Popular searches this week" in html
    assert '<a href="/search/?q=timetable">timetable</a>' in html
    follow = search(client, q="hasanova")
    assert set(result_titles(follow)) == {
        "Grid operators agree a metering standard",
        "Café Zürich timetable talks",
    }


def test_no_article_with_all_words_falls_back_to_any_word(client, newsroom):
    response = search(client, q="seabed ferry")
    html = response.content.decode()
    assert "No article contains all of your words" in html
    assert "Ferry timetables decide the Middle Corridor" in result_titles(response)


def test_filters_that_exclude_everything_offer_a_way_back(client, newsroom):
    html = search(client, q="ferry", section="energy").content.decode()
    assert "Nothing matches with these filters." in html
    assert '<a href="/search/?q=ferry">Search without filters</a>' in html


def test_unknown_filters_are_ignored_with_a_note(client, newsroom):
    response = search(
        client, q="ferry", section="../../etc", author="nobody", type="poem", year="abc", sort="x"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert result_titles(response) == ["Ferry timetables decide the Middle Corridor"]
    assert (
        "We ignored part of the address that we did not recognise (section, author, type, year, sort)."
        in html
    )


def test_over_long_queries_are_cut_and_say_so(client, newsroom):
    response = search(client, q="ferry " + "x" * 10_000)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Your search was too long, so we shortened it" in html
    assert len(re.search(r'id="search-q" type="search" name="q" value="([^"]*)"', html).group(1)) <= 200


def test_snippets_and_titles_are_escaped(client, section, author):
    factories.make_article(
        section,
        title="Markup <b>matters</b>",
        authors=[author],
        body=[paragraph("A scripted &lt;script&gt;alert('quokka')&lt;/script&gt; quokka paragraph.")],
    )
    html = search(client, q="quokka").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;<mark>quokka</mark>&#x27;)&lt;/script&gt;" in html
    assert "Markup &lt;b&gt;matters&lt;/b&gt;" in html


def test_post_is_not_allowed(client, newsroom):
    assert client.post("/search/", {"q": "ferry"}).status_code == 405
    assert client.post("/search/suggest/", {"q": "ferry"}).status_code == 405


def test_broad_searches_say_they_show_the_most_relevant(client, section, author, settings):
    settings.SEARCH_RESULT_WINDOW = 2
    for title in ["Pipeline one", "Pipeline two", "Pipeline three"]:
        factories.make_article(section, title=title, authors=[author])
    response = search(client, q="pipeline")
    html = response.content.decode()
    assert len(result_titles(response)) == 2
    assert "2 articles match “pipeline”" in html
    assert "More than 2 articles match, so the results and counts below cover the 2 most relevant." in html
