"""Snippets come from the passage that matches best, with every form of the words marked."""

import json
from types import SimpleNamespace

from search.highlight import highlight, snippet


def article(standfirst, *paragraphs):
    body = [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs]
    return SimpleNamespace(summary=standfirst, body=SimpleNamespace(raw_data=json.loads(json.dumps(body))))


def test_the_best_passage_is_chosen_not_the_first():
    text = article(
        "A standfirst about something else.",
        "Opening remarks about budgets. More on budgets.",
        "The ferry timetable changed. Ferries now leave at dawn.",
        "A timetable alone appears here.",
    )
    assert str(snippet(text, ["ferry", "timetable"])) == (
        "The <mark>ferry</mark> <mark>timetable</mark> changed. <mark>Ferries</mark> now leave at dawn."
    )


def test_word_forms_accents_and_possessives_are_marked():
    assert str(highlight("Studies of the study’s cafés", ["study", "cafe"])) == (
        "<mark>Studies</mark> of the <mark>study’s</mark> <mark>cafés</mark>"
    )
    text = article("", "Nothing here.", "Two studies disagreed about running costs.")
    assert "<mark>studies</mark>" in str(snippet(text, ["study"]))
    assert "<mark>running</mark>" in str(snippet(text, ["runs"]))


def test_long_passages_are_trimmed_around_the_match():
    words = " ".join(f"w{i}" for i in range(120))
    text = article("", words.replace("w80", "harbour"))
    result = str(snippet(text, ["harbour"]))
    assert result.startswith("… ") and result.endswith(" …")
    assert "<mark>harbour</mark>" in result
    assert len(result.split()) < 70


def test_no_match_falls_back_to_the_standfirst_and_everything_is_escaped():
    text = article("Ports & <b>quays</b>", "Nothing relevant.")
    assert str(snippet(text, ["zebra"])) == "Ports &amp; &lt;b&gt;quays&lt;/b&gt;"
    assert (
        str(highlight("<script>x</script>", ["script"]))
        == "&lt;<mark>script</mark>&gt;x&lt;/<mark>script</mark>&gt;"
    )
