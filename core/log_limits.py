"""Recurring failures (a cache or database away) are logged once a minute per kind, not once a request."""

import time

LOG_EVERY_SECONDS = 60.0


class OncePerInterval:
    """`due(kind)` is True at most once per `seconds` for each kind of failure."""

    def __init__(self, seconds=LOG_EVERY_SECONDS):
        self.seconds = seconds
        self.last = {}

    def due(self, kind):
        now = time.monotonic()
        if kind in self.last and now - self.last[kind] < self.seconds:
            return False
        self.last[kind] = now
        return True
