"""Same-site checks for the few endpoints that take POSTs from anonymous readers without a CSRF cookie.

The view beacon and the newsletter forms carry no credentials, and a CSRF cookie on every page would
make every page uncacheable. Browsers say where a request comes from (Sec-Fetch-Site, Origin); a
request that a browser marks as coming from another site is refused. Clients that send neither header
are not browsers, so they cannot be tricked into posting on a reader's behalf.
"""

from urllib.parse import urlsplit

from django.conf import settings

SAME_SITE = {"same-origin", "same-site", "none"}


def is_cross_site(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site not in SAME_SITE:
        return True
    origin = request.headers.get("Origin")
    if not origin or origin == "null":
        return False
    if origin in getattr(settings, "CSRF_TRUSTED_ORIGINS", ()):
        return False
    return urlsplit(origin).netloc != request.get_host()
