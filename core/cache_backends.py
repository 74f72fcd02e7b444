"""Cache backends: a per-process object cache for image renditions, and a Redis cache that fails soft."""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from django.dispatch import Signal
from redis.exceptions import RedisError

from .log_limits import OncePerInterval

logger = logging.getLogger(__name__)
# Sent by the first call that reaches Redis again after an outage.
cache_recovered = Signal()


class ObjectMemoryCache(LocMemCache):
    """Objects kept as they are, for Wagtail's image renditions.

    Wagtail writes every rendition it serves to its "renditions" cache, on every render: a page with two
    dozen cards pays two dozen pickles per request with Django's LocMemCache. Renditions are looked up by
    keys that include the image's file hash and the filter, and are never changed in place, so keeping
    the objects themselves is safe and costs a dictionary write.
    """

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._set(key, value, timeout)
                return True
            return False

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            self._set(key, value, timeout)

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        with self._lock:
            if self._has_expired(key):
                self._delete(key)
                return default
            self._cache.move_to_end(key, last=False)
            return self._cache[key]

    def incr(self, key, delta=1, version=None):
        raise NotImplementedError("ObjectMemoryCache holds renditions, not counters")


class ResilientRedisCache(RedisCache):
    """Django's Redis cache, which behaves like an empty cache while Redis cannot be reached.

    Every page reads the cache (Wagtail's site root paths, settings, LATEST, stored pages), so a cache
    error must not become a reader's error. While Redis is unreachable, reads miss, writes and deletes
    are dropped, `add` succeeds and `incr` counts from zero: rate limits and repeat checks are skipped
    rather than turning every request away. After a failure the client waits `RETRY_SECONDS` before
    trying Redis again, so an outage costs one refused connection per process per interval, and the
    failure is logged once a minute. Nothing is kept from the outage, so a publish
    made while Redis was away is never hidden by what Redis held before it (see `cache_recovered`).
    """

    RETRY_SECONDS = 1.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._down_until = 0.0
        self._down_since = None
        self._logging = OncePerInterval()

    def _call(self, method, fallback, *args, **kwargs):
        now = time.monotonic()
        if now < self._down_until:
            return fallback
        try:
            result = getattr(super(), method)(*args, **kwargs)
        except RedisError as error:
            self._went_down(now, method, error)
            return fallback
        if self._down_since is not None:
            # What Redis answered may predate a change made during the outage: listeners start afresh,
            # and this one answer is not used.
            self._down_since = None
            logger.warning("cache reachable again")
            cache_recovered.send(sender=type(self))
            return fallback
        return result

    def _went_down(self, now, method, error):
        self._down_until = now + self.RETRY_SECONDS
        self._down_since = self._down_since or now
        if self._logging.due("unreachable"):
            logger.warning("cache unreachable (%s during %s); pages are built without it", error, method)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", True, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", delta, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def clear(self):
        return self._call("clear", False)
