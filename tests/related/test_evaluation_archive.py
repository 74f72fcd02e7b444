"""Related posts judged on realistic writing: the evaluation archive (tests/related/evaluation.py).

70 op-eds, analyses, editorials and news pieces in 10 overlapping topics of the beat, untagged,
published oldest first through Wagtail as a newsroom would, with their real sections, bylines and dates.
"""

import json

import pytest
from django.core.management import call_command

from demo.content import AUTHORS, SECTIONS
from related import ranking, vectors
from related.models import RelatedArticle
from tests import factories
from tests.related.evaluation import archive, rank_in_memory, scores, stream

PRECISION_GOAL = 0.85
pytestmark = pytest.mark.django_db


def stored_lists(slug_of):
    lists = {}
    for article_id, related_id in RelatedArticle.objects.order_by("article", "rank").values_list(
        "article_id", "related_id"
    ):
        lists.setdefault(slug_of[article_id], []).append(slug_of[related_id])
    return lists


def test_related_posts_on_the_evaluation_archive(home, capsys):
    articles = archive()
    assert len(articles) >= 60 and len({a["topics"][0] for a in articles}) >= 10
    sections = {slug: factories.make_section(home, title) for slug, title, _ in SECTIONS}
    authors = {a["slug"]: factories.make_author(a["name"], kind=a["kind"], slug=a["slug"]) for a in AUTHORS}
    slug_of = {}
    for data in sorted(articles, key=lambda a: -a["days_ago"]):
        article = factories.make_article(
            sections[data["section"]],
            title=data["title"],
            standfirst=data["standfirst"],
            body=json.loads(stream(data)),
            authors=[authors[slug] for slug in data["authors"]],
            days_ago=data["days_ago"],
            article_type=data["type"],
        )
        slug_of[article.pk] = data["slug"]

    incremental = scores(articles, stored_lists(slug_of))
    call_command("recompute_related", verbosity=0)
    recomputed = scores(articles, stored_lists(slug_of))
    before = scores(articles, rank_in_memory(articles, vectors.BASELINE, ranking.baseline_blend))
    with capsys.disabled():
        print(
            f"\nrelated posts on the evaluation archive ({len(articles)} untagged articles): "
            f"precision@4 / nDCG@4 = {incremental[0]:.3f} / {incremental[1]:.3f} publishing one by one, "
            f"{recomputed[0]:.3f} / {recomputed[1]:.3f} after recompute_related; "
            f"the blend before issue 12: {before[0]:.3f} / {before[1]:.3f}"
        )
    assert incremental[0] >= PRECISION_GOAL
    assert recomputed[0] >= PRECISION_GOAL
    assert recomputed[1] > before[1]
