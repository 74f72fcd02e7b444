"""What the query parser makes of anything a reader can type."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from modelsearch.query import And, Phrase, PlainText

from search.query import MAX_QUERY_LENGTH, MAX_WORDS, parse


def test_words_are_lowercased_and_stop_words_dropped():
    parsed = parse("  The Caspian   FERRY and the Port  ")
    assert parsed.text == "The Caspian FERRY and the Port"
    assert parsed.terms == ("caspian", "ferry", "port")
    assert parsed.phrases == ()
    assert not parsed.truncated


def test_stop_words_alone_are_still_searched():
    assert parse("the who").terms == ("the", "who")


def test_balanced_quotes_make_phrases():
    parsed = parse('gas "Middle Corridor" ports')
    assert parsed.terms == ("gas", "ports")
    assert parsed.phrases == (("middle", "corridor"),)
    query = parsed.search_query()
    assert isinstance(query, And)
    assert [type(part) for part in query.subqueries] == [PlainText, Phrase]
    assert query.subqueries[0].query_string == "gas ports"
    assert query.subqueries[1].query_string == "middle corridor"


def test_unbalanced_quotes_are_plain_words():
    parsed = parse('"Middle Corridor ports')
    assert parsed.terms == ("middle", "corridor", "ports")
    assert parsed.phrases == ()


def test_a_quoted_single_word_is_a_word():
    assert parse('"sturgeon"').terms == ("sturgeon",)


@pytest.mark.parametrize(
    "raw",
    ["*", "-", "()", "((gas", "gas OR oil)", "NEAR(gas oil)", "AND NOT", "'; DROP TABLE x; --", "%_%", "\\"],
)
def test_operators_and_syntax_become_words_or_nothing(raw):
    parsed = parse(raw)
    for word in parsed.words:
        assert word.replace("'", "").replace("’", "").isalnum()


def test_invisible_and_control_characters_are_removed():
    parsed = parse("ga\x00s\u200b pipe\u202eline\x07")
    assert "\x00" not in parsed.text and "\u202e" not in parsed.text
    assert parsed.terms == ("ga", "s", "pipe", "line")


def test_scripts_emoji_and_apostrophes():
    assert parse("Bakı Тбилиси ירושלים 北京 🚆").terms == ("bakı", "тбилиси", "ירושלים", "北京")
    assert parse("region's").terms == ("region's",)
    assert not parse("🚆🚆 !!! ...").searchable


def test_long_queries_are_cut_at_a_word_and_say_so():
    parsed = parse("pipeline " * 2000)
    assert parsed.truncated
    assert len(parsed.text) <= MAX_QUERY_LENGTH
    assert parsed.text.endswith("pipeline")


def test_too_many_words_keep_the_first_ones():
    parsed = parse(" ".join(f"word{i}" for i in range(30)))
    assert parsed.truncated
    assert len(parsed.words) == MAX_WORDS
    assert parsed.dropped_words[0] == f"word{MAX_WORDS}"


def test_did_you_mean_rewrites_words_and_phrases():
    parsed = parse('hasanva "seabed survy"')
    assert parsed.with_words({"hasanva": "hasanova", "survy": "survey"}) == 'hasanova "seabed survey"'


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=600))
def test_any_text_parses_within_limits(raw):
    parsed = parse(raw)
    assert len(parsed.text) <= MAX_QUERY_LENGTH
    assert len(parsed.words) <= MAX_WORDS
    assert "\x00" not in parsed.text
    for word in parsed.words:
        assert word and '"' not in word and not any(ch.isspace() for ch in word)
    if parsed.searchable:
        assert parsed.search_query() is not None
    else:
        assert parsed.search_query() is None
