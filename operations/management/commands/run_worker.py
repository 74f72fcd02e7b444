import logging

from django.core.management.base import BaseCommand, CommandError
from django.utils.crypto import get_random_string

from operations.health import uses_database_queue
from operations.supervisor import Supervisor, database_worker


def job_interval(value):
    name, _, seconds = value.partition("=")
    try:
        return name, float(seconds)
    except ValueError:
        raise CommandError(f"--every takes name=seconds, e.g. publish_scheduled=60, not {value!r}") from None


class Command(BaseCommand):
    help = (
        "Run the background worker: queued tasks (email, search index) and periodic jobs (scheduled "
        "publishing, view counts), surviving database outages. Run it under a process manager."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between rounds when idle.")
        parser.add_argument(
            "--every",
            action="append",
            default=[],
            metavar="JOB=SECONDS",
            help="Run a periodic job at another interval (repeatable), e.g. --every publish_scheduled=60.",
        )
        parser.add_argument(
            "--worker-id", default="", help="A unique name for this worker (default: random)."
        )

    def handle(self, *, interval, every, worker_id, **options):
        if not uses_database_queue():
            raise CommandError(
                "run_worker needs TASKS to use django_tasks_db.DatabaseBackend (production settings)."
            )
        worker = database_worker(worker_id or get_random_string(32))
        # The Worker announces every start and every empty queue at INFO; each round is one of those.
        logging.getLogger("django_tasks_db").setLevel(logging.WARNING)
        worker.configure_signals()
        Supervisor(worker, interval=interval, job_seconds=dict(map(job_interval, every))).run_forever()
