"""The reader's request as GET parameters: query, filters, sort and page, all validated.

Filters and sort are plain links, so every results page is a shareable URL. Values that do not make
sense (an unknown section, a year like "abc") are dropped and the page says so; they never raise.
"""

import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from django.core.cache import cache
from django.urls import reverse

from articles.models import ArticleType, Author, SectionPage

from .query import ParsedQuery, parse
from .suggestions import SECTIONS_CACHE_KEY, VOCABULARY_CACHE_SECONDS

SORTS = ("relevance", "newest")
SLUG = re.compile(r"^[-\w]{1,120}$")
MIN_YEAR, MAX_YEAR = 1800, 2200


@dataclass(frozen=True)
class SectionLink:
    """A live, public section as results and facets show it."""

    slug: str
    path: str
    title: str
    url: str


def visible_sections():
    """{slug: SectionLink}, cached; the search app's signal handlers clear it when visibility changes."""
    sections = cache.get(SECTIONS_CACHE_KEY)
    if sections is None:
        sections = {
            page.slug: SectionLink(page.slug, page.path, page.title, page.url)
            for page in SectionPage.objects.visible()
        }
        cache.set(SECTIONS_CACHE_KEY, sections, VOCABULARY_CACHE_SECONDS)
    return sections


@dataclass(frozen=True)
class SearchRequest:
    query: ParsedQuery
    sections: dict = field(default_factory=dict, repr=False)
    section: object = None
    author: object = None
    article_type: str = ""
    year: int | None = None
    sort: str = "relevance"
    page: str = "1"
    ignored: tuple = ()

    @property
    def has_filters(self):
        return bool(self.section or self.author or self.article_type or self.year)

    @property
    def is_fresh(self):
        """A search typed into a box (not a later page, a filter or a sort): what gets logged."""
        return not self.has_filters and self.sort == "relevance" and self.page == "1"

    def params(self, **changes):
        values = {
            "q": self.query.text,
            "section": self.section.slug if self.section else "",
            "author": self.author.slug if self.author else "",
            "type": self.article_type,
            "year": str(self.year) if self.year else "",
            "sort": "" if self.sort == "relevance" else self.sort,
            "page": "",
        }
        values.update({key: "" if value is None else str(value) for key, value in changes.items()})
        if values["sort"] == "relevance":
            values["sort"] = ""
        if values["page"] == "1":
            values["page"] = ""
        return {key: value for key, value in values.items() if value}

    def url(self, **changes):
        return reverse("search:results") + "?" + urlencode(self.params(**changes))

    def without_filters(self):
        return replace(self, section=None, author=None, article_type="", year=None)


def _number(text):
    """A positive integer written in ASCII digits, else None ("²".isdigit() is true, int() fails)."""
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else None


def _one(querydict, name):
    value = querydict.get(name, "")
    return value.replace("\x00", "").strip() if isinstance(value, str) else ""


def parse_request(querydict):
    """A SearchRequest from request.GET; costs a query only when an author is named (sections are cached)."""
    ignored = []
    sections = visible_sections()

    section = None
    if slug := _one(querydict, "section"):
        section = sections.get(slug)
        if section is None:
            ignored.append("section")

    author = None
    if slug := _one(querydict, "author"):
        author = Author.objects.original(slug) if SLUG.match(slug) else None
        if author is None:
            ignored.append("author")

    article_type = _one(querydict, "type")
    if article_type and article_type not in ArticleType.values:
        ignored.append("type")
        article_type = ""

    year = None
    if raw_year := _one(querydict, "year"):
        year = _number(raw_year)
        if year is None or not MIN_YEAR <= year <= MAX_YEAR:
            year = None
            ignored.append("year")

    sort = _one(querydict, "sort") or "relevance"
    if sort not in SORTS:
        ignored.append("sort")
        sort = "relevance"

    page = _number(_one(querydict, "page")) or 1

    return SearchRequest(
        query=parse(_one(querydict, "q")),
        sections=sections,
        section=section,
        author=author,
        article_type=article_type,
        year=year,
        sort=sort,
        page=str(page),
        ignored=tuple(ignored),
    )
