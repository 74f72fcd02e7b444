"""Response times of every feed and sitemap, cold and cached, on SQLite and on PostgreSQL.

The archive is `load_demo` plus `generate_articles --count 10000 --seed 1` (BENCH_ARTICLES changes the
count). Each URL is requested through the whole Django stack, middleware included, with
django.test.Client in a child process on the production settings (DEBUG off): SQLite with the file
cache, PostgreSQL with Redis (db 11 of the shared server, flushed by every cold request). "Cold": every
cache emptied just before the request, so neither the stored page nor the written feed or sitemap file
exists; "cached": the same URL again; "first": its first request in the process (templates compiled,
image renditions made). The sitemap files are the ones /sitemap.xml lists. A row passes when the
median cold time is under 500 ms and the median cached time under 50 ms.
"""

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url

from demo.guard import OVERRIDE, database_label

from .common import ROOT, manage, postgres_url, sqlite_url

COUNT = int(os.environ.get("BENCH_ARTICLES", "10000"))
COLD_RUNS = 5
CACHED_RUNS = 20
GOAL_COLD_MS = 500
GOAL_CACHED_MS = 50
REDIS_URL = "redis://127.0.0.1:6379/11"  # no other test or benchmark uses this number
# Variables of the caller's shell that would point the site elsewhere.
FOREIGN = ("DATABASE_URL", "REDIS_URL", "CACHE_KEY_PREFIX", "CANONICAL_BASE_URL", "SEARCH_URL")
ENTRIES = re.compile(rb"<(?:loc|item|entry)[\s>]")


# --- the child process ------------------------------------------------------------------------------


def busiest():
    """Slugs of the section, author and tag with the most visible articles, with their counts."""
    from django.db.models import Count

    from articles.models import ArticlePage, ArticlePageAuthor, ArticlePageTag, SectionPage

    visible = ArticlePage.objects.visible()
    sections = [(visible.child_of(s).count(), s.slug) for s in SectionPage.objects.visible()]
    count, section = max(sections)

    def top(rows, field):
        row = rows.values(field).annotate(n=Count("pk")).order_by("-n", field).first()
        return row[field], row["n"]

    return {
        "sections": (section, count),
        "authors": top(ArticlePageAuthor.objects.filter(page__in=visible), "author__slug"),
        "tags": top(ArticlePageTag.objects.filter(content_object__in=visible), "tag__slug"),
    }


def feed_paths(subjects):
    paths = [("site feed", "/feed/"), ("site feed, Atom", "/feed/atom/")]
    for kind, (slug, _) in subjects.items():
        label = f"{kind[:-1]} feed"
        paths += [(label, f"/feeds/{kind}/{slug}/"), (f"{label}, Atom", f"/feeds/{kind}/{slug}/atom/")]
    return paths


def sitemap_files(index):
    """Path and query of every file the index lists, as the site serves them."""
    import xml.etree.ElementTree as ET

    paths = []
    for loc in ET.fromstring(index).findall(".//{*}loc"):
        parts = urlsplit(loc.text.strip())
        paths.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return paths


class Probe:
    """Times requests through the test client, checking each answer is a non-empty 200."""

    def __init__(self):
        from django.core.cache import caches
        from django.test import Client

        from pagecache.store import forget_memo

        self.client = Client(HTTP_HOST="localhost")
        self.caches = caches
        self.forget_memo = forget_memo
        self.last = None  # the last response

    def empty_caches(self):
        for cache in self.caches.all(initialized_only=False):
            cache.clear()
        self.forget_memo()  # this process's memo of the generation the clear just removed

    def get(self, path):
        self.client.cookies.clear()
        started = time.perf_counter()
        response = self.client.get(path)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200 or not response.content:
            raise AssertionError(f"{path}: HTTP {response.status_code}, {len(response.content)} bytes")
        self.last = response
        return elapsed, response

    def measure(self, path):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        first, _ = self.get(path)  # imports, templates, image renditions: once per process or ever
        self.empty_caches()
        with CaptureQueriesContext(connection) as queries:
            self.get(path)
        query_count = len(queries)  # now: every request starts by emptying the connection's log
        cold = []
        for _ in range(COLD_RUNS):
            self.empty_caches()
            cold.append(self.get(path)[0])
        cached, response = [], None
        for _ in range(CACHED_RUNS):
            elapsed, response = self.get(path)
            cached.append(elapsed)
        return {
            "path": path,
            "bytes": len(response.content),
            "entries": len(ENTRIES.findall(response.content)),
            "queries": query_count,
            "first": first,
            "cold": cold,
            "cached": cached,
            "served": response.get("X-Cache", "view"),
        }


