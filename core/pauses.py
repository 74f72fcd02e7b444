"""A pause an app's automatic work can be put under for a block of code, in this thread only.

Bulk loads (the demo, the WordPress import) save many pages at once; the work a single editor's save
triggers (ranking related posts, re-indexing for search) is paused while they run and done once after.
"""

import threading
from contextlib import contextmanager


class Pause:
    def __init__(self):
        self._state = threading.local()

    @property
    def active(self):
        return getattr(self._state, "active", False)

    @contextmanager
    def __call__(self):
        previous = self.active
        self._state.active = True
        try:
            yield
        finally:
            self._state.active = previous
