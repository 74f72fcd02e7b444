"""The view beacon: POST `id=<article id>` after a reader's page has loaded (static/popularity/js/reader.js).

It carries no credentials and changes nothing a user owns, so it is CSRF-exempt; instead it accepts only
small same-site POSTs with an exact body. It never reads the session or sets a cookie, and stores
nothing about the client beyond a short-lived hashed dedup key in the cache.
"""

import re

from django.http import HttpResponse, HttpResponseNotAllowed
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from core.clients import client_key, is_bot
from core.origins import is_cross_site

from .counters import record_view
from .visibility import countable

MAX_BODY_BYTES = 64
BODY = re.compile(rb"id=([1-9][0-9]{0,11})")
CONTENT_TYPES = {"text/plain", "application/x-www-form-urlencoded"}


def refuse(status, reason):
    return HttpResponse(reason, status=status, content_type="text/plain; charset=utf-8")


@csrf_exempt
@never_cache
def view_beacon(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if is_cross_site(request):
        return refuse(403, "Views are counted from this site's own pages only.")
    try:
        length = int(request.headers.get("Content-Length", ""))
    except ValueError:
        return refuse(411, "A Content-Length is required.")
    if length > MAX_BODY_BYTES:
        return refuse(413, "The body is too large.")
    if length > 0 and (request.content_type or "") not in CONTENT_TYPES:
        return refuse(415, "Send text/plain or application/x-www-form-urlencoded.")
    match = BODY.fullmatch(request.read(MAX_BODY_BYTES + 1).strip())
    if not match:
        return refuse(400, "The body must be id=<article id>.")
    article_id = int(match.group(1))
    if article_id not in countable:
        return refuse(404, "No published article has this id.")

    user_agent = request.headers.get("User-Agent", "")
    prefetch = request.headers.get("Sec-Purpose", request.headers.get("Purpose", ""))
    if not is_bot(user_agent) and "prefetch" not in prefetch:
        language = request.headers.get("Accept-Language", "")
        client = client_key(request, "views", extra=f"{user_agent}|{language}", day=timezone.localdate())
        record_view(article_id, client)
    return HttpResponse(status=204)
