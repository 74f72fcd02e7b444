from django.apps import AppConfig


class SearchConfig(AppConfig):
    """The reader-facing site search (the `wagtail.search` app has the label `wagtailsearch`)."""

    name = "search"
    verbose_name = "Site search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401
        from .indexing import index_pages_at_once

        index_pages_at_once()
