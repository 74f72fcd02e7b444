"""Which requests and responses may be shared between readers, and the headers that say so.

A page is shared only when nothing about it belongs to one reader: an anonymous GET (no session cookie,
so no editor, no preview and no user bar), on a reader-facing path, with no query string that is not
pagination or tracking, answered 200 by a view that did not ask for privacy and setting no cookie.
Everything else passes through untouched. A page behind a view restriction is never shared: Wagtail
answers an anonymous reader with its login redirect or its password form (which sets a CSRF cookie),
and an admitted reader has a session.
"""

from email.utils import formatdate

from django.conf import settings
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path

# Paths that are never shared: the admin and previews, search results (personal, and noindex), the
# newsletter's forms and links, the beacon, uploaded documents, media and static files (served apart).
PRIVATE_PREFIXES = ("/admin/", "/search/", "/newsletter/", "/_/", "/documents/", "/media/", "/static/")
# Query parameters that change what a page shows; anything else but tracking makes a request private.
CONTENT_PARAMETERS = frozenset({"page"})
TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMETERS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "ref"})
PRIVATE_DIRECTIVES = ("private", "no-store", "no-cache")


def conf(name):
    return getattr(settings, name, DEFAULTS[name])


DEFAULTS = {
    # How long browsers, proxies and CDNs may keep a page, and serve it stale while they fetch a new one
    # (together the longest a page that no purge reached can lag), or while the site is failing.
    "PAGE_CACHE_MAX_AGE": 30,
    "PAGE_CACHE_STALE_WHILE_REVALIDATE": 30,
    "PAGE_CACHE_STALE_IF_ERROR": 24 * 60 * 60,
    # How long the server-side copy lives (0: none is kept); every publish, unpublish, move, delete or
    # privacy change forgets all copies at once, so this only bounds how late an ad's start or end shows.
    "PAGE_CACHE_SECONDS": 60,
    # How much longer a copy is kept, to be served only while the database is unavailable.
    "PAGE_CACHE_OUTAGE_SECONDS": 60 * 60,
    # The cache alias that holds the copies: shared by every worker (Redis, or files in production).
    "PAGE_CACHE_ALIAS": "default",
}


def content_query(request):
    """The content-changing part of the query string, normalised, or None when the request is private."""
    kept = []
    for name in sorted(request.GET):
        if name in CONTENT_PARAMETERS:
            kept.append((name, request.GET.get(name, "")))
        elif not (name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)):
            return None
    return "&".join(f"{name}={value}" for name, value in kept)


def language_of(request):
    """The language the address asks for: its prefix (/ru/, /az/), else the default language.

    The language is in the path alone (LocaleMiddleware reads no cookie or Accept-Language for an
    address without a prefix, since the default language has none), so it is part of the copy's key.
    """
    return get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def request_is_shareable(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(PRIVATE_PREFIXES)
        and content_query(request) is not None
    )


def response_is_shareable(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(directive in cache_control for directive in PRIVATE_DIRECTIVES)
        and not getattr(request, "is_preview", False)
    )


def mark_shareable(response, stored_at):
    """Headers of a page every reader may share: public, short-lived, revalidated by ETag or date."""
    patch_cache_control(
        response,
        public=True,
        max_age=conf("PAGE_CACHE_MAX_AGE"),
        stale_while_revalidate=conf("PAGE_CACHE_STALE_WHILE_REVALIDATE"),
        stale_if_error=conf("PAGE_CACHE_STALE_IF_ERROR"),
    )
    response["Last-Modified"] = formatdate(stored_at, usegmt=True)
    # Shared pages are the same whatever the cookies or languages the browser sends: the language is in
    # the path, and a session cookie sends the request past the cache altogether.
    vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    vary = [v for v in vary if v.lower() not in ("cookie", "accept-language")]
    if vary:
        response["Vary"] = ", ".join(vary)
    elif "Vary" in response:
        del response["Vary"]
    return response


def mark_private(response):
    """A response for one reader: never stored by a proxy, and kept apart per cookie."""
    patch_cache_control(response, private=True, no_cache=True)
    return response
