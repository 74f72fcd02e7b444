"""Judging related posts on the evaluation archive: op-eds of the beat with judged relevance.

The archive is demo/content/beat_a.py and beat_b.py: 70 articles in 10 overlapping topics of a Caspian
publication, each with `topics` = [primary, *secondaries] written with the text. A reader accepts B as
related to A when they share a topic: grade 2 for the same primary topic, 1 for any other shared topic,
0 otherwise. Tags are left off, so the text has to carry the ranking on its own.
"""

import math
from datetime import UTC, datetime, timedelta

from core.text import body_text
from demo.content import beat_a, beat_b
from demo.management.commands.load_demo import body_json
from related import ranking, vectors

TOP = 4
# The day the archive's `days_ago` count from in the in-memory runs (any fixed day would do).
TODAY = datetime(2026, 12, 1, 12, tzinfo=UTC)


def archive():
    return [*beat_a.ARTICLES, *beat_b.ARTICLES]


def grade(a, b):
    if a["topics"][0] == b["topics"][0]:
        return 2
    return 1 if set(a["topics"]) & set(b["topics"]) else 0


def stream(article):
    """The article's body as StreamField JSON, as `load_demo` writes it (the archive has no images)."""
    return body_json(article["body"], article["title"], article["section"])


def scores(articles, lists, top=TOP):
    """(precision@top, nDCG@top) averaged over the articles; `lists` maps a slug to ranked slugs."""
    by_slug = {article["slug"]: article for article in articles}
    precision = ndcg = 0.0
    for article in articles:
        ranked = lists.get(article["slug"], [])[:top]
        gains = [grade(article, by_slug[slug]) for slug in ranked]
        precision += sum(g > 0 for g in gains) / top
        ideal = sorted((grade(article, other) for other in articles if other is not article), reverse=True)
        dcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))
        best = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal[:top]))
        ndcg += dcg / best if best else 1.0
    return precision / len(articles), ndcg / len(articles)


def rank_in_memory(articles, method=vectors.CURRENT, score=ranking.blend):
    """{slug: ranked slugs} from the archive ranker alone (no database), with the given method and blend."""
    ids = list(range(len(articles)))
    counts = [
        vectors.term_counts(a["title"], a["standfirst"], body_text(stream(a)), method) for a in articles
    ]
    facts = [
        ranking.Facts(
            a["section"], TODAY - timedelta(days=a["days_ago"]), frozenset(), frozenset(a["authors"])
        )
        for a in articles
    ]
    ranker = ranking.ArchiveRanker(ids, counts, facts, set(ids), method, score)
    return {articles[doc]["slug"]: [articles[pk]["slug"] for pk, _ in ranker.rank(doc)] for doc in ids}
