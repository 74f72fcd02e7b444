"""Counting views through the cache and writing them to per-day totals in batches.

A view is counted by the beacon (beacon.py), not by rendering, so a page served from a cache still
counts and a read never becomes a database write. Each counted view:

1. is dropped if the same client (a keyed hash of address, user agent and language, rotated daily and
   kept only as a cache key for `DEDUP_SECONDS`) already viewed that article in the window;
2. increments a pending counter for (day, article) in the counter store:
   - `RedisCounter` when the default cache is Redis: one Lua call does the dedup check and a HINCRBY
     on a shared hash, so every worker counts into the same place;
   - `LocalCounter` otherwise (local-memory cache in development and tests): a dict in this process;
3. every `FLUSH_EVERY_VIEWS` pending views or `FLUSH_EVERY_SECONDS`, whichever comes first, the pending
   counts are drained and written in one transaction of `views = views + n` upserts, one row per
   article and day. The background worker (`run_worker`) flushes Redis every 10 s, `manage.py
   flush_views` does it on demand, and each process flushes its local counts when it exits, so nothing
   counted is lost when gunicorn recycles a worker.

While Redis is unreachable, views are counted in the process that took them (`LocalCounter`), and
written by its next due flush or at its exit: an accepted view is counted once Redis or not.

A hot article therefore costs one row update per flush, not one locked row per view.
"""

import atexit
import logging
import re
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from redis.exceptions import RedisError

from articles.generation import report_cache_failure
from articles.models import ArticlePage

from .models import ArticleDailyViews

logger = logging.getLogger(__name__)

DEDUP_SECONDS = 30 * 60
FLUSH_EVERY_VIEWS = 500
FLUSH_EVERY_SECONDS = 30


class LocalCounter:
    """Pending counts in this process (local-memory cache): flushed by threshold, time or exit."""

    def __init__(self):
        self.pending = {}
        self.total = 0
        self.oldest = None
        self.lock = threading.Lock()

    def record(self, article_id, client, day):
        if not cache.add(f"views:seen:{client}:{article_id}", 1, DEDUP_SECONDS):
            return False
        with self.lock:
            key = (day.isoformat(), article_id)
            self.pending[key] = self.pending.get(key, 0) + 1
            self.total += 1
            self.oldest = self.oldest or time.monotonic()
        return True

    def due(self):
        return self.total >= FLUSH_EVERY_VIEWS or (
            self.oldest is not None and time.monotonic() - self.oldest >= FLUSH_EVERY_SECONDS
        )

    def drain(self):
        with self.lock:
            pending, self.pending, self.total, self.oldest = self.pending, {}, 0, None
        return pending

    def restore(self, counts):
        with self.lock:
            for key, n in counts.items():
                self.pending[key] = self.pending.get(key, 0) + n
                self.total += n
            self.oldest = self.oldest or time.monotonic()

    def acknowledge(self):
        """Nothing to clean up: drained counts left this process when they were taken."""


_RECORD_SCRIPT = """
if redis.call('SET', KEYS[1], 1, 'NX', 'EX', ARGV[1]) then
  redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
  return redis.call('INCR', KEYS[3])
end
return -1
"""
# Move the pending hash aside atomically; whatever arrives afterwards starts a new hash.
_DRAIN_SCRIPT = """
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('RENAME', KEYS[1], KEYS[2])
  redis.call('SADD', KEYS[3], KEYS[2])
end
redis.call('SET', KEYS[4], 0)
return redis.call('SMEMBERS', KEYS[3])
"""


class RedisCounter:
    """Pending counts in Redis, shared by every worker; a drained batch stays in Redis until written."""

    def __init__(self, location):
        import redis

        self.redis = redis.Redis.from_url(location, **settings.REDIS_TIMEOUTS)
        self.pending_key = cache.make_key("views:pending")
        self.total_key = cache.make_key("views:pending-total")
        self.inflight_key = cache.make_key("views:inflight")
        self.lock_key = cache.make_key("views:flush-lock")
        self.record_script = self.redis.register_script(_RECORD_SCRIPT)
        self.drain_script = self.redis.register_script(_DRAIN_SCRIPT)
        self.last_flush = time.monotonic()
        self.recent_total = 0
        self.batches = []

    def record(self, article_id, client, day):
        seen_key = cache.make_key(f"views:seen:{client}:{article_id}")
        keys = [seen_key, self.pending_key, self.total_key]
        total = self.record_script(keys=keys, args=[DEDUP_SECONDS, f"{day.isoformat()}:{article_id}"])
        self.recent_total = int(total)
        return total != -1

    def due(self):
        return self.recent_total >= FLUSH_EVERY_VIEWS or (
            time.monotonic() - self.last_flush >= FLUSH_EVERY_SECONDS
        )

    def drain(self):
        """Take every pending batch (and any a crashed flusher left behind); one flusher at a time."""
        self.last_flush = time.monotonic()
        self.recent_total = 0
        if not self.redis.set(self.lock_key, 1, nx=True, ex=300):
            return {}
        batch_key = cache.make_key(f"views:batch:{uuid.uuid4().hex}")
        self.batches = [
            key.decode()
            for key in self.drain_script(
                keys=[self.pending_key, batch_key, self.inflight_key, self.total_key]
            )
        ]
        counts = {}
        for key in self.batches:
            for field, n in self.redis.hgetall(key).items():
                day, article_id = field.decode().split(":")
                counts[(day, int(article_id))] = counts.get((day, int(article_id)), 0) + int(n)
        if not counts:
            self.acknowledge()
        return counts

    def restore(self, counts):
        """Leave the batches in Redis for the next flush; just release the lock."""
        self.batches = []
        self.redis.delete(self.lock_key)

    def acknowledge(self):
        if self.batches:
            pipe = self.redis.pipeline()
            pipe.delete(*self.batches)
            pipe.srem(self.inflight_key, *self.batches)
            pipe.execute()
        self.batches = []
        self.redis.delete(self.lock_key)


