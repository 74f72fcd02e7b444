"""A per-process memory cache that keeps objects as they are, for Wagtail's image renditions.

Wagtail writes every rendition it serves to its "renditions" cache, on every render: a page with two
dozen cards pays two dozen pickles per request with Django's LocMemCache. Renditions are looked up by
keys that include the image's file hash and the filter, and are never changed in place, so keeping the
objects themselves is safe and costs a dictionary write.
"""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache


class ObjectMemoryCache(LocMemCache):
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
