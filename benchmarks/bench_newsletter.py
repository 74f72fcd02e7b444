"""Sending one edition to 10,000 confirmed subscribers through a real SMTP server on this machine.

The site runs as in production: SQLite (a throw-away copy under /tmp), the production settings, the
django-tasks-db queue and `manage.py run_worker` processes (NEWSLETTER_WORKERS, default 2). The bench
starts an aiosmtpd server of its own on a loopback port, seeds the subscribers and an edition of six
articles, starts the send as the admin's "Send now" does, and times it until the server has accepted
every message. It prints messages per second, duplicates and missing recipients (both must be 0)
and the peak memory of each worker (their log: /tmp/bench_newsletter/workers.log).
Goal: all 10,000 within 5 minutes.
"""

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from tests.editions.smtp import SmtpServer
from tests.servers import PYTHON, ROOT, Site

SUBSCRIBERS = int(os.environ.get("NEWSLETTER_SUBSCRIBERS", "10000"))
WORKERS = int(os.environ.get("NEWSLETTER_WORKERS", "2"))
GOAL_SECONDS = 5 * 60
FOLDER = Path("/tmp/bench_newsletter")
SEED = """
from django.utils import timezone
from editions.models import Edition, EditionArticle
from newsletter.models import Subscriber
from tests import factories
section = factories.make_section(factories.make_home(), "Opinion")
edition = Edition.objects.create(subject="The week in review", preheader="Six pieces", intro="<p>Hello.</p>")
for n in range(6):
    EditionArticle.objects.create(edition=edition, article=factories.make_article(section), sort_order=n)
now = timezone.now()
Subscriber.objects.bulk_create(
    [Subscriber(email=f"reader{n}@example.org", status="confirmed", consent_at=now, confirmed_at=now,
                consent_version="1") for n in range(SUBSCRIBERS)],
    batch_size=2000,
)
print(edition.pk)
"""
START = """
import time
from editions import delivery
started = time.perf_counter()
assert delivery.start_sending(EDITION)
print(round(time.perf_counter() - started, 2))
"""
STATE = """
import json
from django.db.models import Count
from editions.models import Delivery, Edition
rows = dict(Delivery.objects.values_list("status").annotate(n=Count("pk")))
print(json.dumps([Edition.objects.get(pk=EDITION).status, rows]))
"""


def peak_rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main():
    with SmtpServer(keep_content=False) as smtp:
        env = {**smtp.env(), "TASKS_BACKEND": "django_tasks_db.DatabaseBackend", "LOG_LEVEL": "WARNING"}
        site = Site(FOLDER, env=env)
        subprocess.run(["rm", "-rf", str(FOLDER)], check=True)
        edition = int(site.prepare(f"SUBSCRIBERS = {SUBSCRIBERS}\n{SEED}"))
        command = [PYTHON, "manage.py", "run_worker", "--interval", "0.2"]
        log = open(FOLDER / "workers.log", "w")  # noqa: SIM115 - closed with the workers
        workers = [
            subprocess.Popen(command, cwd=ROOT, env=site.env, stdout=subprocess.DEVNULL, stderr=log)
            for _ in range(WORKERS)
        ]
        try:
            started = time.perf_counter()
            queue_seconds = float(site.shell(f"EDITION = {edition}\n{START}"))
            while len(smtp.sink.received) < SUBSCRIBERS and time.perf_counter() - started < GOAL_SECONDS * 2:
                time.sleep(0.2)
            seconds = time.perf_counter() - started
            time.sleep(1)  # anything sent twice would arrive now
            status, rows = json.loads(site.shell(f"EDITION = {edition}\n{STATE}"))
            peaks = [peak_rss_mb(worker.pid) for worker in workers]
        finally:
            for worker in workers:
                worker.terminate()
                worker.wait(timeout=30)
            log.close()
        counts = smtp.sink.per_recipient()

    duplicates = sum(n - 1 for n in counts.values())
    missing = SUBSCRIBERS - len(counts)
    rate = len(smtp.sink.received) / seconds
    sink_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"subscribers {SUBSCRIBERS}, workers {WORKERS}, SMTP server aiosmtpd on 127.0.0.1:{smtp.port}")
    print(f"queued the deliveries in {queue_seconds:.2f} s (inside the total)")
    print(f"sent {len(smtp.sink.received)} messages in {seconds:.1f} s: {rate:.0f} messages/s")
    print(f"duplicates {duplicates}, missing {missing}; edition {status}, deliveries {rows}")
    print(
        "peak memory per worker: "
        + ", ".join(f"{mb:.0f} MB" for mb in peaks)
        + f"; bench + SMTP {sink_mb:.0f} MB"
    )
    ok = duplicates == 0 and missing == 0 and seconds < GOAL_SECONDS and status == "sent"
    verdict = "met" if ok else "MISSED"
    print(f"goal (all {SUBSCRIBERS} within {GOAL_SECONDS} s, no duplicate, none missing): {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
