"""What /healthz/ reports: can this process reach the database and the cache, and is the queue moving.

Only a database this process cannot reach makes the site unable to serve, so only that answers 503
(a load balancer then sends readers elsewhere). A cache outage or a stuck queue leaves pages working:
they are reported as "degraded" with 200, for an operator's monitor to alert on.
"""

import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from .models import WorkerHeartbeat

# A task waiting longer than this, or a worker silent for longer, means background work has stopped.
QUEUE_STUCK_SECONDS = 5 * 60
WORKER_SILENT_SECONDS = 2 * 60


def check_database():
    started = time.monotonic()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except (DatabaseError, InterfaceError) as error:
        return {"ok": False, "error": type(error).__name__}
    return {"ok": True, "ms": round((time.monotonic() - started) * 1000, 1)}


def check_cache():
    """Write and read back a token: a cache that fails soft (core.cache_backends) reads it back as missing."""
    token = uuid.uuid4().hex
    try:
        cache.set("healthz:probe", token, 30)
        ok = cache.get("healthz:probe") == token
    except Exception as error:  # a cache backend that raises instead of failing soft
        return {"ok": False, "error": type(error).__name__}
    return {"ok": ok} if ok else {"ok": False, "error": "unreachable"}


def uses_database_queue():
    return settings.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def check_queue(now=None):
    """Age of the oldest task waiting to run, and how long ago a worker last went round its loop."""
    if not uses_database_queue():
        return {"ok": True, "backend": "runs tasks inline"}
    now = now or timezone.now()
    try:
        oldest = (
            DBTaskResult.objects.ready().order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
        )
        seen = WorkerHeartbeat.objects.order_by("-seen_at").values_list("seen_at", flat=True).first()
    except (DatabaseError, InterfaceError) as error:
        return {"ok": False, "error": type(error).__name__}
    waiting = (now - oldest).total_seconds() if oldest else 0.0
    silent = (now - seen).total_seconds() if seen else None
    result = {
        "oldest_task_seconds": round(waiting),
        "worker_seen_seconds": None if silent is None else round(silent),
    }
    problems = []
    if waiting > QUEUE_STUCK_SECONDS:
        problems.append("tasks are waiting")
    if silent is None or silent > WORKER_SILENT_SECONDS:
        problems.append("no worker has reported")
    return {"ok": not problems, **result, **({"error": "; ".join(problems)} if problems else {})}


def health():
    """(HTTP status, report) for /healthz/."""
    checks = {"database": check_database(), "cache": check_cache()}
    checks["queue"] = (
        check_queue() if checks["database"]["ok"] else {"ok": False, "error": "database unavailable"}
    )
    if not checks["database"]["ok"]:
        return 503, {"status": "failing", "checks": checks}
    status = "ok" if all(check["ok"] for check in checks.values()) else "degraded"
    return 200, {"status": status, "checks": checks}


def forget_silent_workers(now=None):
    """Drop heartbeats of workers gone for a day, so the table holds only recent workers."""
    cutoff = (now or timezone.now()) - timedelta(days=1)
    WorkerHeartbeat.objects.filter(seen_at__lt=cutoff).delete()