def worker():
    import django

    django.setup()
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as autovacuum would have done by the time readers come
    probe = Probe()
    subjects = busiest()
    rows = [{"label": label, **probe.measure(path)} for label, path in feed_paths(subjects)]
    rows.append({"label": "sitemap index", **probe.measure("/sitemap.xml")})
    for path in sitemap_files(probe.last.content):
        rows.append({"label": "sitemap file", **probe.measure(path)})
    rows.append({"label": "news sitemap", **probe.measure("/news-sitemap.xml")})
    rows.append({"label": "robots.txt", **probe.measure("/robots.txt")})
    return {"subjects": subjects, "rows": rows}


# --- the parent: databases, child runs and the table --------------------------------------------------


def verdict(row):
    misses = [
        name
        for name, goal in (("cold", GOAL_COLD_MS), ("cached", GOAL_CACHED_MS))
        if row[f"{name}_p50"] >= goal
    ]
    return {**row, "result": f"FAIL ({', '.join(misses)})" if misses else "PASS"}


def summarise(row):
    return verdict(
        {
            **row,
            "cold_p50": statistics.median(row["cold"]),
            "cold_max": max(row["cold"]),
            "cached_p50": statistics.median(row["cached"]),
            "cached_max": max(row["cached"]),
        }
    )


def median_row(label, rows):
    """A row of medians over several files (their medians, their maxima)."""
    keys = ("bytes", "entries", "queries", "first", "cold_p50", "cold_max", "cached_p50", "cached_max")
    row = {key: statistics.median(r[key] for r in rows) for key in keys}
    served = {r["served"] for r in rows}
    return verdict(
        {
            **row,
            "label": label,
            "path": f"(over {len(rows)} file{'s' if len(rows) > 1 else ''})",
            "served": served.pop() if len(served) == 1 else "mixed",
        }
    )


def report_rows(rows):
    """The table's rows: feeds, the index, the pages file, the largest and the median article file."""
    rows = [summarise(row) for row in rows]
    files = [r for r in rows if r["label"] == "sitemap file"]
    pages = [r for r in files if "pages" in r["path"]]
    articles = [r for r in files if r not in pages]
    others = [r for r in rows if r["label"] != "sitemap file"]
    shown = [r for r in others if r["label"] not in ("news sitemap", "robots.txt")]
    shown += [{**r, "label": "sitemap, pages"} for r in pages]
    if articles:
        largest = max(articles, key=lambda r: r["bytes"])
        shown.append({**largest, "label": "sitemap, largest articles file"})
        shown.append(median_row("sitemap, article files' median", articles))
    shown += [r for r in others if r["label"] in ("news sitemap", "robots.txt")]
    failing = [r["path"] for r in files if r["result"] != "PASS"]
    return shown, failing, len(articles)


