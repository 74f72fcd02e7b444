""" "Did you mean" knows the words of article bodies, weighs them by how many readers' articles hold
them, never offers what only hidden pages hold, and costs the same whatever the size of the archive."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.search.helpers import filler, paragraph, result_titles


def did_you_mean(client, query):
    """The word offered on the results page, or None."""
    html = client.get("/search/", {"q": query}).content.decode()
    if "Did you mean" not in html:
        return None
    return html.split('class="did-you-mean">Did you mean <a href="', 1)[1].split(">", 1)[1].split("<", 1)[0]


def article(section, title, text, **kwargs):
    return factories.make_article(section, title=title, body=filler(2) + [paragraph(text)], **kwargs)


@pytest.fixture
def beat(section, author):
    """Articles whose titles say nothing of the names their bodies hold."""
    article(section, "Talks resume after a quiet winter", "Prime Minister Nikol Pashinyan met envoys.")
    article(section, "Freight and the southern route", "The Zangezur corridor would link the railways.")
    for n in range(3):
        article(section, f"Mountain roads, part {n}", "Villages of Karabakh wait for the road.")
    return section


@pytest.mark.parametrize(
    ("misspelt", "meant"), [("Pashinian", "pashinyan"), ("Zangazur", "zangezur"), ("Karabag", "karabakh")]
)
def test_a_misspelt_name_found_only_in_bodies_is_corrected(client, beat, misspelt, meant):
    assert did_you_mean(client, misspelt) == meant


def test_the_suggested_search_finds_the_article(client, beat):
    html = client.get("/search/", {"q": "Pashinian"}).content.decode()
    link = html.split('class="did-you-mean">Did you mean <a href="', 1)[1].split('"', 1)[0]
    assert link == "/search/?q=pashinyan"
    assert result_titles(client.get(link)) == ["Talks resume after a quiet winter"]


@pytest.fixture
def two_names(section):
    """ "Chkhidze" is as close to both names; two articles hold the one that sorts second."""
    article(section, "A tram depot reopens", "Engineer Levan Chkhaidze showed the depot.")
    article(section, "The choir tours", "Conductor Chkheidze leads the choir.")
    article(section, "Songs of the valley", "Chkheidze recorded the songs.")
    return section


def test_the_spelling_more_articles_hold_wins_a_tie(client, two_names):
    assert did_you_mean(client, "Chkhidze") == "chkheidze"


def test_hidden_pages_add_no_weight(client, two_names):
    for n in range(4):
        article(two_names, f"Depot draft {n}", "Chkhaidze, Chkhaidze and Chkhaidze again.", publish=False)
    factories.make_private(article(two_names, "Members' depot notes", "Chkhaidze reports."))
    factories.make_scheduled(two_names, title="Depot, tomorrow", body=[paragraph("Chkhaidze returns.")])
    assert did_you_mean(client, "Chkhidze") == "chkheidze"


def test_words_only_hidden_pages_hold_are_never_offered(client, section):
    article(section, "Visible piece", "Nothing to see.")
    article(section, "Draft piece", "The Vorotan cascade.", publish=False)
    factories.make_scheduled(section, title="Scheduled piece", body=[paragraph("The Meghri crossing.")])
    factories.make_private(article(section, "Private piece", "The Agarak mine."))
    unpublished = article(section, "Unpublished piece", "The Kajaran plant.")
    unpublished.unpublish()
    for misspelt in ("Vorotam", "Megri", "Agarac", "Kajaram"):
        assert did_you_mean(client, misspelt) is None, misspelt


def test_a_draft_holding_the_misspelling_does_not_make_it_known(client, beat):
    article(beat, "Draft", "Pashinian, as the draft spells it.", publish=False)
    assert did_you_mean(client, "Pashinian") == "pashinyan"


def test_publishing_and_unpublishing_change_the_suggestion_at_once(client, section):
    article(section, "Visible piece", "Nothing to see.")
    assert did_you_mean(client, "Vorotam") is None  # cached as "nothing close"
    piece = article(section, "Hydropower on the river", "The Vorotan cascade needs repairs.")
    assert did_you_mean(client, "Vorotam") == "vorotan"
    piece.unpublish()
    assert did_you_mean(client, "Vorotam") is None


def queries_for_a_suggestion(client, query):
    assert did_you_mean(client, "Zangazur") == "zangezur"  # the page's other caches are warm now
    with CaptureQueriesContext(connection) as captured:
        assert did_you_mean(client, query) == "karabakh"
    return [entry["sql"] for entry in captured.captured_queries]


def test_a_suggestion_costs_the_same_in_a_larger_archive_and_reads_no_body(client, beat):
    small = queries_for_a_suggestion(client, "Karabag")
    for n in range(12):
        article(beat, f"More mountain roads {n}", "Karabakh again, and the Zangezur corridor.")
    large = queries_for_a_suggestion(client, "Karabag")
    assert len(large) == len(small)
    assert not [sql for sql in large if '"articles_articlepage"."body"' in sql]


def test_the_word_list_keeps_body_words_and_its_trigram_index_in_step(beat):
    from search.backends.words import close_words
    from search.models import Word

    assert Word.objects.filter(word__in=["zangezur", "pashinyan", "karabakh", "envoys"]).count() == 4
    assert "zangezur" in close_words("zangazur")
    Word.objects.filter(word="zangezur").delete()
    assert "zangezur" not in close_words("zangazur")
