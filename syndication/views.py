"""/sitemap.xml (an index), its sections, /news-sitemap.xml and /robots.txt.

Each file is kept under the visibility generation (articles.generation), so a publish, unpublish,
move, delete or privacy change forgets every copy at once; copies are per base URL, since the links
are absolute. A page number that is not one (`?p=junk`, `?p=0`, past the last) is a 404.
"""

from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_safe

from articles.generation import cached

from .addresses import base_url
from .news import news_entries, publication_name
from .sitemaps import SECTIONS

XML = "application/xml"
NEWS_SECONDS = 10 * 60  # the 48-hour window moves on even when nothing is published
# Not for search engines: the admin, search results, the newsletter's forms and links, the beacon and
# uploaded documents (which may sit in private collections).
DISALLOWED = ("/admin/", "/search/", "/newsletter/", "/_/", "/documents/")


def cached_file(request, name, build, **kwargs):
    return cached(f"syndication:{base_url(request)}:{name}", build, **kwargs)


@require_safe
@x_robots_tag
def index(request):
    def build():
        base = base_url(request)
        entries = []
        for section, sitemap_class in SECTIONS.items():
            sitemap = sitemap_class(request)
            location = base + reverse("syndication:sitemap-section", args=[section])
            lastmod = sitemap.get_latest_lastmod()
            entries.append(SitemapIndexItem(location, lastmod))
            entries.extend(
                SitemapIndexItem(f"{location}?p={number}", lastmod)
                for number in range(2, sitemap.paginator.num_pages + 1)
            )
        return render_to_string("sitemap_index.xml", {"sitemaps": entries})

    return HttpResponse(cached_file(request, "index", build), content_type=XML)


@require_safe
@x_robots_tag
def section(request, section):
    if section not in SECTIONS:
        raise Http404("No such sitemap")
    number = request.GET.get("p", "1")

    def build():
        sitemaps = {section: SECTIONS[section](request)}
        response = django_sitemap(request, sitemaps, section=section, content_type=XML)
        return response.render().content, response.get("Last-Modified")

    content, last_modified = cached_file(request, f"{section}:{number}", build)
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
    context = {"base": base_url(request), "disallowed": DISALLOWED}
    return HttpResponse(render_to_string("syndication/robots.txt", context), content_type="text/plain")
