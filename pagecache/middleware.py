"""Serve anonymous readers a shared copy of a page, and tell proxies and CDNs they may do the same.

Placed right after WhiteNoise: a stored page is answered before sessions, authentication and CSRF
run, so a hit costs two cache reads. Conditional requests (If-None-Match, If-Modified-Since) get 304.
"""

import hashlib
import time
from email.utils import parsedate_to_datetime

from django.conf import settings
from django.utils.cache import get_conditional_response

from . import policy, store


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not policy.request_is_shareable(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES and "Cache-Control" not in response:
                policy.mark_private(response)  # an editor's page (user bar, previews) stays theirs
            return response
        stored = store.load(request)
        if stored is not None and stored.fresh:
            response = stored.response
            response["X-Cache"] = "HIT"
        else:
            response = self.get_response(request)
            if stored is not None and getattr(response, "database_unavailable", False):
                response = stored.response  # the last copy beats a "try again later" page
                response["X-Cache"] = "STALE"
            elif policy.response_is_shareable(request, response):
                self.share(request, response)
            else:
                return response
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=_timestamp(response), response=response
        )

    @staticmethod
    def share(request, response):
        policy.mark_shareable(response, time.time())
        response["ETag"] = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
        if request.method == "GET":
            store.save(request, response)
        response["X-Cache"] = "MISS"


def _timestamp(response):
    return int(parsedate_to_datetime(response["Last-Modified"]).timestamp())
