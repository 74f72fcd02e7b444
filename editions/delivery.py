"""Sending an edition: one delivery row per confirmed subscriber, each claimed and mailed exactly once.

Starting a send moves the edition to "sending" with one conditional UPDATE (a second click, or the
scheduler at the same moment, finds nothing to move) and writes a queued row for every subscriber
confirmed at that moment; the unique (edition, subscriber) constraint makes a second row impossible.

Delivery tasks then take queued rows one at a time with `UPDATE ... WHERE id = ? AND status =
'queued'`: whichever worker's UPDATE changes the row owns it, so two workers never mail one reader.
Each row is marked sent as soon as the relay accepts it. A worker killed mid-send leaves at most the
one row it was sending in "sending"; after EDITIONS_CLAIM_TIMEOUT the periodic job queues that row
again and queues new delivery tasks, so the send resumes where it stopped and skips nobody. (If the
kill fell between the relay's "250 OK" and our write, that one reader gets the message twice, with
the same Message-ID so that mail programs can drop it; no protocol can close that gap.)
"""

import logging
import smtplib
import time
from datetime import timedelta

from django.core.mail import mailers
from django.db import transaction
from django.db.models import Count, F, Q
from django.tasks import task
from django.utils import timezone

from newsletter import subscriptions
from newsletter.models import Subscriber, normalise_email

from . import composition, conf
from .models import Delivery, Edition

logger = logging.getLogger(__name__)
Status = Delivery.Status
EditionStatus = Edition.Status
INSERT_CHUNK = 2000


def start_sending(edition_id):
    """Begin sending a draft or scheduled edition now; False if it is already under way or sent."""
    with transaction.atomic():
        started = Edition.objects.filter(
            pk=edition_id, status__in=[EditionStatus.DRAFT, EditionStatus.SCHEDULED]
        ).update(status=EditionStatus.SENDING, started_at=timezone.now(), kicked_at=timezone.now())
        if not started:
            return False
        edition = Edition.objects.get(pk=edition_id)
        composition.freeze_articles(edition)
        edition.draft_next_week()
        confirmed = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).order_by("pk")
        ids = confirmed.values_list("pk", flat=True).iterator(chunk_size=INSERT_CHUNK)
        rows = (Delivery(edition_id=edition_id, subscriber_id=pk) for pk in ids)
        while chunk := [row for _, row in zip(range(INSERT_CHUNK), rows, strict=False)]:
            Delivery.objects.bulk_create(chunk, ignore_conflicts=True)
        transaction.on_commit(lambda: queue_delivery_tasks(edition_id), robust=True)
    return True


def queue_delivery_tasks(edition_id):
    for lane in range(conf.get("EDITIONS_PARALLEL_TASKS")):
        deliver_edition.enqueue(edition_id, lane)


@task
def deliver_edition(edition_id, lane=0):
    """Mail the edition's due queued rows in batches; several of these may run at once."""
    return Sender(edition_id, lane).run()


class Sender:
    """One worker's share of a send: one SMTP connection per batch, paced by EDITIONS_MESSAGES_PER_SECOND."""

    def __init__(self, edition_id, lane=0):
        self.edition = Edition.objects.filter(pk=edition_id).first()
        self.lane = lane
        self.rate = conf.get("EDITIONS_MESSAGES_PER_SECOND")
        self.sent = 0

    def run(self):
        if self.edition is None or self.edition.status != EditionStatus.SENDING:
            return 0
        self.site_url = composition.base_url()
        self.rendered = {}  # per language, each rendered once for the whole send
        self.started = time.monotonic()
        while batch := self.due_rows():
            with mailers.default as connection:
                for delivery_id, subscriber_id in batch:
                    self.pace()  # before the claim: a claimed row is never left waiting
                    if self.claim(delivery_id):
                        self.deliver(connection, delivery_id, subscriber_id)
        finish_if_done(self.edition.pk)
        return self.sent

    def due_rows(self):
        """The next batch of queued rows that are due; odd lanes work from the other end."""
        now = timezone.now()
        rows = Delivery.objects.filter(edition=self.edition, status=Status.QUEUED).filter(
            Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
        )
        order = "-pk" if self.lane % 2 else "pk"
        return list(
            rows.order_by(order).values_list("pk", "subscriber_id")[: conf.get("EDITIONS_BATCH_SIZE")]
        )

    def claim(self, delivery_id):
        """Whether this worker now owns the row (the UPDATE that changed it wins)."""
        return Delivery.objects.filter(pk=delivery_id, status=Status.QUEUED).update(
            status=Status.SENDING, claimed_at=timezone.now(), attempts=F("attempts") + 1
        )

    def deliver(self, connection, delivery_id, subscriber_id):
        subscriber = (
            Subscriber.objects.filter(pk=subscriber_id).only("pk", "email", "status", "language").first()
        )
        row = Delivery.objects.filter(pk=delivery_id)
        if subscriber is None or subscriber.status != Subscriber.Status.CONFIRMED:
            row.update(status=Status.SKIPPED)
            return
        email = composition.message(self.rendered_in(subscriber.language), subscriber, site_url=self.site_url)
        email.extra_headers["Message-ID"] = edition_message_id(self.edition.pk, subscriber.pk)
        try:
            connection.send_messages([email])
        except OSError as error:  # smtplib's errors included
            self.failed(row, subscriber, error)
            connection.close()  # the next message opens a fresh connection
            return
        row.update(status=Status.SENT, sent_at=timezone.now(), error="")
        self.sent += 1

    def rendered_in(self, language):
        if language not in self.rendered:
            self.rendered[language] = composition.render(self.edition, self.site_url, language)
        return self.rendered[language]

    def pace(self):
        if self.rate:
            wait = self.started + self.sent / self.rate - time.monotonic()
            if wait > 0:
                time.sleep(wait)

    def failed(self, row, subscriber, error):
        code = smtp_code(error)
        summary = f"{code or ''} {error}".strip()[:300]
        if code and code >= 500:  # permanent
            row.update(status=Status.BOUNCED, error=summary)
            subscriptions.mark_bounced(subscriber.pk)
            return
        attempts = row.values_list("attempts", flat=True).first()
        if attempts >= conf.get("EDITIONS_MAX_ATTEMPTS"):
            row.update(status=Status.FAILED, error=summary)
            return
        delay = conf.get("EDITIONS_RETRY_SECONDS") * 2 ** (attempts - 1)
        row.update(
            status=Status.QUEUED, next_attempt_at=timezone.now() + timedelta(seconds=delay), error=summary
        )
        logger.info(
            "edition %s: temporary failure for subscriber %s, retry in %s s",
            self.edition.pk,
            subscriber.pk,
            delay,
        )


