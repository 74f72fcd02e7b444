"""Site search speed: indexing time and p50/p95 of searches with facets, on SQLite and PostgreSQL.

Each database runs in its own process against a throw-away database that is rebuilt from scratch:
SQLite at /tmp/bench_search.sqlite3 and PostgreSQL databases bench_search (10,000 articles) and,
with BENCH_SEARCH_100K=1, bench_search_100k (100,000 articles; takes a quarter of an hour).
Articles come from `generate_articles --no-index`; indexing is then timed separately, through the
same bulk indexing that the command uses. Searches are 1-3 word queries drawn from the articles'
vocabulary, about half of them with a facet filter, timed through the search service the results page
uses (results, facet counts and totals; the query log is left out). Targets: indexing 10,000 articles
under 2 minutes, p95 under 50 ms at 10,000 articles and under 200 ms at 100,000 (PostgreSQL).
"Did you mean" is timed apart, uncached (a new visibility generation before each), for misspellings
of the corpus's place and topic words, with the share that was corrected to the word meant.
"""

import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_SERVER = os.environ.get("BENCH_PG_SERVER", "postgres://postgres@127.0.0.1:5432")
RUNS = [
    ("SQLite", 10_000, "sqlite:////tmp/bench_search.sqlite3", 50.0),
    ("PostgreSQL", 10_000, f"{PG_SERVER}/bench_search", 50.0),
]
LARGE_RUN = ("PostgreSQL", 100_000, f"{PG_SERVER}/bench_search_100k", 200.0)
INDEX_LIMIT_SECONDS = 120
ROUNDS = 3
SEED = 20240611


def reset_database(url):
    if url.startswith("sqlite:"):
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    import psycopg

    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def postgres_reachable():
    import psycopg

    try:
        with psycopg.connect(f"{PG_SERVER}/postgres", connect_timeout=3):
            return True
    except psycopg.Error:
        return False


def bench_queries(rng, count=60):
    """1-3 word queries a reader might type, from the generator's places and topics."""
    from demo.synthetic import PLACES, TOPICS

    topics = sorted({word for words in TOPICS.values() for word in words})
    queries = []
    for index in range(count):
        size = index % 3 + 1
        words = []
        while len(" ".join(words).split()) < size:
            words.append(rng.choice(topics if rng.random() < 0.7 else PLACES))
        queries.append(" ".join(" ".join(words).split()[:size]).lower())
    return queries


def misspellings(rng, count=40):
    """(typo, word meant) pairs: one letter of a place or topic word of 6+ letters dropped or doubled."""
    from demo.synthetic import PLACES, TOPICS

    known = sorted({word.lower() for text in PLACES + sum(TOPICS.values(), []) for word in text.split()})
    meant = [word for word in known if len(word) >= 6]
    pairs = []
    for word in rng.sample(meant, min(count, len(meant))):
        at = rng.randrange(2, len(word) - 1)
        typo = word[:at] + word[at + 1 :] if rng.random() < 0.5 else word[:at] + word[at] + word[at:]
        if typo not in known:
            pairs.append((typo, word))
    return pairs


def filters_for(rng):
    from articles.models import ArticleType, SectionPage

    choice = rng.random()
    if choice < 0.5:
        return {}
    if choice < 0.7:
        return {"section": rng.choice(list(SectionPage.objects.values_list("slug", flat=True)))}
    if choice < 0.85:
        return {"type": rng.choice(ArticleType.values)}
    return {"year": str(rng.choice([2022, 2023, 2024, 2025]))}


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(samples, function, *args):
    started = time.perf_counter()
    value = function(*args)
    samples.append((time.perf_counter() - started) * 1000)
    return value


