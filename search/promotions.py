"""Editors' picks from wagtail.contrib.search_promotions, and the log behind the search terms report."""

from django.db.models import Q
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string


def log_search(text):
    """Count one search of this text in the search-terms log (its Query row is created on first use)."""
    query = Query.get(text)
    query.add_hit()
    return query


def known_query(text):
    """The Query row for this text if editors or the log made one; looking never creates a row."""
    return Query.objects.filter(query_string=normalise_query_string(text)).first()


def editors_picks(query, language=None):
    """Promotions for this query whose page is live, public and, when given, in `language` (or that link
    elsewhere), in order: a reader searching in Russian is not offered an English page."""
    if query is None:
        return []
    pages = Page.objects.live().public()
    if language:
        pages = pages.filter(locale__language_code=language)
    visible = Q(page__in=pages) | (Q(page__isnull=True) & ~Q(external_link_url=""))
    return list(query.editors_picks.filter(visible).select_related("page").order_by("sort_order", "pk"))
