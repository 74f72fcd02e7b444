"""The furniture every page shares: section navigation and the LATEST list, cached as plain data.

Both are `live().public()` and are kept under the visibility generation (generation.py), so they are
forgotten the moment what readers may see changes.
"""

from .generation import cached
from .models import ArticlePage, SectionPage

LATEST_COUNT = 6


def _latest():
    articles = ArticlePage.objects.visible().defer_streamfields().newest_first()[:LATEST_COUNT]
    return [{"title": a.display_title, "url": a.get_url(), "date": a.display_date} for a in articles]


def _sections():
    return [{"title": s.title, "url": s.get_url()} for s in SectionPage.objects.visible().in_menu()]


def latest_articles():
    """The LATEST list: the newest visible articles with their date and time."""
    return cached("latest", _latest)


def section_navigation():
    """The sections shown in the header's navigation, in the order of the page tree."""
    return cached("sections", _sections)
