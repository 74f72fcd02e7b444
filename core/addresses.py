"""The scheme and host every absolute link of the feeds, sitemaps, robots.txt and head tags is built on."""

from urllib.parse import urlsplit

from django.conf import settings


def base_url(request):
    """CANONICAL_BASE_URL when set (e.g. https://news.example.org), else the host the request came to."""
    return getattr(settings, "CANONICAL_BASE_URL", "") or f"{request.scheme}://{request.get_host()}"


def page_path(page, request):
    """The page's path on its site (with its language prefix), whatever host the Site record names."""
    parts = page.get_url_parts(request)
    return parts[2] if parts else None


def split_base(request):
    """(scheme, host) of `base_url`, as Django's sitemaps want them."""
    parts = urlsplit(base_url(request))
    return parts.scheme, parts.netloc
