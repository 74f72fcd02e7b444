"""Caps on request bodies, checked from the headers before anything reads a byte of the body.

A newsletter form posts a few hundred bytes and the view beacon about fifteen; a 300 MB post to either
is a mistake or an attack, and reading it would hold a worker while it arrives. Each path prefix has its
cap in `REQUEST_BODY_LIMITS` (the longest matching prefix decides). A declared Content-Length above the
cap is answered 413 at once; a body sent without a declared length (chunked) is answered 411, because
Django reads no body without a Content-Length, so the view would silently see an empty form.
deploy/nginx.conf sets the same caps one step earlier.
"""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.csp import CSP, build_policy


def limit_for(path):
    """The cap of the longest prefix in REQUEST_BODY_LIMITS that the path starts with (None: no cap)."""
    limits = settings.REQUEST_BODY_LIMITS
    matching = [prefix for prefix in limits if path.startswith(prefix)]
    return limits[max(matching, key=len)] if matching else None


def refuse(request, status, limit):
    """A reader's browser gets a short page in the site's shell; a script (the beacon) an empty answer."""
    if "text/html" not in request.headers.get("Accept", ""):
        return HttpResponse(status=status, content_type="text/plain; charset=utf-8")
    html = render_to_string("edge/refused.html", {"status": status, "limit": limit}, request=request)
    response = HttpResponse(html, status=status)
    # Answered above the CSP middleware, so the page carries the readers' policy itself.
    response[CSP.HEADER_ENFORCE] = build_policy(settings.SECURE_CSP)
    return response


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        declared = request.META.get("CONTENT_LENGTH", "")
        limit = limit_for(request.path_info)
        if declared.isdigit():
            if limit is not None and int(declared) > limit:
                return refuse(request, 413, limit)
        elif not declared and "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower():
            return refuse(request, 411, limit)
        # A Content-Length that is not a number: Django reads no body then either, and the view decides.
        return self.get_response(request)
