"""/healthz/: what a load balancer and an operator read about the database, the cache and the queue."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from newsletter.tasks import send_subscriber_email
from operations.models import WorkerHeartbeat
from tests.servers import DEAD_REDIS

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def report(client):
    response = client.get("/healthz/")
    assert response["Cache-Control"].startswith("max-age=0") and "no-store" in response["Cache-Control"]
    return response.status_code, response.json()


@pytest.mark.django_db
def test_all_well_with_inline_tasks(client):
    status, body = report(client)
    assert status == 200 and body["status"] == "ok"
    assert body["checks"]["database"]["ok"] and body["checks"]["cache"]["ok"]


@pytest.mark.django_db(transaction=True)
def test_a_silent_worker_and_a_waiting_task_are_degraded_not_down(client):
    with override_settings(TASKS=DATABASE_TASKS):
        status, body = report(client)
        assert status == 200 and body["status"] == "degraded"
        assert body["checks"]["queue"]["error"] == "no worker has reported"

        now = timezone.now()
        WorkerHeartbeat.objects.create(worker_id="w1", started_at=now, seen_at=now)
        send_subscriber_email.enqueue(1, "confirm", "http://testserver")
        assert report(client)[1]["status"] == "ok"

        DBTaskResult.objects.update(enqueued_at=now - datetime.timedelta(minutes=6))
        status, body = report(client)
        assert status == 200 and body["status"] == "degraded"
        assert body["checks"]["queue"]["error"] == "tasks are waiting"
        assert body["checks"]["queue"]["oldest_task_seconds"] >= 360


@pytest.mark.django_db
def test_an_unreachable_cache_is_reported(client):
    with override_settings(CACHES=DEAD_REDIS):
        status, body = report(client)
    assert status == 200 and body["status"] == "degraded"
    assert body["checks"]["cache"] == {"ok": False, "error": "unreachable"}
