"""Reader-facing newsletter pages: sign-up, confirmation, new links and unsubscribe.

Whatever the address (new, pending, confirmed, unsubscribed, or a bot's), a valid sign-up ends on
the same "check your inbox" page, so the form never tells anyone who is subscribed.
"""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.origins import is_cross_site

from . import conf, subscriptions, throttling
from .emails import EmailKind
from .forms import SignupForm
from .languages import in_reader_language, with_language
from .models import Subscriber
from .tokens import LinkExpired, LinkInvalid, read_confirm_token, read_unsubscribe_token


def _base_url(request):
    return conf.get("NEWSLETTER_BASE_URL") or f"{request.scheme}://{request.get_host()}"


def _too_many_attempts(request):
    """A plain page without database work, so a flood costs the site next to nothing."""
    window = conf.get("NEWSLETTER_RATE_WINDOW")
    response = render(request, "newsletter/too_many_attempts.html", {"minutes": -(-window // 60)}, status=429)
    response["Retry-After"] = str(window)
    return response


def _cross_site(request):
    return render(request, "newsletter/cross_site.html", status=403)


def _check_inbox():
    return redirect(with_language(reverse("newsletter:check_inbox")))


def _link_problem(request, problem, status, token=""):
    context = {"problem": problem, "token": token, "confirm_hours": conf.confirm_hours()}
    return render(request, "newsletter/link_problem.html", context, status=status)


# The sign-up and resend forms carry no CSRF token (a cookie on every page would make pages uncacheable);
# they take nothing but an address, and refuse posts that a browser marks as coming from another site.
@never_cache
@csrf_exempt
@require_http_methods(["GET", "POST"])
@in_reader_language
def signup(request):
    if request.method == "GET":
        return render(request, "newsletter/signup.html", {"form": None})
    if is_cross_site(request):
        return _cross_site(request)
    if not throttling.allow_attempt(request):
        return _too_many_attempts(request)
    form = SignupForm(request.POST)
    if form.filled_by_bot:
        return _check_inbox()
    if not form.is_valid():
        return render(request, "newsletter/signup.html", {"form": form}, status=400)
    data = form.cleaned_data
    subscriber, email_kind = subscriptions.request_subscription(
        data["email"],
        source=data["source"],
        page=data["page"],
        consent_version=data["consent_version"],
        language=get_language(),
    )
    subscriptions.send_email_later(subscriber, email_kind, _base_url(request), get_language())
    return _check_inbox()


@require_GET
@in_reader_language
def check_inbox(request):
    return render(request, "newsletter/check_inbox.html", {"confirm_hours": conf.confirm_hours()})


@never_cache
@require_GET
@in_reader_language
def confirm(request, token):
    """Opening the emailed link confirms the address; bad or stale links get a way to a fresh one."""
    try:
        payload = read_confirm_token(token)
    except LinkExpired:
        return _link_problem(request, "expired", 410, token=token)
    except LinkInvalid:
        return _link_problem(request, "invalid", 400)
    subscriber = subscriptions.confirm(payload["id"], payload.get("n"))
    if subscriber is None:
        return _link_problem(request, "stale", 400)
    return render(request, "newsletter/confirmed.html")


@never_cache
@csrf_exempt
@require_POST
@in_reader_language
def resend(request):
    """A new confirmation email for the address an expired link belongs to, if it is still pending."""
    if is_cross_site(request):
        return _cross_site(request)
    if not throttling.allow_attempt(request):
        return _too_many_attempts(request)
    try:
        payload = read_confirm_token(request.POST.get("token", ""), allow_expired=True)
    except LinkInvalid:
        return _link_problem(request, "invalid", 400)
    subscriber = subscriptions.pending_subscriber(payload["id"], payload.get("n"))
    if subscriber:
        subscriptions.send_email_later(subscriber, EmailKind.CONFIRM, _base_url(request), get_language())
    return _check_inbox()


@never_cache
@csrf_exempt  # RFC 8058: mail providers POST here without cookies; the signed token is the proof.
@require_http_methods(["GET", "POST"])
@in_reader_language
def unsubscribe(request, token):
    """GET only asks (link scanners prefetch links); POST, from the button or a mail provider, acts."""
    try:
        payload = read_unsubscribe_token(token)
    except LinkInvalid:
        return _link_problem(request, "unsubscribe_invalid", 400)
    if request.method == "POST":
        subscriber = subscriptions.unsubscribe(payload["id"])
        return render(request, "newsletter/unsubscribe.html", {"done": True, "subscriber": subscriber})
    subscriber = Subscriber.objects.filter(pk=payload["id"]).first()
    done = subscriber is None or subscriber.status == Subscriber.Status.UNSUBSCRIBED
    return render(request, "newsletter/unsubscribe.html", {"done": done, "subscriber": subscriber})
