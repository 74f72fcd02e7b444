"""/sitemap.xml (an index), its files (pages, and articles by month), /news-sitemap.xml and /robots.txt.

Each file is kept under the visibility generation (articles.generation), so a publish, unpublish,
move, delete or privacy change forgets every copy at once; copies are per base URL, since the links
are absolute, and per language, each having its own files under its prefix.
A page number that is not one (`?p=junk`, `?p=0`, past the last) is a 404.
"""

from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from articles.generation import cached
from core.addresses import base_url
from core.languages import active_language, site_languages

from .news import news_entries, publication_name
from .sitemaps import ArticlesSitemap, HomeAndSectionsSitemap, article_months, month_bounds

XML = "application/xml"
NEWS_SECONDS = 10 * 60  # the 48-hour window moves on even when nothing is published
# Not for search engines: the admin, search results, the newsletter's forms and links, the beacon and
# uploaded documents (which may sit in private collections).
DISALLOWED = ("/admin/", "/search/", "/newsletter/", "/_/", "/documents/")


def cached_file(request, name, build, **kwargs):
    return cached(f"syndication:{base_url(request)}:{active_language()}:{name}", build, **kwargs)


def numbered(location, lastmod, files):
    """The index entries of a sitemap file and of its numbered continuations (`?p=2` on)."""
    yield SitemapIndexItem(location, lastmod)
    for number in range(2, files + 1):
        yield SitemapIndexItem(f"{location}?p={number}", lastmod)


@require_safe
@x_robots_tag
def index(request):
    def build():
        base = base_url(request)
        pages = HomeAndSectionsSitemap(request)
        location = base + reverse("syndication:sitemap-pages")
        entries = list(numbered(location, pages.get_latest_lastmod(), pages.paginator.num_pages))
        for month in article_months():
            day = month.first_day
            location = base + reverse("syndication:sitemap-articles", args=[day.year, f"{day.month:02}"])
            entries.extend(numbered(location, month.lastmod, month.files))
        return render_to_string("sitemap_index.xml", {"sitemaps": entries})

    return HttpResponse(cached_file(request, "index", build), content_type=XML)


@require_safe
@x_robots_tag
def pages(request):
    return sitemap_file(request, "pages", HomeAndSectionsSitemap(request))


@require_safe
@x_robots_tag
def articles(request, year, month):
    bounds = month_bounds(int(year), int(month))
    if bounds is None:
        raise Http404("No such month")
    return sitemap_file(request, f"articles-{year}-{month}", ArticlesSitemap(request, *bounds))


def sitemap_file(request, name, sitemap):
    """One sitemap file (page `?p=`), kept with its Last-Modified; an empty one is not found."""
    number = request.GET.get("p", "1")
    if not number.isdecimal():
        raise Http404("No such page")
    number = str(int(number))  # ?p=001 is ?p=1, not another copy

    def build():
        response = django_sitemap(request, {name: sitemap}, section=name, content_type=XML)
        if not response.context_data["urlset"]:
            raise Http404("Nothing in this sitemap")
        return response.render().content, response.get("Last-Modified")

    content, last_modified = cached_file(request, f"{name}:{number}", build)
    response = HttpResponse(content, content_type=XML)
    if last_modified:
        response["Last-Modified"] = last_modified
    return response


@require_safe
@x_robots_tag
def news_sitemap(request):
    def build():
        context = {"entries": news_entries(request), "publication_name": publication_name()}
        return render_to_string("syndication/news_sitemap.xml", context)

    return HttpResponse(cached_file(request, "news", build, seconds=NEWS_SECONDS), content_type=XML)


@require_safe
def robots(request):
    sitemaps = []
    for code in site_languages():
        with translation.override(code):
            sitemaps += [reverse("syndication:sitemap"), reverse("syndication:news-sitemap")]
    context = {"base": base_url(request), "disallowed": DISALLOWED, "sitemaps": sitemaps}
    return HttpResponse(render_to_string("syndication/robots.txt", context), content_type="text/plain")
