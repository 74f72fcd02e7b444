"""Facet counts for section, author, article type and year, from one query over the matches.

Counts are "disjunctive": each facet counts the matches under every *other* active filter, so a reader
who picked Energy still sees how many matches the other sections hold. One query reads, for every
matching visible article in the result window, its section, type, date and bylines (a row per byline);
the four facets, the total and the filtered list are then worked out from those rows in Python.
"""

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from django.db import connections
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from articles.models import ArticlePage, ArticleType, Author

MAX_AUTHORS = 10


@dataclass(frozen=True)
class FacetValue:
    label: str
    count: int
    url: str
    active: bool = False


@dataclass(frozen=True)
class Facet:
    name: str
    title: str
    values: tuple

    @property
    def active(self):
        return next((value for value in self.values if value.active), None)


class Match(NamedTuple):
    """What the facets need to know about one matching article."""

    section_path: str
    article_type: str
    date_key: str  # the publication date as sortable text ("" when missing)
    year: int | None
    authors: list


def matched_articles(matches):
    """{pk: Match} for a queryset of matching, visible articles, in one query (a row per byline).

    The rows are read straight from the cursor: they are plain integers and strings, and Django's row
    handling would cost more than the query for ten thousand of them.
    """
    query = matches.order_by().values_list(
        "pk",
        "path",
        "article_type",
        Cast("published_date", output_field=CharField()),
        "article_authors__author",
    )
    sql, params = query.query.sql_with_params()
    with connections[query.db].cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    found = {}
    cut = -ArticlePage.steplen
    for pk, path, article_type, date_key, author_id in rows:
        match = found.get(pk)
        if match is None:
            date_key = date_key or ""
            year = int(date_key[:4]) if date_key[:4].isdigit() else None
            match = found[pk] = Match(path[:cut], article_type, date_key, year, [])
        if author_id is not None:
            match.authors.append(author_id)
    return found


def newest_first(keys, matches):
    return sorted(keys, key=lambda pk: (matches[pk].date_key, pk), reverse=True)


def _value(search_request, name, key, label, count, active):
    return FacetValue(
        label=label, count=count, url=search_request.url(**{name: "" if active else key}), active=active
    )


def build_facets(search_request, matches):
    """The four facets, and the keys of the matches that pass every active filter."""
    chosen_path = search_request.section.path if search_request.section else None
    chosen_type = search_request.article_type or None
    chosen_year = search_request.year
    chosen_author = search_request.author.pk if search_request.author else None

    by_section, by_type, by_year, by_author = Counter(), Counter(), Counter(), Counter()
    selected = set()
    for pk, (section_path, article_type, _date, year, authors) in matches.items():
        misses = (
            (chosen_path is not None and section_path != chosen_path)
            + 2 * (chosen_type is not None and article_type != chosen_type)
            + 4 * (chosen_year is not None and year != chosen_year)
            + 8 * (chosen_author is not None and chosen_author not in authors)
        )
        # A facet counts the articles that pass every other filter: no misses, or a miss on it alone.
        if misses == 0:
            selected.add(pk)
            by_section[section_path] += 1
            by_type[article_type] += 1
            by_year[year] += 1
            by_author.update(authors)
        elif misses == 1:
            by_section[section_path] += 1
        elif misses == 2:
            by_type[article_type] += 1
        elif misses == 4:
            by_year[year] += 1
        elif misses == 8:
            by_author.update(authors)
    by_year.pop(None, None)

    sections = sorted(search_request.sections.values(), key=lambda section: section.title)
    section_values = [
        _value(search_request, "section", sec.slug, sec.title, by_section[sec.path], sec.path == chosen_path)
        for sec in sections
        if by_section[sec.path] or sec.path == chosen_path
    ]
    type_values = [
        _value(search_request, "type", kind.value, kind.label, by_type[kind.value], kind.value == chosen_type)
        for kind in ArticleType
        if by_type[kind.value] or kind.value == chosen_type
    ]
    years = sorted(set(by_year) | ({chosen_year} if chosen_year else set()), reverse=True)
    year_values = [
        _value(search_request, "year", str(year), str(year), by_year[year], year == chosen_year)
        for year in years
    ]

    top = [author_id for author_id, _count in sorted(by_author.items(), key=lambda item: (-item[1], item[0]))]
    top = top[:MAX_AUTHORS]
    if chosen_author and chosen_author not in top:
        top.append(chosen_author)
    names = {author.pk: author for author in Author.objects.filter(pk__in=top).only("pk", "name", "slug")}
    author_values = [
        _value(
            search_request,
            "author",
            names[pk].slug,
            names[pk].name,
            by_author[pk],
            pk == chosen_author,
        )
        for pk in top
        if pk in names
    ]

    facets = (
        Facet("section", _("Section"), tuple(section_values)),
        Facet("author", _("Author"), tuple(author_values)),
        Facet("type", _("Article type"), tuple(type_values)),
        Facet("year", _("Year"), tuple(year_values)),
    )
    return [facet for facet in facets if facet.values], selected
