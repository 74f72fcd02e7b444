"""One "generation" of what readers may see, shared by every process through the cache.

Whenever what readers could see changes (a publish, unpublish, move, delete or privacy change, or a
change shown on every page), a new generation starts. Everything cached about visible pages (LATEST,
navigation, the home page's lists, an article's surroundings, Popular Articles, stored pages) is keyed
by it, so one write forgets all of it, in every worker at once. A cache that fails is treated as
empty: the data is built again, and the page still renders.
"""

import logging
import sys
import uuid

from django.core.cache import cache

from core.log_limits import OncePerInterval

logger = logging.getLogger(__name__)
GENERATION_KEY = "visibility:generation"
# The generation outlives everything keyed by it; should it expire, a new one simply starts.
GENERATION_SECONDS = 24 * 60 * 60
LISTING_SECONDS = 60 * 60
_logging = OncePerInterval()


def report_cache_failure(action):
    """Log the failure being handled once a minute, in one line: not once a request, no traceback."""
    if _logging.due("cache"):
        logger.warning("cache unavailable (%s: %r); working without it", action, sys.exc_info()[1])


def visibility_generation():
    try:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            cache.add(GENERATION_KEY, uuid.uuid4().hex, GENERATION_SECONDS)
            generation = cache.get(GENERATION_KEY)
    except Exception:
        report_cache_failure("generation")
        return None
    return generation


def start_new_generation():
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, GENERATION_SECONDS)
    except Exception:
        report_cache_failure("new generation")


def cached(name, build, seconds=LISTING_SECONDS, fresh=False):
    """`build()`'s result, kept under the current generation; built afresh when the cache fails.

    With `fresh` (an editor's preview) it is built and neither read nor stored.
    """
    if fresh:
        return build()
    generation = visibility_generation()
    if generation is None:
        return build()
    key = f"visible:{generation}:{name}"
    try:
        value = cache.get(key)
    except Exception:
        report_cache_failure("read")
        return build()
    if value is None:
        value = build()
        try:
            cache.set(key, value, seconds)
        except Exception:
            report_cache_failure("write")
    return value
