"""Related posts: recompute time for 10,000 articles, the on-publish refresh, ranking quality, page queries.

1. A fresh SQLite database at /tmp/bench_related.sqlite3, migrated, with
   `generate_articles --count 10000`; then `recompute_related` is timed (goal: under 300 s here).
2. One more article is published through Wagtail, as an editor would, and the publish is timed
   (the ranking of the new article and the update of its neighbours' lists happen inside it).
3. Quality on that archive: the generator writes each article from its section's topic words, so the
   section is the topic group; share of articles with >= 3 of their top 4 from their own group.
4. Quality without any help from sections, tags or authors: an untagged topic corpus
   (tests/related/corpus.py, 8 groups x 250 articles, sections and authors drawn at random) ranked in
   memory with the same ArchiveRanker, at three mixes of own-topic and other-topic words.
5. Queries of an article page with related posts, every ad placement and body blocks, warm cache.
6. Quality on realistic writing: the evaluation archive (tests/related/evaluation.py: 70 untagged
   articles of the beat in 10 overlapping topics, judged relevance), precision@4 and nDCG@4 of the blend
   before issue 12 and of today's method side by side, with each of today's features switched off.
"""

import json
import os
import resource
import subprocess
import sys
import time

from .common import ROOT, manage

DATABASE_URL = "sqlite:////tmp/bench_related.sqlite3"
COUNT = int(os.environ.get("BENCH_RELATED_ARTICLES", "10000"))
GOAL_SECONDS = 300
QUALITY_BAR = 0.9

PROBE = r"""
import json, random, time
from datetime import timedelta
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from ads.models import AdSpot
from articles.models import ArticlePage, Author, SectionPage
from demo.images import get_or_make_image
from demo.synthetic import synthetic_article
from related import ranking as related
from related.models import RelatedArticle
from tests.related import corpus as related_corpus

out = {}
# 3. Quality of the stored lists on the generated archive (group = section = topic).
section_of = {pk: path[:-4] for pk, path in ArticlePage.objects.live().values_list("pk", "path")}
lists = {}
stored = RelatedArticle.objects.order_by("article", "rank").values_list("article", "related")
for article_id, related_id in stored:
    lists.setdefault(article_id, []).append(related_id)
out["archive_quality"] = related_corpus.group_quality(section_of, lists)
out["archive_with_lists"] = sum(1 for pk in section_of if len(lists.get(pk, [])) >= 4) / len(section_of)

# 2. Publish one more article the way an editor does and time it.
section = SectionPage.objects.live().get(slug="energy")
data = synthetic_article(random.Random(99), "energy")
body = [{"type": "paragraph", "value": f"<p>{p}</p>"} for p in data["paragraphs"]]
picks = list(ArticlePage.objects.live().order_by("-pk").values_list("pk", flat=True)[:3])
items = [{"type": "item", "value": pk, "id": f"pick-{pk}"} for pk in picks]
block = {"heading": "Read next", "automatic": 3, "articles": items}
body.insert(3, {"type": "related_posts", "value": block})
image = get_or_make_image("Bench ad", "energy")
spots = [
    AdSpot.objects.create(name=f"Bench {p}", placement=p, image=image, image_alt="Bench ad",
                          link_url="https://example.org/", paragraph=2)
    for p in ("header", "sidebar", "in_article", "article_end", "body")
]
body.insert(5, {"type": "ad_spot", "value": spots[-1].pk})
article = ArticlePage(title=data["title"], slug=f"bench-related-{time.time_ns()}",
                      standfirst=data["standfirst"], body=json.dumps(body))
section.add_child(instance=article)
revision = article.save_revision()
started = time.perf_counter()
revision.publish()
out["publish_seconds"] = time.perf_counter() - started
out["new_article_related"] = RelatedArticle.objects.filter(article=article).count()
out["new_article_in_other_lists"] = RelatedArticle.objects.filter(related=article).count()

# 5. Article page queries, warm cache (the render's, not the page cache's copy).
from django.conf import settings
settings.PAGE_CACHE_SECONDS = 0
client = Client(HTTP_HOST="localhost")
pages = (
    ("new article (related block, ad block, all ad placements)", article.url),
    ("generated article", ArticlePage.objects.live().exclude(pk=article.pk).first().url),
)
for label, url in pages:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    out.setdefault("queries", {})[label] = (len(queries), status)

# 4. Untagged topic corpus, ranked in memory: text has to do all the work.
quality = {}
for own, other in ((0.08, 0.04), (0.10, 0.04), (0.13, 0.04)):
    related_corpus.OWN_SHARE, related_corpus.OTHER_SHARE = own, other
    docs, rng = related_corpus.corpus(per_group=250, seed=7)
    counts, facts = [], []
    for group, d in docs:
        counts.append(related.text.term_counts(d["title"], d["standfirst"], " ".join(d["paragraphs"])))
        when = timezone.now() - timedelta(days=rng.randint(0, 900))
        section = rng.choice(["0001", "0002", "0003"])
        facts.append(related.Facts(section, when, frozenset(), frozenset({rng.randint(1, 20)})))
    ids = list(range(1, len(docs) + 1))
    started = time.perf_counter()
    ranker = related.ArchiveRanker(ids, counts, facts, set(ids))
    ranked = {pk: [r for r, _ in ranker.rank(doc)] for doc, pk in enumerate(ids)}
    seconds = time.perf_counter() - started
    groups = {pk: group for pk, (group, _) in zip(ids, docs)}
    quality[f"{own:.2f}/{other:.2f}"] = (related_corpus.group_quality(groups, ranked), len(docs), seconds)
out["topic_quality"] = quality
print("PROBE " + json.dumps(out))
"""


