"""WAGTAILSEARCH_BACKENDS: the database by default, OpenSearch or Elasticsearch from SEARCH_URL."""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from wagtail.search.backends import get_search_backend

from config.search import search_backends

ROOT = Path(__file__).resolve().parents[2]


def test_without_search_url_the_database_searches():
    assert search_backends("") == {
        "default": {
            "BACKEND": "search.backends.database",
            "SEARCH_CONFIG": "search_english",
            "SEARCH_CONFIGS": {"en": "search_english", "ru": "search_russian", "az": "search_simple"},
            "AUTOCOMPLETE_CONFIG": "search_simple",
        }
    }


@pytest.mark.parametrize(
    ("url", "backend", "urls", "prefix"),
    [
        (
            "opensearch3+https://reader:s3cret@search.example.org:9200/caspian",
            "opensearch3",
            ["https://reader:s3cret@search.example.org:9200"],
            "caspian_",
        ),
        ("opensearch2://127.0.0.1:9200", "opensearch2", ["http://127.0.0.1:9200"], ""),
        ("elasticsearch8+https://es.internal:9243/", "elasticsearch8", ["https://es.internal:9243"], ""),
        ("elasticsearch9://es:9200/news", "elasticsearch9", ["http://es:9200"], "news_"),
        ("elasticsearch7://es:9200", "elasticsearch7", ["http://es:9200"], ""),
    ],
)
def test_search_url_selects_a_modelsearch_backend(url, backend, urls, prefix):
    config = search_backends(url)["default"]
    assert config["BACKEND"] == f"modelsearch.backends.{backend}"
    assert config["URLS"] == urls
    assert config["INDEX_PREFIX"] == prefix
    assert config["AUTO_UPDATE"] is True
    assert importlib.util.find_spec(config["BACKEND"]) is not None  # the module modelsearch will import


def test_timeout_is_read_from_the_query_string():
    assert search_backends("opensearch3://search:9200?timeout=20")["default"]["TIMEOUT"] == 20
    with pytest.raises(ImproperlyConfigured):
        search_backends("opensearch3://search:9200?timeout=soon")


@pytest.mark.parametrize(
    "url", ["https://search:9200", "solr://search:8983", "opensearch3+ftp://x", "opensearch3://"]
)
def test_unusable_search_urls_are_refused(url):
    with pytest.raises(ImproperlyConfigured):
        search_backends(url)


def test_settings_read_search_url_from_the_environment():
    code = (
        "import django, json; from django.conf import settings; django.setup();"
        "print(json.dumps(settings.WAGTAILSEARCH_BACKENDS))"
    )
    env = dict(
        os.environ, DJANGO_SETTINGS_MODULE="config.settings.test", SEARCH_URL="opensearch3+https://s:9200/x"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    backends = json.loads(result.stdout)
    assert backends["default"]["BACKEND"] == "modelsearch.backends.opensearch3"
    assert backends["default"]["URLS"] == ["https://s:9200"]


def test_the_database_backend_suits_the_database(db):
    from django.db import connection

    backend = get_search_backend()
    expected = {"sqlite": "StemmedSQLiteBackend", "postgresql": "WeightedPostgresBackend"}[connection.vendor]
    assert type(backend).__name__ == expected
