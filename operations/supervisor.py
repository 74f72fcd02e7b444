"""The background worker's loop: run queued tasks and periodic jobs, and outlive database outages.

django-tasks-db's own `db_worker` exits at the first database error, which left email and search-index
updates silently stopped after a blip. Here each round runs the periodic jobs that are due (core.periodic)
then the queued tasks (django-tasks-db's Worker, in batch mode, at most `TASKS_PER_ROUND` at a time); a
database error closes the connections and waits 1, 2, 4 ... up to 30 seconds before the next round, and
the worker carries on by itself once the database answers. Every round records a heartbeat for /healthz/.
"""

import logging
import time

from django.db import DatabaseError, InterfaceError, close_old_connections, connections
from django.utils import timezone
from django_tasks_db.compat import DEFAULT_TASK_BACKEND_ALIAS, DEFAULT_TASK_QUEUE_NAME
from django_tasks_db.management.commands.db_worker import Worker

from core.errors import failure_kind, log_once_a_minute
from core.periodic import registered_jobs

from .health import forget_silent_workers
from .models import WorkerHeartbeat

logger = logging.getLogger(__name__)
TASKS_PER_ROUND = 20
MAX_BACKOFF_SECONDS = 30.0
HEARTBEAT_SECONDS = 10.0


def database_worker(worker_id):
    """django-tasks-db's Worker for the default queue, in batch rounds of at most TASKS_PER_ROUND."""
    return Worker(
        queue_names=[DEFAULT_TASK_QUEUE_NAME],
        interval=0,
        batch=True,
        backend_name=DEFAULT_TASK_BACKEND_ALIAS,
        startup_delay=False,
        max_tasks=TASKS_PER_ROUND,
        worker_id=worker_id,
        excluded_queue_names=[],
    )


class Supervisor:
    def __init__(self, worker, interval=1.0, job_seconds=None, clock=time.monotonic):
        self.worker = worker
        self.interval = interval
        self.clock = clock
        overrides = job_seconds or {}
        self.jobs = [(job, overrides.get(job.name, job.seconds)) for job in registered_jobs()]
        self.next_run = {job.name: 0.0 for job, _ in self.jobs}
        self.started_at = timezone.now()
        self.last_beat = None
        self.backoff = 0.0

    def run_forever(self):
        logger.info("worker %s started; jobs: %s", self.worker.worker_id, self.describe_jobs())
        while self.worker.running:
            try:
                self.run_round()
            except (DatabaseError, InterfaceError) as error:
                self.wait_for_database(error)
                continue
            if self.backoff:
                logger.warning("worker %s: database reachable again", self.worker.worker_id)
                self.backoff = 0.0
            time.sleep(self.interval)

    def run_round(self):
        close_old_connections()
        self.beat()
        self.run_due_jobs()
        self.worker._run_tasks = 0
        self.worker.run()  # batch mode: returns when the queue is empty or TASKS_PER_ROUND ran

    def run_due_jobs(self):
        for job, seconds in self.jobs:
            if self.clock() < self.next_run[job.name]:
                continue
            try:
                job.run()
            except (DatabaseError, InterfaceError):
                raise
            except Exception:
                logger.exception("periodic job %s failed; it runs again in %s s", job.name, seconds)
            self.next_run[job.name] = self.clock() + seconds

    def beat(self):
        now = timezone.now()
        if self.last_beat and (now - self.last_beat).total_seconds() < HEARTBEAT_SECONDS:
            return
        WorkerHeartbeat.objects.update_or_create(
            worker_id=self.worker.worker_id, defaults={"started_at": self.started_at, "seen_at": now}
        )
        if self.last_beat is None:
            forget_silent_workers(now)
        self.last_beat = now

    def wait_for_database(self, error):
        self.backoff = min(max(1.0, self.backoff * 2), MAX_BACKOFF_SECONDS)
        log_once_a_minute(
            f"worker {failure_kind(error)}",
            "worker %s: database unavailable (%s); retrying, next in %.0f s",
            self.worker.worker_id,
            failure_kind(error),
            self.backoff,
        )
        connections.close_all()
        self.last_beat = None
        time.sleep(self.backoff)

    def describe_jobs(self):
        return ", ".join(f"{job.name} every {seconds:g} s" for job, seconds in self.jobs) or "none"
