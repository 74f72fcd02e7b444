"""The edition's admin page: the preview exactly as mailed, a test send, sending and scheduling.

Anyone who may edit editions may preview them and send themselves a test; sending to subscribers
and scheduling need the "Can send newsletters" permission (editions.send_edition).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import mailers
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from newsletter.models import Subscriber

from . import composition, delivery
from .models import SEND_PERMISSION, Edition

EDIT_PERMISSION = "editions.change_edition"


def _edition(request, pk):
    if not request.user.has_perm(EDIT_PERMISSION):
        raise PermissionDenied
    return get_object_or_404(Edition, pk=pk)


def _require_sender(request):
    if not request.user.has_perm(SEND_PERMISSION):
        raise PermissionDenied


def _edition_to_send(request, pk):
    """The edition a sender asks to send or schedule, or None (the editor told why) if it has no article."""
    edition = _edition(request, pk)
    _require_sender(request)
    if composition.entries(edition):
        return edition
    messages.error(request, "The edition has no article yet: choose some, or pick an automatic list.")
    return None


def preview_email(edition, user):
    """The message as the editor would get it as a subscriber (their own row, or a stand-in)."""
    subscriber = Subscriber.objects.filter(email__iexact=user.email).first() or Subscriber(
        pk=0, email=user.email
    )
    return composition.message(composition.render(edition), subscriber, to=user.email or "editor@invalid")


def overview(request, pk):
    edition = _edition(request, pk)
    email = preview_email(edition, request.user)
    context = {
        "edition": edition,
        "text_part": email.body,
        "headers": email.extra_headers,
        "counts": delivery.delivery_counts(edition),
        "can_send": request.user.has_perm(SEND_PERMISSION),
        "edit_url": reverse("wagtailsnippets_editions_edition:edit", args=[edition.pk]),
    }
    return TemplateResponse(request, "editions/admin/overview.html", context)


def preview_html(request, pk):
    edition = _edition(request, pk)
    html = preview_email(edition, request.user).alternatives[0].content
    return HttpResponse(html, content_type="text/html; charset=utf-8")


@require_POST
def test_send(request, pk):
    edition = _edition(request, pk)
    if not request.user.email:
        messages.error(request, "Your account has no email address to send the test to.")
        return redirect("editions_overview", pk)
    email = preview_email(edition, request.user)
    email.subject = f"[Test] {email.subject}"
    try:
        mailers.default.send_messages([email])
    except OSError as error:
        messages.error(request, f"The test could not be sent: {error}")
    else:
        messages.success(request, f"A test was sent to {request.user.email}.")
    return redirect("editions_overview", pk)


@require_POST
def send_now(request, pk):
    edition = _edition_to_send(request, pk)
    if edition is None:
        pass
    elif delivery.start_sending(edition.pk):
        messages.success(request, f"“{edition}” is being sent to every confirmed subscriber.")
    else:
        messages.warning(request, f"“{edition}” is already being sent or was sent.")
    return redirect("editions_overview", pk)


@require_POST
def schedule(request, pk):
    edition = _edition_to_send(request, pk)
    if edition is None:
        pass
    elif not edition.send_at or edition.send_at <= timezone.now():
        messages.error(request, "Set a sending time in the future first (edit the edition).")
    elif Edition.objects.filter(pk=pk, status=Edition.Status.DRAFT).update(
        status=Edition.Status.SCHEDULED, scheduled_by=request.user
    ):
        when = timezone.localtime(edition.send_at).strftime("%A %d %B %Y, %H:%M %Z")
        messages.success(request, f"“{edition}” will be sent on {when}.")
    else:
        messages.warning(request, "Only a draft can be scheduled.")
    return redirect("editions_overview", pk)


@require_POST
def unschedule(request, pk):
    _edition(request, pk)
    _require_sender(request)
    Edition.objects.filter(pk=pk, status=Edition.Status.SCHEDULED).update(status=Edition.Status.DRAFT)
    messages.success(request, "The edition is a draft again.")
    return redirect("editions_overview", pk)
