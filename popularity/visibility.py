"""Which article ids the beacon may count, and when cached popularity lists must be forgotten.

A shared "generation" in the cache changes whenever what readers may see changes; every process compares
it to the one its set of countable ids was read under, and cached Popular lists carry it in their key.
"""

import threading
import time
import uuid

from django.core.cache import cache
from django.dispatch import receiver

from articles.models import ArticlePage
from articles.signals import reader_visibility_changed

# The set of countable article ids: the shared generation is looked at once a second per process (a
# change made in this process applies at once), and an unknown id re-reads the set at most every 5s.
GENERATION_CHECK_SECONDS = 1
COUNTABLE_RECHECK_SECONDS = 5
COUNTABLE_MAX_AGE = 60
GENERATION_KEY = "views:generation"


def visibility_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        generation = cache.get(GENERATION_KEY)
    return generation


@receiver(reader_visibility_changed)
def start_new_generation(sender=None, **kwargs):
    """What readers may see changed: cached Popular lists are forgotten, countable ids re-read."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
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
