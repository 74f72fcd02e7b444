"""What happens to a subscriber: sign-up, confirmation, unsubscribe, and which email to send when.

Views call these functions; they hold the rules so that every entry point (forms, links, the
one-click POST from a mail provider) behaves the same.
"""

from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from . import throttling
from .consent import CURRENT_VERSION
from .emails import EmailKind
from .models import Subscriber, new_nonce
from .tasks import send_subscriber_email

Status = Subscriber.Status


def request_subscription(email, *, source, page="", consent_version=CURRENT_VERSION, language=None):
    """Record a sign-up for a normalised address and say which email it calls for.

    New, pending and unsubscribed addresses get a fresh consent record and (again) need to confirm;
    a confirmed address is left as it is and is only reminded that it is subscribed. `language` (the
    one the form was in) is the language of the emails the subscriber receives.
    """
    consent = {
        "consent_at": timezone.now(),
        "consent_source": source,
        "consent_page": page,
        "consent_version": consent_version,
        "language": language or settings.LANGUAGE_CODE,
    }
    with transaction.atomic():
        subscriber, created = Subscriber.objects.select_for_update().get_or_create(
            email=email, defaults={**consent, "status": Status.PENDING}
        )
        if created:
            return subscriber, EmailKind.CONFIRM
        if subscriber.status == Status.CONFIRMED:
            return subscriber, EmailKind.ALREADY_SUBSCRIBED
        for field, value in consent.items():
            setattr(subscriber, field, value)
        subscriber.status = Status.PENDING
        subscriber.save(update_fields=[*consent, "status"])
    return subscriber, EmailKind.CONFIRM


def confirm(subscriber_id, nonce):
    """Confirm the subscription a confirmation link names; None if the link no longer applies.

    Opening the same link twice is harmless: a confirmed subscriber stays confirmed.
    """
    with transaction.atomic():
        subscriber = (
            Subscriber.objects.select_for_update()
            .filter(pk=subscriber_id, token_nonce=nonce)
            .exclude(status=Status.UNSUBSCRIBED)
            .first()
        )
        if subscriber and subscriber.status == Status.PENDING:
            subscriber.status = Status.CONFIRMED
            subscriber.confirmed_at = timezone.now()
            subscriber.save(update_fields=["status", "confirmed_at"])
    return subscriber


def unsubscribe(subscriber_id):
    """Unsubscribe (idempotently); older confirmation links stop working. None if there is no such row."""
    return _stop_mailing(subscriber_id, Status.UNSUBSCRIBED)


def mark_bounced(subscriber_id):
    """The relay rejects the address for good: mail it no more (signing up again starts over)."""
    return _stop_mailing(subscriber_id, Status.BOUNCED)


def _stop_mailing(subscriber_id, status):
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(pk=subscriber_id).first()
        if subscriber and subscriber.status not in (Status.UNSUBSCRIBED, Status.BOUNCED):
            subscriber.status = status
            subscriber.unsubscribed_at = timezone.now()
            subscriber.token_nonce = new_nonce()
            subscriber.save(update_fields=["status", "unsubscribed_at", "token_nonce"])
    return subscriber


def pending_subscriber(subscriber_id, nonce):
    """The subscriber an (expired) confirmation link belongs to, if it is still waiting for it."""
    return Subscriber.objects.filter(pk=subscriber_id, token_nonce=nonce, status=Status.PENDING).first()


def send_email_later(subscriber, kind, base_url, language=None):
    """Queue the email once the transaction commits, unless this address was mailed a moment ago.

    The cooldown stops anyone from flooding one mailbox through many clients. The request never
    waits on SMTP: the task backend sends it (inline only with the immediate backend of dev/tests).
    """
    if not throttling.claim_address(subscriber.email):
        return False
    enqueue = partial(send_subscriber_email.enqueue, subscriber.pk, kind.value, base_url, language)
    transaction.on_commit(enqueue, robust=True)
    return True
