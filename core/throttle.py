"""Fixed-window counters in the cache, for abuse limits (newsletter sign-ups, the search-terms log)."""

import time

from django.core.cache import cache


def count_in_window(name, window):
    """Add one to the counter `name` in the current window of `window` seconds; returns the new count.

    The window's number is part of the key, so a count never outlives its window, even on a cache whose
    incr() resets the expiry. A cache error is the caller's to handle.
    """
    key = f"{name}:{int(time.time() // window)}"
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # the entry expired between add() and incr()
        cache.add(key, 1, timeout=window)
        return 1
