"""Which article ids the beacon may count.

Each process keeps the set of live, public article ids and re-reads it when the shared visibility
generation (articles.generation) differs from the one it was read under.
"""

import threading
import time

from django.dispatch import receiver

from articles.generation import visibility_generation
from articles.models import ArticlePage
from articles.signals import reader_visibility_changed

# The set of countable article ids: the shared generation is looked at once a second per process (a
# change made in this process applies at once), and an unknown id re-reads the set at most every 5s.
GENERATION_CHECK_SECONDS = 1
COUNTABLE_RECHECK_SECONDS = 5
COUNTABLE_MAX_AGE = 60


@receiver(reader_visibility_changed)
def reread_countable_ids(sender=None, **kwargs):
    """What readers may see changed: this process re-reads the countable ids at once."""
    countable.forget()


class CountableIds:
    """Live, public article ids, kept per process and re-read when the shared generation changes."""

    def __init__(self):
        self.generation, self.loaded_at, self.checked_at, self.ids = None, 0.0, 0.0, frozenset()
        self.lock = threading.Lock()

    def forget(self):
        self.generation = None

    def _load(self, generation):
        ids = frozenset(ArticlePage.objects.visible().values_list("pk", flat=True))
        with self.lock:
            self.generation, self.loaded_at, self.ids = generation, time.monotonic(), ids

    def __contains__(self, article_id):
        now = time.monotonic()
        generation = self.generation
        if generation is None or now - self.checked_at >= GENERATION_CHECK_SECONDS:
            generation, self.checked_at = visibility_generation(), now
        age = now - self.loaded_at
        if generation != self.generation or age > COUNTABLE_MAX_AGE:
            self._load(generation)
        elif article_id not in self.ids and age > COUNTABLE_RECHECK_SECONDS:
            self._load(generation)  # perhaps published by another process whose cache we cannot see
        return article_id in self.ids


countable = CountableIds()
