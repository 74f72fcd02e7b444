"""The server-side copies of shared pages, in a cache every worker sees.

Copies are keyed by host, path, language and the content-changing query, under the visibility generation
(articles.generation) that every change readers could see replaces, so one write forgets every copy at
once, in every worker. A cache that fails is a miss: the page is rendered as if no copy existed.

A copy is served for PAGE_CACHE_SECONDS, then kept for PAGE_CACHE_OUTAGE_SECONDS more, to be served
only if the database is unavailable when the page is asked for again. Being under the generation, a
kept copy is never one of a page that has since been unpublished, moved or made private.
"""

import hashlib
import time

from django.core.cache import caches
from django.http import HttpResponse

from articles.generation import report_cache_failure, start_new_generation, visibility_generation

from .policy import conf, content_query, language_of

# Each process looks the generation up at most once a second: a hit then costs one cache read, and a
# change made in another process is seen within a second (a change made here, at once).
GENERATION_MEMO_SECONDS = 1.0
_memo = {"generation": None, "until": 0.0}


def _cache():
    return caches[conf("PAGE_CACHE_ALIAS")]


def _generation():
    now = time.monotonic()
    if _memo["generation"] is None or now >= _memo["until"]:
        _memo.update(generation=visibility_generation(), until=now + GENERATION_MEMO_SECONDS)
    return _memo["generation"]


def forget_memo():
    """A change was made in this process: look the generation up again at the next request."""
    _memo["generation"] = None


def _key(request):
    generation = _generation()
    if generation is None:
        return None
    address = f"{request.get_host()}{request.path}?{content_query(request)}#{language_of(request)}"
    return f"pagecache:{generation}:{hashlib.sha256(address.encode()).hexdigest()[:40]}"


class StoredPage:
    """A stored copy; `fresh` until PAGE_CACHE_SECONDS have passed, then kept only for outages."""

    def __init__(self, stored):
        self.fresh = time.time() < stored.get("fresh_until", 0)  # copies stored before this field: stale
        self.response = HttpResponse(stored["content"], status=stored["status"])
        for name, value in stored["headers"]:
            self.response[name] = value


def load(request):
    """The stored copy for this request (fresh, or kept for a database outage), or None."""
    if conf("PAGE_CACHE_SECONDS") <= 0 or (key := _key(request)) is None:
        return None
    try:
        stored = _cache().get(key)
    except Exception:
        report_cache_failure("page read")
        return None
    return StoredPage(stored) if stored is not None else None


def save(request, response):
    seconds = conf("PAGE_CACHE_SECONDS")
    if response.get("Content-Language", language_of(request)) != language_of(request):
        return  # rendered in another language than its address says: never shared
    if seconds <= 0 or (key := _key(request)) is None:
        return
    headers = [(name, value) for name, value in response.items() if name.lower() != "content-length"]
    stored = {
        "status": response.status_code,
        "headers": headers,
        "content": response.content,
        "fresh_until": time.time() + seconds,
    }
    try:
        _cache().set(key, stored, seconds + conf("PAGE_CACHE_OUTAGE_SECONDS"))
    except Exception:
        report_cache_failure("page write")


def forget_all():
    """Every stored page (and every cached list of visible pages) is forgotten at once."""
    start_new_generation()
    forget_memo()
