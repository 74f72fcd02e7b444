"""Corpus generation speed and the query counts of the article and listing pages.

Figures: seconds for `generate_articles --count 10000` (goal: under 120 s) and the number of queries
an article page and a section page take with a warm cache, on a 10,000-article archive.
"""

import os
import subprocess
import sys

from .common import ROOT, manage, sqlite_url

COUNT = int(os.environ.get("BENCH_ARTICLES", "10000"))
GOAL_SECONDS = 120

MEASURE = """
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from articles.models import ArticlePage, SectionPage

client = Client(HTTP_HOST="localhost")
article = ArticlePage.objects.live().filter(slug__startswith="generated").first()
section = SectionPage.objects.live().first()
for label, url in (("article page", article.url), ("section page", section.url), ("home page", "/")):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(url).status_code
    print(f"{label}: {len(queries)} queries (HTTP {status})")
"""


def main():
    url = sqlite_url("bench_queries")
    manage(url, "migrate", "--noinput")
    manage(url, "load_demo")
    seconds = manage(url, "generate_articles", "--count", str(COUNT), "--seed", "1")
    print(f"generate_articles --count {COUNT}: {seconds:.1f}s (goal < {GOAL_SECONDS}s)")
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    subprocess.run([sys.executable, "-c", MEASURE], cwd=ROOT, env=env, check=True)
    return 0 if seconds < GOAL_SECONDS else 1
