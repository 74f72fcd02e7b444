"""Demo content for `load_demo`: sections, authors and articles, all written for this project.

part1-3 are the first demo; beat_a and beat_b are the evaluation archive of related posts (70 pieces on
the region's geopolitics, with judged topics: tests/related/evaluation.py), which readers of the demo
get too.
"""

from . import beat_a, beat_b, part1, part2, part3

# ru.py and az.py: the authors, the home page, four sections and four op-eds (one of them the op-ed
# tests/browser/test_translation_admin.py translates in the admin), translated for the demo.

SECTIONS = [
    ("opinion", "Opinion", "Arguments from our columnists and guest writers, signed and accountable."),
    ("analysis", "Analysis", "Longer reads that take a question apart and follow the evidence."),
    ("politics", "Politics", "Diplomacy, institutions and the people who run them."),
    ("energy", "Energy", "Gas, oil, grids and the slow turn to renewables."),
    ("transport", "Transport", "Corridors, ports, railways and how cities move."),
    ("culture", "Culture", "Books, music, film and the heritage the region argues about."),
]

AUTHORS = [
    {
        "slug": "editorial-board",
        "name": "Editorial Board",
        "kind": "organisation",
        "role": "The view of The Caspian Review",
        "bio": "Unsigned editorials are agreed by the editors of The Caspian Review after debate.",
    },
    {
        "slug": "leyla-hasanova",
        "name": "Leyla Hasanova",
        "kind": "person",
        "role": "Senior columnist",
        "bio": "Leyla writes about regional affairs and the neighbourhood's long memory. She lives in Baku.",
    },
    {
        "slug": "rustam-karimov",
        "name": "Rustam Karimov",
        "kind": "person",
        "role": "Political analyst",
        "bio": "Rustam covers diplomacy, elections and institutions across the South Caucasus and Central Asia.",
    },
    {
        "slug": "daniel-moreau",
        "name": "Daniel Moreau",
        "kind": "person",
        "role": "Energy correspondent",
        "bio": "Daniel has reported on pipelines, power markets and offshore wind for fifteen years.",
    },
    {
        "slug": "farid-mammadli",
        "name": "Farid Mammadli",
        "kind": "person",
        "role": "Transport and cities editor",
        "bio": "Farid follows freight corridors, ports and the daily commute, usually by train.",
    },
    {
        "slug": "anna-kowalczyk",
        "name": "Anna Kowalczyk",
        "kind": "person",
        "role": "Culture writer",
        "bio": "Anna writes about literature, music and film, and about who gets to tell the region's story.",
    },
    {
        "slug": "sarah-whitfield",
        "name": "Sarah Whitfield",
        "kind": "person",
        "role": "Contributing editor",
        "bio": "Sarah edits our analysis pages and writes on trade, data and economic policy.",
    },
]

# Who translated the demo's translations (demo/translations.py makes them; not part of AUTHORS, which
# a database loaded before DemoItem existed adopts whole).
TRANSLATORS = [
    {
        "slug": "translation-desk",
        "name": "Translation Desk",
        "kind": "organisation",
        "role": "Translations of The Caspian Review",
        "bio": "The desk translates a selection of our articles into Azerbaijani and Russian, checked by "
        "the writers where they read the language.",
    },
    {
        "slug": "marina-orlova",
        "name": "Marina Orlova",
        "kind": "person",
        "role": "Translator, English to Russian",
        "bio": "Marina translates our columns into Russian. She has translated essays and travel writing "
        "from English for twenty years.",
    },
]


def all_articles():
    """Every demo article once, by slug (the parts are written separately)."""
    seen = set()
    articles = []
    for part in (part1, part2, part3, beat_a, beat_b):
        for article in part.ARTICLES:
            if article["slug"] not in seen:
                seen.add(article["slug"])
                articles.append(article)
    return articles
