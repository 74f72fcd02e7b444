"""Reading the counts: the Popular Articles list and the admin's Most read report.

The per-day rows outlive a deleted article (models.py). What readers see joins live, public pages, so a
deleted article never appears there; totals and the report read the rows themselves and keep counting it.
"""

from datetime import timedelta

from django.db.models import Sum
from django.utils import timezone

from articles.generation import cached
from articles.listings import in_language
from articles.models import NEWEST_FIRST, ArticlePage
from core.languages import active_language

from .models import ArticleDailyViews

POPULAR_CACHE_SECONDS = 5 * 60
POPULAR_COUNT = 5
POPULAR_DAYS = 7
REPORT_WINDOWS = (1, 7, 30)


def window_start(days, today=None):
    return (today or timezone.localdate()) - timedelta(days=days - 1)


def views_in_window(days):
    return ArticleDailyViews.objects.filter(day__gte=window_start(days))


def views_per_article(days):
    """{article_id, recent_views} over the last `days` days, most read first, deleted articles too."""
    return (
        views_in_window(days)
        .values("article_id")
        .annotate(recent_views=Sum("views"))
        .order_by("-recent_views", "-article_id")
    )


def total_views(days):
    """Every view of the last `days` days, whether or not its article still exists."""
    return views_in_window(days).aggregate(total=Sum("views"))["total"] or 0


def most_read(days, queryset=None):
    """Articles with their views over the last `days` days (today included), most read first."""
    queryset = ArticlePage.objects.all() if queryset is None else queryset
    return (
        queryset.filter(daily_views__day__gte=window_start(days))
        .annotate(recent_views=Sum("daily_views__views"))
        .order_by("-recent_views", *NEWEST_FIRST)
    )


def popular_articles(days=POPULAR_DAYS, limit=POPULAR_COUNT):
    """The Popular Articles list: live, public articles in the reader's language only (each version
    counts its own readers), cached, forgotten on any visibility change."""
    language = active_language()

    def build():
        visible = in_language(ArticlePage.objects.visible(), language).defer_streamfields()
        articles = most_read(days, visible)[:limit]
        return [
            {"title": a.display_title, "url": a.get_url(), "views": a.recent_views, "date": a.display_date}
            for a in articles
        ]

    return cached(f"popular:{language}:{days}:{limit}", build, POPULAR_CACHE_SECONDS)
