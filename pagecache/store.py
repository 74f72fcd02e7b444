"""The server-side copies of shared pages, in a cache every worker sees.

Copies are keyed by host, path and the content-changing query, under a generation that every change
readers could see replaces, so one write forgets every copy at once, in every worker. A cache that
fails is a miss: the page is rendered as if no copy existed, and the failure is logged once a minute.
"""

import hashlib
import logging
import time
import uuid

from django.core.cache import caches
from django.http import HttpResponse

from .policy import conf, content_query

logger = logging.getLogger(__name__)
GENERATION_KEY = "pagecache:generation"
# The generation outlives every copy made under it; should it expire, a new one simply starts.
GENERATION_SECONDS = 24 * 60 * 60
# Each process looks the generation up at most once a second: a hit then costs one cache read, and a
# change made in another process is seen within a second (a change made here, at once).
GENERATION_MEMO_SECONDS = 1.0
_memo = {"generation": None, "until": 0.0}
LOG_EVERY_SECONDS = 60
_last_logged = {"at": 0.0}


def _cache():
    return caches[conf("PAGE_CACHE_ALIAS")]


def _report(action):
    now = time.monotonic()
    if now - _last_logged["at"] >= LOG_EVERY_SECONDS:
        _last_logged["at"] = now
        logger.warning("page cache unavailable (%s); pages are rendered without it", action, exc_info=True)


def _generation(cache):
    now = time.monotonic()
    if _memo["generation"] is not None and now < _memo["until"]:
        return _memo["generation"]
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, GENERATION_SECONDS)
        generation = cache.get(GENERATION_KEY)
    _memo.update(generation=generation, until=now + GENERATION_MEMO_SECONDS)
    return generation


def _key(request, generation):
    address = f"{request.get_host()}{request.path}?{content_query(request)}"
    return f"pagecache:{generation}:{hashlib.sha256(address.encode()).hexdigest()[:40]}"


def load(request):
    """The stored response for this request, or None."""
    if conf("PAGE_CACHE_SECONDS") <= 0:
        return None
    try:
        cache = _cache()
        stored = cache.get(_key(request, _generation(cache)))
    except Exception:
        _report("read")
        return None
    if stored is None:
        return None
    response = HttpResponse(stored["content"], status=stored["status"])
    for name, value in stored["headers"]:
        response[name] = value
    return response


def save(request, response):
    seconds = conf("PAGE_CACHE_SECONDS")
    if seconds <= 0:
        return
    headers = [(name, value) for name, value in response.items() if name.lower() != "content-length"]
    stored = {"status": response.status_code, "headers": headers, "content": response.content}
    try:
        cache = _cache()
        cache.set(_key(request, _generation(cache)), stored, seconds)
    except Exception:
        _report("write")


def forget_all():
    """Every stored page is forgotten at once (a new generation); old copies expire on their own."""
    generation = uuid.uuid4().hex
    _memo.update(generation=generation, until=time.monotonic() + GENERATION_MEMO_SECONDS)
    try:
        _cache().set(GENERATION_KEY, generation, GENERATION_SECONDS)
    except Exception:
        _memo["generation"] = None
        _report("invalidate")
