"""The furniture every page shares: section navigation and the LATEST list, cached as plain data.

Both are `live().public()` and are forgotten the moment what readers may see changes (see signals.py).
"""

from django.core.cache import cache

from .models import ArticlePage, SectionPage

LATEST_CACHE_KEY = "furniture:latest"
NAV_CACHE_KEY = "furniture:sections"
FURNITURE_CACHE_SECONDS = 60 * 60
LATEST_COUNT = 6


def latest_articles():
    """The LATEST list: the newest visible articles with their date and time."""
    items = cache.get(LATEST_CACHE_KEY)
    if items is None:
        articles = ArticlePage.objects.visible().defer_streamfields().newest_first()[:LATEST_COUNT]
        items = [{"title": a.display_title, "url": a.get_url(), "date": a.display_date} for a in articles]
        cache.set(LATEST_CACHE_KEY, items, FURNITURE_CACHE_SECONDS)
    return items


def section_navigation():
    """The sections shown in the header's navigation, in the order of the page tree."""
    items = cache.get(NAV_CACHE_KEY)
    if items is None:
        items = [{"title": s.title, "url": s.get_url()} for s in SectionPage.objects.visible().in_menu()]
        cache.set(NAV_CACHE_KEY, items, FURNITURE_CACHE_SECONDS)
    return items


def clear_furniture_cache():
    cache.delete_many([LATEST_CACHE_KEY, NAV_CACHE_KEY])
