"""The sitemap files: the site's home and sections, and the articles of each month.

Built on Wagtail's sitemap (live, public pages, dated by their last publish) and Django's (files of at
most 50,000 URLs, `?p=` beyond the first), with these changes: links are on the request's host or
CANONICAL_BASE_URL rather than the Site record's; each file is a fixed number of queries whatever its
size; every page that has translations lists them all as hreflang alternates.

Articles go in one file per month of their published date, so a file's address never changes as the
archive grows and a crawler that saw last month's file need not fetch it again until something in it
changes (its lastmod in the index says when).

Each language has its own sitemaps under its prefix (/ru/sitemap.xml names /ru/sitemap-pages.xml and
/ru/sitemap-articles-….xml), which list its pages only, each with its alternates in the others;
robots.txt names every language's.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.contrib.contenttypes.models import ContentType
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.db.models import Count, Max, Q
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from articles.dating import latest
from articles.listings import in_language
from articles.models import ArticlePage, SectionPage
from core.addresses import page_path, split_base

URLS_PER_FILE = 50_000  # the sitemaps protocol's limit


class PublicPagesSitemap(Sitemap):
    limit = URLS_PER_FILE

    def __init__(self, request):
        super().__init__(request)
        self.protocol, self.domain = split_base(request)

    def get_domain(self, site=None):
        return self.domain

    def location(self, page):
        return page_path(page, self.request)

    def _urls(self, page, protocol, domain):
        # Django's: one URL per item, on our host (Wagtail's asks each page, which uses the Site record).
        urls = DjangoSitemap._urls(self, page, protocol, domain)
        languages = translations([url["item"] for url in urls])
        for url in urls:
            versions = languages.get(url["item"].translation_key, [])
            url["alternates"] = [
                {"lang_code": code, "location": f"{protocol}://{domain}{path}"}
                for code, path in sorted(self._paths(versions))
            ]
        return urls

    def _paths(self, versions):
        for page in versions:
            path = page_path(page, self.request)
            if path is not None:
                yield page.locale.language_code, path

    def get_latest_lastmod(self):
        return latest(*self._items().aggregate(*(Max(field) for field in self.date_fields)).values())

    date_fields = ("last_published_at",)


def translations(pages):
    """{translation_key: [every live, public version]} of the pages that exist in more than one language.

    One query for a file's worth of pages; a page without translations has no entry.
    """
    keys = {page.translation_key for page in pages}
    versions = Page.objects.live().public().filter(translation_key__in=keys).select_related("locale")
    grouped = {}
    for version in versions.order_by("translation_key", "locale__language_code"):
        grouped.setdefault(version.translation_key, []).append(version)
    return {key: group for key, group in grouped.items() if len(group) > 1}


class HomeAndSectionsSitemap(PublicPagesSitemap):
    """The home page and the sections of the request's language."""

    def items(self):
        root = self.get_wagtail_site().root_page
        sections = ContentType.objects.get_for_model(SectionPage)
        return (
            in_language(Page.objects.live().public())
            .filter(Q(translation_key=root.translation_key, depth=root.depth) | Q(content_type=sections))
            .select_related("locale")
            .order_by("path")
        )


def dated_articles():
    """Readers' articles in the request's language, with the date that files them under a month."""
    articles = in_language(ArticlePage.objects.visible())
    return articles.annotate(dated=Coalesce("published_date", "first_published_at"))


ARTICLE_DATES = ("last_published_at", "updated_date", "corrections__noted_at")


@dataclass
class Month:
    first_day: date
    lastmod: datetime
    count: int

    @property
    def files(self):
        return max(1, -(-self.count // ArticlesSitemap.limit))


def article_months():
    """Every month with an article readers can open, newest first, with its latest change: one query."""
    rows = (
        dated_articles()
        .annotate(month=TruncMonth("dated"))
        .values("month")
        .annotate(*(Max(field) for field in ARTICLE_DATES), count=Count("pk", distinct=True))
        .order_by("-month")
    )
    return [
        Month(
            timezone.localtime(row["month"]).date(),
            latest(*(row[f"{field}__max"] for field in ARTICLE_DATES)),
            row["count"],
        )
        for row in rows
        if row["month"] is not None
    ]


def month_bounds(year, month):
    """The aware datetimes that start this month and the next, or None if it is not a month."""
    if not (1 <= month <= 12 and 1 <= year <= 9998):
        return None
    following = (year + 1, 1) if month == 12 else (year, month + 1)
    return timezone.make_aware(datetime(year, month, 1)), timezone.make_aware(datetime(*following, 1))


class ArticlesSitemap(PublicPagesSitemap):
    """The articles of one month readers can open, newest first, dated by `ArticlePage.modified_at`."""

    date_fields = ARTICLE_DATES

    def __init__(self, request, start, end):
        super().__init__(request)
        self.start, self.end = start, end

    def items(self):
        # The same month as `dated`, written so the published_date index serves it.
        in_month = Q(published_date__gte=self.start, published_date__lt=self.end) | Q(
            published_date=None, first_published_at__gte=self.start, first_published_at__lt=self.end
        )
        return (
            in_language(ArticlePage.objects.visible())
            .filter(in_month)
            .select_related("locale")
            .defer_streamfields()
            .prefetch_related("corrections")
            .newest_first()
        )

    def lastmod(self, article):
        return article.modified_at
