"""The "Most read" admin report: views per article over the last 1, 7 or 30 days.

It lists the view rows themselves, so an article deleted since still shows with its views (as
"Deleted article", with the title Wagtail logged when it was deleted) and the totals stay true.
"""

from dataclasses import dataclass
from datetime import datetime

import django_filters
from django.urls import reverse
from django.utils.formats import number_format
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import PageLogEntry

from articles.models import ArticlePage

from .lists import POPULAR_DAYS, REPORT_WINDOWS, total_views, views_per_article
from .models import ArticleDailyViews

WINDOW_LABELS = {1: "Last 24 hours (today)", 7: "Last 7 days", 30: "Last 30 days"}
DELETED_STATUS = "deleted"


@dataclass
class MostReadRow:
    title: str
    edit_url: str | None
    status_string: str
    published_date: datetime | None
    recent_views: int


def report_rows(counts):
    """One row per {article_id, recent_views}, in the same order; three queries however many rows."""
    counts = list(counts)
    ids = [count["article_id"] for count in counts]
    articles = ArticlePage.objects.filter(pk__in=ids).defer_streamfields().annotate_approved_schedule()
    found = {article.pk: article for article in articles}
    missing = [pk for pk in ids if pk not in found]
    deleted_titles = dict(
        PageLogEntry.objects.filter(page_id__in=missing, action="wagtail.delete").values_list(
            "page_id", "label"
        )
        if missing
        else ()
    )
    rows = []
    for count in counts:
        article = found.get(count["article_id"])
        if article is None:
            title = deleted_titles.get(count["article_id"])
            rows.append(
                MostReadRow(
                    title=f"Deleted article: {title}"
                    if title
                    else f"Deleted article (id {count['article_id']})",
                    edit_url=None,
                    status_string=DELETED_STATUS,
                    published_date=None,
                    recent_views=count["recent_views"],
                )
            )
        else:
            rows.append(
                MostReadRow(
                    title=article.title,
                    edit_url=reverse("wagtailadmin_pages:edit", args=[article.pk]),
                    status_string=article.status_string,
                    published_date=article.published_date,
                    recent_views=count["recent_views"],
                )
            )
    return rows


class MostReadFilterSet(WagtailFilterSet):
    days = django_filters.ChoiceFilter(
        label="Window",
        choices=[(str(days), WINDOW_LABELS[days]) for days in REPORT_WINDOWS],
        empty_label=None,
        method="keep_queryset",
    )

    class Meta:
        model = ArticleDailyViews
        fields = []

    def keep_queryset(self, queryset, name, value):
        return queryset  # the window is applied by the view, which sums the views


class MostReadView(ReportView):
    page_title = "Most read"
    header_icon = "view"
    index_url_name = "most_read_report"
    index_results_url_name = "most_read_report_results"
    filterset_class = MostReadFilterSet
    columns = [
        TitleColumn("title", label="Article", get_url=lambda row: row.edit_url),
        Column("status_string", label="Status"),
        DateColumn("published_date", label="Published"),
        NumberColumn("recent_views", label="Views"),
    ]
    list_export = ["title", "status_string", "published_date", "recent_views"]
    export_headings = {"status_string": "Status", "published_date": "Published", "recent_views": "Views"}

    @property
    def window_days(self):
        filters = self.filters
        if filters is not None and filters.is_valid() and filters.form.cleaned_data.get("days"):
            return int(filters.form.cleaned_data["days"])
        return POPULAR_DAYS

    def get_page_subtitle(self):
        total = number_format(total_views(self.window_days), force_grouping=True)
        return f"{WINDOW_LABELS[self.window_days]}: {total} views in all"

    def get_base_queryset(self):
        return views_per_article(self.window_days)

    def paginate_queryset(self, queryset, page_size):
        """The table shows the page's rows, so they become report rows here (an export is not paged)."""
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = report_rows(object_list)
        return paginator, page, page.object_list, is_paginated

    def decorate_paginated_queryset(self, object_list):
        return report_rows(object_list) if self.is_export else object_list
