"""The server-side copies of shared pages, in a cache every worker sees.

Copies are keyed by host, path and the content-changing query, under the visibility generation
(articles.generation) that every change readers could see replaces, so one write forgets every copy at
once, in every worker. A cache that fails is a miss: the page is rendered as if no copy existed.
"""

import hashlib
import time

from django.core.cache import caches
from django.http import HttpResponse

from articles.generation import report_cache_failure, start_new_generation, visibility_generation

from .policy import conf, content_query

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
    address = f"{request.get_host()}{request.path}?{content_query(request)}"
    return f"pagecache:{generation}:{hashlib.sha256(address.encode()).hexdigest()[:40]}"


def load(request):
    """The stored response for this request, or None."""
    if conf("PAGE_CACHE_SECONDS") <= 0 or (key := _key(request)) is None:
        return None
    try:
        stored = _cache().get(key)
    except Exception:
        report_cache_failure("page read")
        return None
    if stored is None:
        return None
    response = HttpResponse(stored["content"], status=stored["status"])
    for name, value in stored["headers"]:
        response[name] = value
    return response


def save(request, response):
    seconds = conf("PAGE_CACHE_SECONDS")
    if seconds <= 0 or (key := _key(request)) is None:
        return
    headers = [(name, value) for name, value in response.items() if name.lower() != "content-length"]
    stored = {"status": response.status_code, "headers": headers, "content": response.content}
    try:
        _cache().set(key, stored, seconds)
    except Exception:
        report_cache_failure("page write")


def forget_all():
    """Every stored page (and every cached list of visible pages) is forgotten at once."""
    start_new_generation()
    forget_memo()
