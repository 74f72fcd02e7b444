from django.apps import AppConfig

from core import periodic

# How often the background worker writes the views pending in Redis to the per-day totals: with Redis
# persistence off, the most a Redis crash can lose (deploy/redis.conf turns persistence on).
FLUSH_VIEWS_SECONDS = 10


class PopularityConfig(AppConfig):
    """Popular Articles: a cookie-free view beacon, batched daily counts, the Most read report."""

    name = "popularity"
    verbose_name = "Popularity"

    def ready(self):
        from . import counters, visibility  # noqa: F401 - flush at exit; forget lists on visibility change

        periodic.register("flush_views", FLUSH_VIEWS_SECONDS, counters.flush_views)
