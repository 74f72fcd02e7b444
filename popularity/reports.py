"""The "Most read" admin report: views per article over the last 1, 7 or 30 days."""

import django_filters
from django.urls import reverse
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from articles.models import ArticlePage

from .lists import POPULAR_DAYS, REPORT_WINDOWS, most_read

WINDOW_LABELS = {1: "Last 24 hours (today)", 7: "Last 7 days", 30: "Last 30 days"}


class MostReadFilterSet(WagtailFilterSet):
    days = django_filters.ChoiceFilter(
        label="Window",
        choices=[(str(days), WINDOW_LABELS[days]) for days in REPORT_WINDOWS],
        empty_label=None,
        method="keep_queryset",
    )

    class Meta:
        model = ArticlePage
        fields = []

    def keep_queryset(self, queryset, name, value):
        return queryset  # the window is applied by the view, which annotates the totals


class MostReadView(ReportView):
    page_title = "Most read"
    header_icon = "view"
    index_url_name = "most_read_report"
    index_results_url_name = "most_read_report_results"
    filterset_class = MostReadFilterSet
    columns = [
        TitleColumn(
            "title", label="Article", get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk])
        ),
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
        return WINDOW_LABELS[self.window_days]

    def get_base_queryset(self):
        articles = ArticlePage.objects.defer_streamfields().annotate_approved_schedule()
        return most_read(self.window_days, articles)
