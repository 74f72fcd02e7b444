from django.apps import AppConfig


class PopularityConfig(AppConfig):
    """Popular Articles: a cookie-free view beacon, batched daily counts, the Most read report."""

    name = "popularity"
    verbose_name = "Popularity"

    def ready(self):
        from . import counters, visibility  # noqa: F401 - flush at exit; forget lists on visibility change
