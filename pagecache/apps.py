from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """The anonymous page cache: cacheable responses, a server-side copy, purges on publish."""

    name = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from . import invalidation  # noqa: F401 - connects the receivers
