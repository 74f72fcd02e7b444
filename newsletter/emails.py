"""The emails a subscriber receives; each one carries a one-click unsubscribe link and headers."""

import email.policy
from email.headerregistry import HeaderRegistry, UnstructuredHeader

from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import models
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.languages import known, site_language
from core.models import PublicationSettings

from . import conf
from .languages import with_language
from .tokens import make_confirm_token, make_unsubscribe_token


class EmailKind(models.TextChoices):
    CONFIRM = "confirm", _("Please confirm your subscription")
    ALREADY_SUBSCRIBED = "already_subscribed", _("You are already subscribed")


class UnfoldedHeader(UnstructuredHeader):
    """Written on one line as given (within RFC 5322's 998 characters).

    The email package would otherwise fold a long URL into RFC 2047 encoded-words, which mail
    providers do not decode in List-Unsubscribe, so the one-click button would never appear.
    """

    def fold(self, *, policy):
        return f"{self.name}: {self}{policy.linesep}"


LIST_HEADERS = HeaderRegistry()
LIST_HEADERS.map_to_type("list-unsubscribe", UnfoldedHeader)
LIST_HEADERS.map_to_type("list-unsubscribe-post", UnfoldedHeader)


class ListHeadersMixin:
    """Writes the list headers unfolded (see UnfoldedHeader)."""

    def message(self, *, policy=email.policy.default):
        return super().message(policy=policy.clone(header_factory=LIST_HEADERS))


class NewsletterEmail(ListHeadersMixin, EmailMessage):
    """A plain-text newsletter email (confirm, already subscribed)."""


class NewsletterMultipartEmail(ListHeadersMixin, EmailMultiAlternatives):
    """A newsletter email with an HTML alternative (an edition)."""


def unsubscribe_headers(unsubscribe_url):
    """RFC 2369 and RFC 8058 headers: mail programs show an Unsubscribe button that POSTs to the link."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def unsubscribe_url(subscriber, base_url):
    """The subscriber's own one-click unsubscribe link (it never expires), in the active language."""
    path = reverse("newsletter:unsubscribe", args=[make_unsubscribe_token(subscriber)])
    return base_url.rstrip("/") + with_language(path)


def build_message(subscriber, kind, base_url, language=None):
    """The email in `language` (by default the subscriber's own), its links opening pages in it too."""
    with translation.override(known(language) or site_language(subscriber.language)):
        return _message(subscriber, kind, base_url.rstrip("/"))


def _message(subscriber, kind, base_url):
    unsubscribe_link = unsubscribe_url(subscriber, base_url)
    publication = PublicationSettings.load().name
    context = {
        "publication": publication,
        "unsubscribe_url": unsubscribe_link,
        "home_url": base_url + reverse("wagtail_serve", args=[""]),
        "confirm_hours": conf.confirm_hours(),
    }
    if kind == EmailKind.CONFIRM:
        context["confirm_url"] = base_url + with_language(
            reverse("newsletter:confirm", args=[make_confirm_token(subscriber)])
        )
    return NewsletterEmail(
        subject=f"{publication}: {kind.label}",
        body=render_to_string(f"newsletter/emails/{kind.value}.txt", context),
        to=[subscriber.email],
        headers=unsubscribe_headers(unsubscribe_link),
    )
