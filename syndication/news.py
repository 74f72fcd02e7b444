"""The Google News sitemap: articles published in the last 48 hours, newest first, at most 1,000, of
the request's language (each language has its own, under its prefix)."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from articles.listings import in_language
from articles.models import ArticlePage
from core.addresses import base_url, page_path
from core.models import PublicationSettings

NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000  # Google's limit per news sitemap


def recent_articles():
    since = timezone.now() - NEWS_WINDOW
    return (
        in_language(ArticlePage.objects.visible())
        .filter(published_date__gte=since)
        .select_related("locale")
        .defer_streamfields()
        .newest_first()[:NEWS_LIMIT]
    )


def news_entries(request):
    """What the template lists: link, title, language and W3C publication date of each article."""
    base = base_url(request)
    entries = []
    for article in recent_articles():
        path = page_path(article, request)
        if path is None:
            continue
        entries.append(
            {
                "location": base + path,
                "title": article.title,
                "language": article.locale.language_code,
                "published": article.published_date.replace(microsecond=0).isoformat(),
            }
        )
    return entries


def publication_name():
    return PublicationSettings.load().name or settings.WAGTAIL_SITE_NAME
