"""Sending an edition through a real SMTP server: who gets it, what each message holds, failures."""

import hashlib
import hmac
import io
import re
from datetime import datetime, timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from editions import delivery
from editions.models import Delivery, Edition
from newsletter import subscriptions
from newsletter.models import Subscriber
from tests import factories
from tests.editions.conftest import confirmed

pytestmark = pytest.mark.django_db
Status = Delivery.Status


def send(edition, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert delivery.start_sending(edition.pk)
    edition.refresh_from_db()


def test_every_confirmed_subscriber_gets_one_message_and_nobody_else(
    edition, smtp, django_capture_on_commit_callbacks
):
    confirmed("a@example.org", "b@example.org", "c@example.org")
    factories.make_subscriber("pending@example.org")
    factories.make_subscriber("gone@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    send(edition, django_capture_on_commit_callbacks)

    assert smtp.sink.per_recipient() == {"a@example.org": 1, "b@example.org": 1, "c@example.org": 1}
    assert edition.status == Edition.Status.SENT and edition.finished_at
    assert sorted(edition.deliveries.values_list("status", "attempts")) == [(Status.SENT, 1)] * 3
    # A second click, or the scheduler, finds nothing to start: nobody is mailed again.
    assert not delivery.start_sending(edition.pk)
    assert len(smtp.sink.received) == 3


def test_a_sent_message_parsed_back(edition, smtp, django_capture_on_commit_callbacks):
    (reader,) = confirmed("reader@example.org")
    send(edition, django_capture_on_commit_callbacks)
    (message,) = smtp.sink.messages()

    assert message["Subject"] == "Friday: ports and tariffs"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    unsubscribe = re.fullmatch(
        r"<(http://testserver/newsletter/unsubscribe/[^/]+/)>", message["List-Unsubscribe"]
    )
    assert unsubscribe, message["List-Unsubscribe"]
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["List-Id"] == "<newsletter.testserver>"
    assert message["Message-ID"] == f"<edition-{edition.pk}.{reader.pk}@newsletter.testserver>"
    link = unsubscribe[1]
    assert link in text and f'href="{link}"' in html
    # Absolute links straight to the articles; no pixel, no redirect through a tracker.
    hrefs = re.findall(r'(?:href|src)="([^"]+)"', html)
    assert hrefs and all(h.startswith("http://testserver/") for h in hrefs)
    assert 'href="http://testserver/about/"' in html
    assert "<img" not in html  # the test articles have no image: nothing else is an image
    assert '<html lang="en" dir="ltr">' in html and 'name="color-scheme"' in html
    assert "Our pick." in text and "Who pays at the crossing." in text  # blurb, then the standfirst
    assert "Good morning. Read about us & more." in text
    assert "Two pieces worth your weekend" in html

    # The link in the message unsubscribes with one POST, as a mail provider's button does.
    assert Client().post(link.removeprefix("http://testserver")).status_code == 200
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.UNSUBSCRIBED


def test_who_unsubscribes_while_an_edition_goes_out_gets_nothing_more(
    edition, smtp, django_capture_on_commit_callbacks
):
    stays, leaves = confirmed("stays@example.org", "leaves@example.org")
    with django_capture_on_commit_callbacks(execute=False):  # the rows are written, no task runs yet
        delivery.start_sending(edition.pk)
    subscriptions.unsubscribe(leaves.pk)
    delivery.deliver_edition.call(edition.pk)

    assert smtp.sink.per_recipient() == {"stays@example.org": 1}
    assert edition.deliveries.get(subscriber=leaves).status == Status.SKIPPED
    # Someone who confirms after the send began is not part of it.
    assert edition.deliveries.count() == 2


def test_a_permanent_rejection_marks_the_address_bounced(edition, smtp, django_capture_on_commit_callbacks):
    good, bad = confirmed("good@example.org", "bad@example.org")
    smtp.sink.refuse["bad@example.org"] = "550 5.1.1 No such mailbox"
    send(edition, django_capture_on_commit_callbacks)

    assert smtp.sink.per_recipient() == {"good@example.org": 1}
    row = edition.deliveries.get(subscriber=bad)
    assert (row.status, row.attempts) == (Status.BOUNCED, 1) and "550" in row.error
    bad.refresh_from_db()
    assert bad.status == Subscriber.Status.BOUNCED
    assert edition.status == Edition.Status.SENT


def test_a_temporary_failure_is_retried_later_with_backoff(
    edition, smtp, settings, django_capture_on_commit_callbacks
):
    settings.EDITIONS_RETRY_SECONDS = 60
    (busy,) = confirmed("busy@example.org")
    smtp.sink.refuse["busy@example.org"] = "451 4.7.1 Try again later"
    send(edition, django_capture_on_commit_callbacks)

    row = edition.deliveries.get()
    assert (row.status, row.attempts) == (Status.QUEUED, 1) and "451" in row.error
    assert row.next_attempt_at > timezone.now() + timedelta(seconds=50)
    assert edition.status == Edition.Status.SENDING
    delivery.run_due_editions()  # not due yet: nothing is tried
    assert smtp.sink.received == [] and edition.deliveries.get().attempts == 1

    with time_machine.travel(timedelta(minutes=2)):
        with django_capture_on_commit_callbacks(execute=True):
            delivery.run_due_editions()  # queues a task; still refused: the wait doubles
        row.refresh_from_db()
        assert row.attempts == 2 and row.next_attempt_at > timezone.now() + timedelta(seconds=110)

    del smtp.sink.refuse["busy@example.org"]
    with time_machine.travel(timedelta(minutes=7)), django_capture_on_commit_callbacks(execute=True):
        delivery.run_due_editions()
    assert smtp.sink.per_recipient() == {"busy@example.org": 1}
    edition.refresh_from_db()
    assert edition.deliveries.get().status == Status.SENT and edition.status == Edition.Status.SENT


def test_a_temporary_failure_gives_up_after_the_last_attempt(
    edition, smtp, settings, django_capture_on_commit_callbacks
):
    settings.EDITIONS_MAX_ATTEMPTS = 1
    confirmed("busy@example.org")
    smtp.sink.refuse["busy@example.org"] = "421 4.3.2 Service not available"
    send(edition, django_capture_on_commit_callbacks)
    assert edition.deliveries.get().status == Status.FAILED
    assert edition.status == Edition.Status.SENT


def test_the_relay_reports_bounces_and_complaints(db):
    bounced, complained, kept = confirmed("b@example.org", "c@example.org", "k@example.org")
    out = io.StringIO()
    reports = "bounce B@example.org\ncomplaint c@example.org\nbounce nobody@example.org\nnonsense\n"
    call_command("edition_bounces", stdin=io.StringIO(reports), stdout=out)

    assert out.getvalue().strip() == "2 recorded, 1 unknown, 1 ignored"
    statuses = dict(Subscriber.objects.values_list("email", "status"))
    assert statuses == {
        "b@example.org": "bounced",
        "c@example.org": "unsubscribed",
        "k@example.org": "confirmed",
    }


def test_the_relay_posts_signed_reports(client, settings):
    bounced, kept = confirmed("b@example.org", "k@example.org")
    body = b"bounce b@example.org\ncomplaint nobody@example.org\n"
    url = "/newsletter/editions/relay-reports/"
    settings.EDITIONS_RELAY_SECRET = ""
    assert client.post(url, body, content_type="text/plain").status_code == 404  # off without a secret
    settings.EDITIONS_RELAY_SECRET = "relay-secret"
    signature = hmac.new(b"relay-secret", body, hashlib.sha256).hexdigest()
    forged = client.post(url, body, content_type="text/plain", headers={"X-Relay-Signature": "0" * 64})
    assert forged.status_code == 403
    assert client.get(url).status_code == 405
    bad = b"\xff\xfe"
    bad_signature = hmac.new(b"relay-secret", bad, hashlib.sha256).hexdigest()
    undecodable = client.post(
        url, bad, content_type="text/plain", headers={"X-Relay-Signature": bad_signature}
    )
    assert undecodable.status_code == 400
    response = client.post(url, body, content_type="text/plain", headers={"X-Relay-Signature": signature})
    assert response.json() == {"recorded": 1, "unknown": 1, "ignored": 0}
    bounced.refresh_from_db()
    kept.refresh_from_db()
    assert (bounced.status, kept.status) == ("bounced", "confirmed")


def test_a_scheduled_edition_goes_out_when_due_and_not_before(
    edition, smtp, django_capture_on_commit_callbacks
):
    confirmed("a@example.org")
    Edition.objects.filter(pk=edition.pk).update(
        status=Edition.Status.SCHEDULED, send_at=timezone.now() + timedelta(hours=1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        delivery.run_due_editions()
    assert smtp.sink.received == []
    with time_machine.travel(timedelta(hours=1, seconds=1)), django_capture_on_commit_callbacks(execute=True):
        delivery.run_due_editions()
    edition.refresh_from_db()
    assert edition.status == Edition.Status.SENT
    assert smtp.sink.per_recipient() == {"a@example.org": 1}


def test_the_rate_setting_paces_a_batch(edition, smtp, settings, django_capture_on_commit_callbacks):
    settings.EDITIONS_MESSAGES_PER_SECOND = 20
    confirmed(*(f"r{n}@example.org" for n in range(5)))
    started = timezone.now()
    send(edition, django_capture_on_commit_callbacks)
    assert (timezone.now() - started).total_seconds() >= 4 / 20
    assert len(smtp.sink.received) == 5


def test_a_weekly_edition_drafts_next_week_for_approval(
    edition, smtp, settings, django_capture_on_commit_callbacks
):
    settings.TIME_ZONE = "Asia/Baku"
    friday_seven = timezone.make_aware(datetime(2026, 12, 4, 7, 0))
    Edition.objects.filter(pk=edition.pk).update(
        status=Edition.Status.SCHEDULED, send_at=friday_seven, repeats_weekly=True, fill="newest"
    )
    with time_machine.travel(friday_seven), django_capture_on_commit_callbacks(execute=True):
        delivery.run_due_editions()
    following = Edition.objects.exclude(pk=edition.pk).get()
    assert following.status == Edition.Status.DRAFT and following.repeats_weekly
    assert timezone.localtime(following.send_at).strftime("%A %H:%M %d") == "Friday 07:00 11"
    assert (following.subject, following.fill, following.items.count()) == (edition.subject, "newest", 0)
