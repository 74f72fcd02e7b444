"""The supervised worker: one round publishes what fell due, runs queued email and reports itself."""

import datetime
import time

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from newsletter.subscriptions import request_subscription
from newsletter.tasks import send_subscriber_email
from operations.models import WorkerHeartbeat
from operations.supervisor import Supervisor, database_worker
from tests import factories

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def supervisor():
    return Supervisor(database_worker("test-worker"))


@pytest.mark.django_db(transaction=True)
def test_one_round_publishes_due_pages_and_sends_queued_email(client, section):
    article = factories.make_article(section, title="Ferry timetables", publish=False)
    article.go_live_at = timezone.now() + datetime.timedelta(seconds=1)
    article.save_revision().publish()  # scheduled: not live yet
    assert client.get(f"/opinion/{article.slug}/").status_code == 404
    time.sleep(1.1)  # the scheduled moment comes
    subscriber, _ = request_subscription("reader@example.org", source="footer")

    with override_settings(TASKS=DATABASE_TASKS):
        send_subscriber_email.enqueue(subscriber.pk, "confirm", "http://testserver")
        supervisor().run_round()

    article.refresh_from_db()
    assert article.live
    assert "Ferry timetables" in client.get("/opinion/").content.decode()
    # The email, and the tasks that the publish queued (pages are re-indexed at once: search/indexing.py).
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}
    assert mail.outbox[0].to == ["reader@example.org"]
    assert WorkerHeartbeat.objects.get().worker_id == "test-worker"


def test_the_worker_runs_every_registered_job():
    jobs = {job.name: seconds for job, seconds in supervisor().jobs}
    assert jobs == {"publish_scheduled": 60, "flush_views": 10, "editions": 30}
