"""A worker killed (SIGKILL) in the middle of a send, then restarted: every reader gets one copy.

A real worker (`manage.py run_worker`, production settings, django-tasks-db queue in SQLite) sends
to a real SMTP server. The server kills the worker while it is handing over message 40, before
answering it; a new worker then finishes the edition.
"""

import json
import signal
import subprocess
import time

from tests.editions.smtp import SmtpServer, kill_after
from tests.servers import PYTHON, ROOT, Site

READERS = 120
KILL_AT = 40
SEED = """
import json
from editions import delivery
from editions.models import Edition, EditionArticle
from newsletter.models import Subscriber
from tests import factories
section = factories.make_section(factories.make_home(), "Opinion")
edition = Edition.objects.create(subject="Killed mid-send")
EditionArticle.objects.create(edition=edition, article=factories.make_article(section), sort_order=0)
for n in range(READERS):
    factories.make_subscriber(f"reader{n}@example.org", status=Subscriber.Status.CONFIRMED)
assert delivery.start_sending(edition.pk)
print(json.dumps(edition.pk))
"""
STATE = """
import json
from editions.models import Delivery, Edition
edition = Edition.objects.get(pk=EDITION)
print(json.dumps([edition.status, sorted(set(Delivery.objects.values_list("status", flat=True)))]))
"""


def start_worker(site, log):
    command = [PYTHON, "manage.py", "run_worker", "--interval", "0.2", "--every", "editions=0.5"]
    return subprocess.Popen(command, cwd=ROOT, env=site.env, stdout=subprocess.DEVNULL, stderr=log)


def wait(condition, seconds, what):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not within {seconds} s")
        time.sleep(0.1)


def test_a_killed_worker_is_replaced_without_duplicates_or_gaps(tmp_path, sqlite_pass_only):
    with SmtpServer() as smtp:
        env = {
            **smtp.env(),
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
            "DJANGO_SETTINGS_MODULE": "tests.editions.worker_settings",
        }
        site = Site(tmp_path / "site", env=env)
        edition_id = json.loads(site.prepare(f"READERS = {READERS}\n{SEED}"))
        with open(tmp_path / "worker.log", "w+") as log:
            first = start_worker(site, log)
            smtp.sink.on_data = kill_after(KILL_AT, lambda: first.pid, signal.SIGKILL)
            try:
                assert first.wait(timeout=60) == -signal.SIGKILL
            finally:
                if first.poll() is None:
                    first.kill()
            assert len(smtp.sink.received) == KILL_AT - 1

            smtp.sink.on_data = None
            second = start_worker(site, log)
            try:
                wait(lambda: len(smtp.sink.received) >= READERS, 60, "every message")
                state = f"EDITION = {edition_id}\n{STATE}"
                wait(lambda: json.loads(site.shell(state))[0] == "sent", 20, "the edition sent")
                rows = json.loads(site.shell(state))[1]
            finally:
                second.terminate()
                second.wait(timeout=10)
            log.seek(0)
            errors = log.read()

    counts = smtp.sink.per_recipient()
    assert len(counts) == READERS and set(counts.values()) == {1}, errors[-2000:]
    assert rows == ["sent"]
