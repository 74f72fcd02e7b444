"""Counting attempts in fixed time windows, in the shared cache: "at most N of these per W seconds".

Whoever is counted (a client key, an email address) is stored only as a keyed hash (HMAC with
SECRET_KEY) inside a cache key that expires with its window. If the cache is unreachable the attempt is
allowed (and logged): a limit must never turn a sign-up or a password reset into an error page.
"""

import logging
import math
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.crypto import salted_hmac

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int  # seconds until the current window ends and the count starts again


def count_attempt(purpose, identity, *, limit, window):
    """Count one attempt by `identity` for `purpose`; not allowed once it is over `limit` in the window."""
    now = time.time()
    retry_after = max(1, math.ceil(window - now % window))
    digest = salted_hmac(f"attempts.{purpose}", identity, algorithm="sha256").hexdigest()[:32]
    key = f"attempts:{purpose}:{digest}:{int(now // window)}"
    try:
        cache.add(key, 0, timeout=window)
        try:
            count = cache.incr(key)
        except ValueError:  # the entry expired between add() and incr()
            cache.add(key, 1, timeout=window)
            count = 1
    except Exception:
        logger.exception("%s limit skipped: cache unavailable", purpose)
        return Verdict(True, 0)
    return Verdict(count <= limit, retry_after)
