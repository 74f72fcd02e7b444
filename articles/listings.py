"""The furniture every page shares: section navigation and the LATEST list, cached as plain data.

Both are `live().public()`, in the reader's language only (the language switcher leads to the
others), and are kept under the visibility generation (generation.py), so they are forgotten the
moment what readers may see changes.
"""

from core.languages import active_language

from .generation import cached
from .models import ArticlePage, SectionPage

LATEST_COUNT = 6


def in_language(queryset, language=None):
    """The pages of `queryset` in `language` (the reader's by default): a join, not another query."""
    return queryset.filter(locale__language_code=language or active_language())


def _latest(language):
    articles = in_language(ArticlePage.objects.visible(), language)
    articles = articles.defer_streamfields().newest_first()[:LATEST_COUNT]
    return [{"title": a.display_title, "url": a.get_url(), "date": a.display_date} for a in articles]


def _sections(language):
    sections = in_language(SectionPage.objects.visible().in_menu(), language)
    return [{"title": s.title, "url": s.get_url()} for s in sections]


def latest_articles():
    """The LATEST list: the newest visible articles in the reader's language, with date and time."""
    language = active_language()
    return cached(f"latest:{language}", lambda: _latest(language))


def section_navigation():
    """The sections of the reader's language in the header's navigation, in the order of the tree."""
    language = active_language()
    return cached(f"sections:{language}", lambda: _sections(language))