def worker(count):
    """Runs inside the child process, with DATABASE_URL pointing at the throw-away database."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.http import QueryDict

    from articles.generation import start_new_generation
    from articles.models import ArticlePage
    from demo.management.commands.generate_articles import Command as Generate
    from search.autocomplete import suggest_titles
    from search.models import Word
    from search.params import parse_request
    from search.query import parse
    from search.service import run_search
    from search.suggestions import did_you_mean

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("generate_articles", count=count, seed=SEED, no_index=True, verbosity=0)
    insert_seconds = time.perf_counter() - started

    ids = list(ArticlePage.objects.order_by("pk").values_list("pk", flat=True))
    generator = Generate()
    generator.verbosity = 0
    started = time.perf_counter()
    generator.index(ids)
    index_seconds = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")

    rng = random.Random(SEED)
    cases = [(query, filters_for(rng)) for query in bench_queries(rng)]
    search_ms, autocomplete_ms, matches, capped = [], [], [], 0

    def params(case_query, filters):
        querydict = QueryDict(mutable=True)
        querydict.update({"q": case_query, **filters})
        return querydict

    for case_query, filters in cases[:5]:  # warm up caches and connections
        run_search(parse_request(params(case_query, filters)), log=False)
    for _ in range(ROUNDS):
        for case_query, filters in cases:
            querydict = params(case_query, filters)
            outcome = timed(search_ms, lambda q=querydict: run_search(parse_request(q), log=False))
            matches.append(outcome.total)
            capped += outcome.capped
            timed(autocomplete_ms, suggest_titles, case_query[: max(3, len(case_query) - 2)])
    suggestion_ms, corrected = [], 0
    typos = misspellings(rng)
    for _ in range(ROUNDS):
        for typo, word in typos:
            start_new_generation()  # as after a publish: nothing cached
            suggestion = timed(suggestion_ms, did_you_mean, parse(typo))
            corrected += suggestion == word
    return {
        "articles": ArticlePage.objects.live().count(),
        "words": Word.objects.count(),
        "suggestions": len(suggestion_ms),
        "suggestion_p50_ms": round(statistics.median(suggestion_ms), 1),
        "suggestion_p95_ms": round(percentile(suggestion_ms, 0.95), 1),
        "corrected": round(100 * corrected / len(suggestion_ms)),
        "insert_seconds": round(insert_seconds, 1),
        "index_seconds": round(index_seconds, 1),
        "searches": len(search_ms),
        "search_p50_ms": round(statistics.median(search_ms), 1),
        "search_p95_ms": round(percentile(search_ms, 0.95), 1),
        "search_max_ms": round(max(search_ms), 1),
        "median_matches": int(statistics.median(matches)),
        "capped": capped,
        "autocomplete_p50_ms": round(statistics.median(autocomplete_ms), 1),
        "autocomplete_p95_ms": round(percentile(autocomplete_ms, 0.95), 1),
    }


def run(label, count, url, limit_ms):
    reset_database(url)
    env = dict(os.environ, DATABASE_URL=url, DJANGO_SETTINGS_MODULE="config.settings.test", CI="")
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_search", "--worker", str(count)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        print(f"{label} {count:,}: worker failed\n{completed.stderr[-3000:]}")
        return False
    figures = json.loads(completed.stdout.strip().splitlines()[-1])
    ok = figures["search_p95_ms"] < limit_ms and (
        count > 10_000 or figures["index_seconds"] < INDEX_LIMIT_SECONDS
    )
    print(
        f"{label:10} {count:>7,} articles | insert {figures['insert_seconds']:6.1f}s | "
        f"index {figures['index_seconds']:6.1f}s | search p50 {figures['search_p50_ms']:6.1f} ms "
        f"p95 {figures['search_p95_ms']:6.1f} ms (max {figures['search_max_ms']:.0f}, "
        f"target < {limit_ms:.0f}) | autocomplete p50 {figures['autocomplete_p50_ms']:.1f} "
        f"p95 {figures['autocomplete_p95_ms']:.1f} ms | "
        f"{figures['searches']} searches, median {figures['median_matches']} matches, "
        f"{figures['capped']} over the result window | "
        f"did you mean p50 {figures['suggestion_p50_ms']:.1f} p95 {figures['suggestion_p95_ms']:.1f} ms "
        f"({figures['corrected']}% of {figures['suggestions']} typos corrected, "
        f"{figures['words']:,} words) | "
        f"{'ok' if ok else 'TOO SLOW'}",
        flush=True,
    )
    return ok


def main():
    runs = list(RUNS)
    if os.environ.get("BENCH_SEARCH_100K") == "1":
        runs.append(LARGE_RUN)
    else:
        print(
            "(100,000 articles on PostgreSQL: set BENCH_SEARCH_100K=1; it takes about a quarter of an hour)"
        )
    only = os.environ.get("BENCH_SEARCH_ONLY", "").lower()
    failed = False
    for label, count, url, limit_ms in runs:
        if only and only not in f"{label} {count}".lower():
            continue
        if url.startswith("postgres") and not postgres_reachable():
            print(f"{label} {count:,}: skipped, no PostgreSQL server at {PG_SERVER}")
            continue
        failed |= not run(label, count, url, limit_ms)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--worker":
        sys.path.insert(0, str(ROOT))
        print(json.dumps(worker(int(sys.argv[2]))))
        sys.exit(0)
    sys.exit(main())