def smtp_code(error):
    """The reply code of a rejection of this message or address; None for anything else.

    A refused sender or failed login is the relay's problem with us, never a reason to call a
    reader's address bounced: those, like a broken connection, are retried.
    """
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return max((code for code, _ in error.recipients.values()), default=None)
    if isinstance(error, smtplib.SMTPDataError):
        return error.smtp_code
    return None


def edition_message_id(edition_id, subscriber_id):
    """The same for every attempt at one reader's copy, so a rare resend can be recognised."""
    return f"<edition-{edition_id}.{subscriber_id}@{composition.list_id()}>"


def finish_if_done(edition_id):
    """Mark the edition sent once no row is left queued or being sent."""
    pending = Delivery.objects.filter(edition_id=edition_id, status__in=[Status.QUEUED, Status.SENDING])
    if not pending.exists():
        Edition.objects.filter(pk=edition_id, status=EditionStatus.SENDING).update(
            status=EditionStatus.SENT, finished_at=timezone.now()
        )


def run_due_editions():
    """The worker's periodic job: start scheduled editions that are due, resume unfinished sends."""
    now = timezone.now()
    due = Edition.objects.filter(status=EditionStatus.SCHEDULED, send_at__lte=now).values_list(
        "pk", flat=True
    )
    for edition_id in list(due):
        start_sending(edition_id)
    stale = now - timedelta(seconds=conf.get("EDITIONS_CLAIM_TIMEOUT"))
    for edition_id in Edition.objects.filter(status=EditionStatus.SENDING).values_list("pk", flat=True):
        Delivery.objects.filter(edition_id=edition_id, status=Status.SENDING, claimed_at__lt=stale).update(
            status=Status.QUEUED
        )
        resume(edition_id, now)


def resume(edition_id, now):
    """Queue delivery tasks again when due rows wait and no task was queued recently."""
    due = Delivery.objects.filter(edition_id=edition_id, status=Status.QUEUED).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )
    if not due.exists():
        finish_if_done(edition_id)
        return
    recently = now - timedelta(seconds=conf.get("EDITIONS_KICK_SECONDS"))
    kicked = Edition.objects.filter(pk=edition_id).filter(
        Q(kicked_at__isnull=True) | Q(kicked_at__lt=recently)
    )
    if kicked.update(kicked_at=now):
        transaction.on_commit(lambda: queue_delivery_tasks(edition_id), robust=True)


def delivery_counts(edition):
    """{status: count} for every delivery status, zero included."""
    found = dict(edition.deliveries.order_by().values_list("status").annotate(n=Count("pk")))
    return [(label, found.get(value, 0)) for value, label in Status.choices]


REPORT_KINDS = ("bounce", "complaint")


def report_lines(lines):
    """Record lines of "bounce ADDRESS" or "complaint ADDRESS"; counts of recorded, unknown, ignored."""
    counts = {"recorded": 0, "unknown": 0, "ignored": 0}
    for line in lines:
        kind, _, address = line.strip().partition(" ")
        if kind.lower() in REPORT_KINDS and address.strip():
            counts["recorded" if report(address.strip(), kind.lower()) else "unknown"] += 1
        elif line.strip():
            counts["ignored"] += 1
    return counts


def report(address, kind):
    """The relay reports a bounce or a complaint: the address is mailed no more. False if unknown."""
    subscriber = Subscriber.objects.filter(email=normalise_email(address)).first()
    if subscriber is None:
        return False
    if kind == "bounce":
        subscriptions.mark_bounced(subscriber.pk)
    else:
        subscriptions.unsubscribe(subscriber.pk)
    return True