def print_table(title, figures):
    shown, failing, article_files = report_rows(figures["rows"])
    print(title)
    picked = ", ".join(
        f"{kind[:-1]} {slug!r} ({n} articles)" for kind, (slug, n) in figures["subjects"].items()
    )
    files = f"{article_files} article sitemap file{'s' if article_files != 1 else ''}"
    print(f"  feeds of the busiest: {picked}; {files}; times in ms")
    width = max(len(r["path"]) for r in shown)
    print(
        f"  {'what':<31} {'path':<{width}} {'bytes':>9} {'entries':>7} {'queries':>7} {'first':>7} | "
        f"{'cold p50':>8} {'max':>7} | {'cached p50':>10} {'max':>6} {'served':>6} | "
        f"goal cold < {GOAL_COLD_MS} ms, cached < {GOAL_CACHED_MS} ms"
    )
    for r in shown:
        print(
            f"  {r['label']:<31} {r['path']:<{width}} {r['bytes']:>9,.0f} {r['entries'] or '-':>7} "
            f"{r['queries']:>7.0f} {r['first']:>7.1f} | {r['cold_p50']:>8.1f} {r['cold_max']:>7.1f} | "
            f"{r['cached_p50']:>10.1f} {r['cached_max']:>6.1f} {r['served']:>6} | {r['result']}"
        )
    if failing:
        print(f"  sitemap files over a goal: {', '.join(failing)}")
    print(flush=True)
    return all(r["result"] == "PASS" for r in shown) and not failing


def redis_reachable():
    import redis

    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


def run(label, url, folder, cache_env):
    # load_demo refuses any database but a local SQLite file unless told which one it may fill.
    setup_env = {"MEDIA_ROOT": str(folder / "media"), OVERRIDE: database_label(dj_database_url.parse(url))}
    started = time.perf_counter()
    manage(url, "migrate", "--noinput", env=setup_env)
    manage(url, "load_demo", env=setup_env)
    manage(url, "generate_articles", "--count", str(COUNT), "--seed", "1", env=setup_env)
    print(f"{label}: archive built in {time.perf_counter() - started:.0f}s", flush=True)
    env = {key: value for key, value in os.environ.items() if key not in FOREIGN}
    env.update(
        setup_env,
        **cache_env,
        DATABASE_URL=url,
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=f"bench-{uuid.uuid4().hex}",
        ALLOWED_HOSTS="localhost",
        STATIC_ROOT=str(folder / "static"),
        TASKS_BACKEND="django.tasks.backends.immediate.ImmediateBackend",
        LOG_LEVEL="WARNING",
    )
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_syndication", "--worker"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        print(f"{label}: the measuring process failed\n{done.stderr[-3000:]}")
        return False
    title = (
        f"{label}, {COUNT:,} generated articles + demo, production settings, "
        f"{COLD_RUNS} cold and {CACHED_RUNS} cached requests per URL"
    )
    return print_table(title, json.loads(done.stdout.strip().splitlines()[-1]))


def main():
    ok = True
    with tempfile.TemporaryDirectory(prefix="bench-syndication-") as tmp:
        folder = Path(tmp)
        cache = {"CACHE_DIR": str(folder / "sqlite-cache")}
        ok &= run("SQLite + file cache", sqlite_url("bench_syndication"), folder / "sqlite", cache)
        url = postgres_url("bench_syndication")
        if url is None:
            print("PostgreSQL: skipped, no server answers psql at 127.0.0.1:5432")
        elif redis_reachable():
            cache = {"REDIS_URL": REDIS_URL, "CACHE_KEY_PREFIX": "bench-syndication"}
            ok &= run("PostgreSQL + Redis", url, folder / "pg", cache)
        else:
            print(f"(no Redis at {REDIS_URL}: PostgreSQL runs with the file cache)")
            cache = {"CACHE_DIR": str(folder / "pg-cache")}
            ok &= run("PostgreSQL + file cache", url, folder / "pg", cache)
    print("goals met" if ok else "GOALS NOT MET")
    return 0 if ok else 1


if __name__ == "__main__":
    if sys.argv[1:] == ["--worker"]:
        print(json.dumps(worker()))
        sys.exit(0)
    sys.exit(main())
