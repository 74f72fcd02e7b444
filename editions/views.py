"""The public archive of sent editions; drafts and scheduled ones do not exist for readers."""

import hashlib
import hmac

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from newsletter.languages import in_reader_language

from . import composition, conf
from .delivery import report_lines
from .models import Edition

ARCHIVE_PAGE_SIZE = 50


def sent_editions():
    return Edition.objects.filter(status=Edition.Status.SENT).order_by("-started_at")


@require_GET
@in_reader_language
def archive(request):
    editions = sent_editions().only("pk", "subject", "preheader", "started_at")[:ARCHIVE_PAGE_SIZE]
    return render(request, "editions/archive.html", {"editions": editions})


@require_GET
@in_reader_language
def detail(request, pk):
    edition = get_object_or_404(sent_editions(), pk=pk)
    return render(request, "editions/detail.html", composition.context(edition, composition.base_url()))


@csrf_exempt  # the relay posts without cookies; the signature is the proof
@require_POST
def relay_report(request):
    """The relay's bounce and complaint reports: the body as `edition_bounces` reads it, signed with
    HMAC-SHA256 under EDITIONS_RELAY_SECRET in the X-Relay-Signature header (hex). Off without a secret.
    Bodies are capped like every /newsletter/ post (REQUEST_BODY_LIMITS): a relay sends a few hundred
    lines at a time."""
    secret = conf.get("EDITIONS_RELAY_SECRET")
    if not secret:
        raise Http404
    expected = hmac.new(secret.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-Relay-Signature", "")):
        return HttpResponse("Bad signature.", status=403, content_type="text/plain")
    try:
        lines = request.body.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        return HttpResponse("The body must be UTF-8 text.", status=400, content_type="text/plain")
    return JsonResponse(report_lines(lines))
