"""WAGTAILSEARCH_BACKENDS from the environment (read by the settings, so it imports no app).

Without SEARCH_URL the database does the searching (SQLite FTS5 or PostgreSQL full-text search).
With SEARCH_URL an OpenSearch or Elasticsearch cluster does, through modelsearch's own backends:

    SEARCH_URL=opensearch3+https://user:secret@search.example.org:9200/caspian?timeout=20

The scheme names the engine (elasticsearch7, elasticsearch8, elasticsearch9, opensearch2, opensearch3)
and optionally the transport after "+" (http by default); the path, if any, prefixes the index names.
"""

from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ImproperlyConfigured

ENGINES = ("elasticsearch7", "elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3")
DATABASE_BACKEND = {
    "BACKEND": "search.backends.database",
    # PostgreSQL text search configurations made by the search app's migration; SQLite ignores them.
    "SEARCH_CONFIG": "search_english",
    # Each content language's pages are indexed and searched with their own (search/languages.py):
    # Russian stemming; no Azerbaijani stemmer exists in PostgreSQL, so whole words, accents folded.
    "SEARCH_CONFIGS": {"en": "search_english", "ru": "search_russian", "az": "search_simple"},
    "AUTOCOMPLETE_CONFIG": "search_simple",
}


def search_backends(search_url=""):
    search_url = (search_url or "").strip()
    if not search_url:
        return {"default": dict(DATABASE_BACKEND)}
    parts = urlsplit(search_url)
    engine, _, transport = parts.scheme.partition("+")
    transport = transport or "http"
    if engine not in ENGINES:
        raise ImproperlyConfigured(
            f"SEARCH_URL must start with one of {', '.join(ENGINES)} (optionally +https), "
            f"not {parts.scheme!r}."
        )
    if transport not in ("http", "https") or not parts.hostname:
        raise ImproperlyConfigured("SEARCH_URL needs a host and an http or https transport.")
    options = parse_qs(parts.query)
    prefix = parts.path.strip("/")
    backend = {
        "BACKEND": f"modelsearch.backends.{engine}",
        "URLS": [f"{transport}://{parts.netloc}"],
        "INDEX_PREFIX": f"{prefix}_" if prefix else "",
        "AUTO_UPDATE": True,
        "ATOMIC_REBUILD": True,
    }
    if "timeout" in options:
        try:
            backend["TIMEOUT"] = int(options["timeout"][0])
        except ValueError as error:
            raise ImproperlyConfigured("SEARCH_URL's timeout must be a whole number of seconds.") from error
    return {"default": backend}
