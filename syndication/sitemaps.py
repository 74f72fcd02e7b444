"""The sitemap sections: the site's home and sections, and its articles.

Built on Wagtail's sitemap (live, public pages, dated by their last publish) and Django's (pages of
at most 50,000 URLs, `?p=` beyond the first), with two changes: links are on the request's host or
CANONICAL_BASE_URL rather than the Site record's, and each section is one query whatever its size.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.db.models import Max, Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from articles.dating import latest
from articles.models import ArticlePage, SectionPage

from .addresses import page_path, split_base

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

    # Django's: one URL per item, on our host (Wagtail's asks each page, which uses the Site record).
    _urls = DjangoSitemap._urls

    def get_latest_lastmod(self):
        return latest(*self._items().aggregate(*(Max(field) for field in self.date_fields)).values())

    date_fields = ("last_published_at",)


class HomeAndSectionsSitemap(PublicPagesSitemap):
    """The home page (in every language) and the sections."""

    def items(self):
        root = self.get_wagtail_site().root_page
        sections = ContentType.objects.get_for_model(SectionPage)
        return (
            Page.objects.live()
            .public()
            .filter(Q(translation_key=root.translation_key, depth=root.depth) | Q(content_type=sections))
            .order_by("path")
        )


class ArticlesSitemap(PublicPagesSitemap):
    """Every article readers can open, newest first, dated by `ArticlePage.modified_at`."""

    date_fields = ("last_published_at", "updated_date", "corrections__noted_at")

    def items(self):
        return (
            ArticlePage.objects.visible().defer_streamfields().prefetch_related("corrections").newest_first()
        )

    def lastmod(self, article):
        return article.modified_at


SECTIONS = {"pages": HomeAndSectionsSitemap, "articles": ArticlesSitemap}