def probe():
    env = {**os.environ, "DATABASE_URL": DATABASE_URL, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    done = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("PROBE ")]
    if done.returncode or not lines:
        raise RuntimeError(f"probe failed:\n{done.stderr[-3000:]}")
    return json.loads(lines[-1].removeprefix("PROBE "))


def evaluation_archive():
    """Precision@4 / nDCG@4 on the evaluation archive, in memory, for each method (figure 6)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import django

    django.setup()
    from dataclasses import replace

    from related import ranking, vectors
    from tests.related.evaluation import archive, rank_in_memory, scores

    articles = archive()
    current = vectors.CURRENT
    runs = {
        "before issue 12 (additive blend, plain TF-IDF)": (vectors.BASELINE, ranking.baseline_blend),
        "today's text, the old blend": (current, ranking.baseline_blend),
        "today's blend, the old text": (vectors.BASELINE, ranking.blend),
        "today without names/acronyms": (replace(current, names=False), ranking.blend),
        "today without phrases": (replace(current, phrase_weight=0.0), ranking.blend),
        "today with the old 40 terms per article": (replace(current, max_terms=40), ranking.blend),
        "today (names, phrases, 100 terms; topic first)": (current, ranking.blend),
    }
    results = {}
    for label, (method, score) in runs.items():
        started = time.perf_counter()
        precision, ndcg = scores(articles, rank_in_memory(articles, method, score))
        results[label] = precision
        print(
            f"evaluation archive, {label}: precision@4 {precision:.3f}, nDCG@4 {ndcg:.3f} "
            f"({len(articles)} articles, {time.perf_counter() - started:.2f}s)"
        )
    return results


def main():
    archive_quality = evaluation_archive()
    path = DATABASE_URL.removeprefix("sqlite:///")
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    manage(DATABASE_URL, "migrate", "--noinput")
    generated = manage(DATABASE_URL, "generate_articles", "--count", str(COUNT), "--seed", "11", "--no-index")
    print(f"generate_articles --count {COUNT}: {generated:.1f}s")
    peak_before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    manage(DATABASE_URL, "recompute_related", "-v", "0")
    recompute = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    ok = recompute < GOAL_SECONDS
    memory = f"peak memory {peak / 1024:.0f} MB" if peak > peak_before else "peak memory below generate's"
    print(
        f"recompute_related, {COUNT} articles: {recompute:.1f}s (goal < {GOAL_SECONDS}s) "
        f"{'ok' if ok else 'FAIL'}; {memory}"
    )
    if os.environ.get("BENCH_RELATED_ONLY_RECOMPUTE") == "1":  # e.g. for the 100,000-article figure
        return 0 if ok else 1

    figures = probe()
    print(
        f"publish one article into the {COUNT}-article archive (ranking + neighbours' lists): "
        f"{figures['publish_seconds'] * 1000:.0f} ms; it has {figures['new_article_related']} related, "
        f"and now appears in {figures['new_article_in_other_lists']} other articles' lists"
    )
    print(
        f"archive quality (>=3 of top 4 from own topic = section, stored lists): "
        f"{figures['archive_quality']:.1%}; articles with a full list: {figures['archive_with_lists']:.1%}"
    )
    for mix, (quality, docs, seconds) in figures["topic_quality"].items():
        passed = quality >= QUALITY_BAR
        ok = ok and (passed or mix != "0.10/0.04")
        print(
            f"untagged topic corpus, own/other word share {mix}: {quality:.1%} with >=3 of top 4 from own "
            f"group ({docs} articles, ranked in {seconds:.1f}s)"
        )
    for label, (queries, status) in figures["queries"].items():
        print(f"article page queries, {label}: {queries} (HTTP {status})")
    today = archive_quality["today (names, phrases, 100 terms; topic first)"]
    print(f"evaluation archive goal: precision@4 >= 0.85: {'ok' if today >= 0.85 else 'FAIL'}")
    return 0 if ok and today >= 0.85 else 1