_local_counter = LocalCounter()
_redis_counters = {}
# After a Redis error, views are counted here for this long before Redis is tried again.
REDIS_RETRY_SECONDS = 1.0
_redis_down_until = {"at": 0.0}


def counter():
    """The store matching the default cache: Redis when it is Redis, this process otherwise."""
    config = settings.CACHES.get("default", {})
    if not config.get("BACKEND", "").endswith("RedisCache"):
        return _local_counter
    location = config["LOCATION"]
    location = location[0] if isinstance(location, (list, tuple)) else re.split("[;,]", location)[0]
    key = (location, cache.make_key("views:pending"))
    if key not in _redis_counters:
        _redis_counters[key] = RedisCounter(location)
    return _redis_counters[key]


# --- recording and flushing -------------------------------------------------------------------------


def record_view(article_id, client, now=None):
    """Count one view unless it repeats; returns True when counted. The caller has validated the id.

    While Redis is unreachable the view is counted in this process instead (written by the next due
    flush, or when the process exits), so an accepted view is never lost to a cache outage.
    """
    day = timezone.localdate(now)
    store = counter()
    if store is not _local_counter and time.monotonic() < _redis_down_until["at"]:
        store = _local_counter  # Redis failed a moment ago: do not wait on it for every view
    try:
        counted = store.record(article_id, client, day)
    except RedisError:
        report_cache_failure("view count")
        _redis_down_until["at"] = time.monotonic() + REDIS_RETRY_SECONDS
        store = _local_counter
        counted = store.record(article_id, client, day)
    if counted and store.due():
        flush_views(store)
    if store is not _local_counter and _local_counter.due():
        flush_views(_local_counter)  # views counted here during an outage
    return counted


_UPSERT = (
    "INSERT INTO {table} (article_id, day, views) VALUES (%s, %s, %s) "
    "ON CONFLICT (article_id, day) DO UPDATE SET views = {table}.views + excluded.views"
)
_flush_lock = threading.Lock()


def write_counts(counts):
    """Add {(day iso, article_id): n} to the per-day totals in one transaction; unknown ids are dropped."""
    ids = {article_id for _, article_id in counts}
    existing = set(ArticlePage.objects.filter(pk__in=ids).values_list("pk", flat=True))
    rows = [(article_id, day, n) for (day, article_id), n in sorted(counts.items()) if article_id in existing]
    if rows:
        table = connection.ops.quote_name(ArticleDailyViews._meta.db_table)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(_UPSERT.format(table=table), rows)
    return sum(n for *_, n in rows)


def flush_views(store=None):
    """Write pending counts; returns how many views were written. Safe to call from any thread."""
    store = store or counter()
    if not _flush_lock.acquire(blocking=False):
        return 0
    try:
        try:
            counts = store.drain()
        except RedisError:
            report_cache_failure("view flush")
            return 0
        if not counts:
            return 0
        try:
            written = write_counts(counts)
        except DatabaseError:
            logger.exception("View counts could not be written; they stay pending for the next flush")
            store.restore(counts)
            return 0
        try:
            store.acknowledge()
        except RedisError:  # written, but Redis went away before the batch was dropped from it
            report_cache_failure("view flush acknowledgement")
        return written
    finally:
        _flush_lock.release()


def flush_on_exit():
    """Flush this process's local counts; registered with atexit, which gunicorn's workers run on exit."""
    if _local_counter.total:
        try:
            flush_views(_local_counter)
        except Exception:  # the process is going away: report, never raise
            logger.exception("View counts could not be flushed at exit")


atexit.register(flush_on_exit)
