"""Editors' picks from wagtail.contrib.search_promotions, and the log behind the search terms report."""

from django.db.models import Q
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page


def logged_query(text):
    """The search_promotions Query row for this text (created on first use)."""
    return Query.get(text)


def editors_picks(query):
    """Promotions for this query whose page is live and public (or that link elsewhere), in order."""
    if query is None:
        return []
    visible = Q(page__in=Page.objects.live().public()) | (Q(page__isnull=True) & ~Q(external_link_url=""))
    return list(query.editors_picks.filter(visible).select_related("page").order_by("sort_order", "pk"))
