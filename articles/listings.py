"""Article listings that every page shares: each runs a fixed number of queries.

Everything here is `live().public()`: drafts, scheduled and view-restricted pages never appear.
"""

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import F, Prefetch, Window
from django.db.models.functions import Length, RowNumber, Substr
from wagtail.images import get_image_model

from .models import ArticlePage, ArticlePageAuthor, SectionPage

ARTICLES_PER_PAGE = 12
CARD_IMAGE_SPEC = "fill-640x360"
LATEST_CACHE_KEY = "furniture:latest"
NAV_CACHE_KEY = "furniture:sections"
LATEST_COUNT = 6
ARTICLES_PER_HOME_SECTION = 4
# The home page ranks only the newest articles of the whole archive, so its cost does not grow with
# the archive; a section with nothing among them has been quiet for a long time.
HOME_RECENT_WINDOW = 500


def paginate(request, queryset, per_page=ARTICLES_PER_PAGE):
    """Any ?page= value is safe: not a number gives page 1, past the end gives the last page."""
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    page.object_list = attach_sections(list(page.object_list))
    return page


def bylines_prefetch():
    return Prefetch(
        "article_authors",
        queryset=ArticlePageAuthor.objects.select_related("author").order_by("sort_order"),
    )


def article_listing(queryset):
    """Live, public articles, newest first, with bylines and card images prefetched."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=CARD_IMAGE_SPEC)
    return (
        queryset.live()
        .public()
        .defer_streamfields()
        .select_related("listing_image", "hero_image")
        .prefetch_related(
            bylines_prefetch(),
            Prefetch("listing_image__renditions", queryset=renditions),
            Prefetch("hero_image__renditions", queryset=renditions),
        )
        .order_by(F("published_date").desc(nulls_last=True), "-pk")
    )


def sections_by_path():
    return {section.path: section for section in SectionPage.objects.live().public()}


def attach_sections(articles, sections=None):
    """Give each article its `section` (its parent) from one query instead of one per article."""
    sections = sections_by_path() if sections is None else sections
    for article in articles:
        article.section = sections.get(article.path[: -ArticlePage.steplen])
    return articles


def home_page_listings(home):
    """The lead article and the newest few articles of every section, in a fixed number of queries."""
    sections = sections_by_path()
    parent_path = Substr("path", 1, Length("path") - ArticlePage.steplen)
    articles = ArticlePage.objects.descendant_of(home)
    cutoff = (
        articles.live()
        .public()
        .exclude(published_date=None)
        .order_by("-published_date")
        .values_list("published_date", flat=True)[HOME_RECENT_WINDOW - 1 : HOME_RECENT_WINDOW]
        .first()
    )
    if cutoff:
        articles = articles.filter(published_date__gte=cutoff)
    ranked = article_listing(articles).annotate(
        section_rank=Window(
            RowNumber(),
            partition_by=[parent_path],
            order_by=[F("published_date").desc(nulls_last=True), F("pk").desc()],
        )
    )
    newest = attach_sections(list(ranked.filter(section_rank__lte=ARTICLES_PER_HOME_SECTION)), sections)
    newest.sort(key=lambda a: a.published_date or a.first_published_at, reverse=True)
    lead = newest[0] if newest else None
    if home.lead_article_id:
        chosen = article_listing(ArticlePage.objects.filter(pk=home.lead_article_id)).first()
        if chosen:
            lead = attach_sections([chosen], sections)[0]
    by_section = []
    for section in sorted(sections.values(), key=lambda s: s.path):
        articles = [a for a in newest if a.section is section and a is not lead]
        if articles:
            by_section.append((section, articles))
    return {"lead_article": lead, "sections_with_articles": by_section}


def article_page_context(page, request=None):
    """What an article page shows beyond its own fields, in a fixed number of queries."""
    from home.ads import ad_for, in_article_ads
    from home.models import PublicationSettings

    from .article_extras import article_extras

    bylines = [link.author for link in page.article_authors.select_related("author", "author__photo")]
    section = page.get_parent()
    related_count = PublicationSettings.load(request_or_site=request).related_posts_count
    return {
        "bylines": bylines,
        "article_tags": list(page.tags.all()),
        "section": section,
        "in_article_ads": in_article_ads(list(page.body.raw_data)),
        "article_end_ad": ad_for("article_end"),
        **article_extras(page, section, bylines, related_count),
    }


def latest_articles():
    """The LATEST list: cached, and cleared as soon as any article is published or unpublished."""
    items = cache.get(LATEST_CACHE_KEY)
    if items is None:
        articles = ArticlePage.objects.live().public().defer_streamfields()
        articles = articles.order_by(F("published_date").desc(nulls_last=True), "-pk")[:LATEST_COUNT]
        items = [{"title": a.display_title, "url": a.get_url(), "date": a.display_date} for a in articles]
        cache.set(LATEST_CACHE_KEY, items, 60 * 60)
    return items


def section_navigation():
    items = cache.get(NAV_CACHE_KEY)
    if items is None:
        sections = SectionPage.objects.live().public().in_menu().order_by("path")
        items = [{"title": s.title, "url": s.get_url()} for s in sections]
        cache.set(NAV_CACHE_KEY, items, 60 * 60)
    return items


def clear_furniture_cache():
    cache.delete_many([LATEST_CACHE_KEY, NAV_CACHE_KEY])
