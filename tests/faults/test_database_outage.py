"""PostgreSQL stops under the site and its worker, then comes back: readers get the last copy of a
page or a short 503 with Retry-After, never a 500; the site and the worker recover without a restart,
and the scheduled article that fell due during the outage goes live through the worker.
"""

import json
import subprocess
import time

import pytest

from tests.faults.services import PostgresServer, wait_for
from tests.faults.traffic import post_form
from tests.pagecache import live
from tests.servers import PYTHON, ROOT, Site

pytestmark = pytest.mark.chaos
SCHEDULE = """
import datetime, json
from django.utils import timezone
from articles.models import ArticlePage, SectionPage
from tests import factories
section = SectionPage.objects.get(slug="opinion")
article = factories.make_article(section, title="Tariffs at the border", publish=False)
article.go_live_at = timezone.now() + datetime.timedelta(seconds={seconds})
article.save_revision().publish()
article.refresh_from_db()
print(json.dumps([article.pk, article.live, article.url_path]))
"""
TASK_STATES = """
from django_tasks_db.models import DBTaskResult
emails = DBTaskResult.objects.filter(task_path__endswith="send_subscriber_email")
print(sorted(emails.values_list("status", flat=True)))
"""


@pytest.fixture
def outage_site(tmp_path, sqlite_pass_only):
    database = PostgresServer()
    worker = site = None
    try:
        database.start()
        database.create_database("site")
        env = {
            "DATABASE_URL": database.url("site"),
            "DB_CONN_MAX_AGE": "60",
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
            "PAGE_CACHE_SECONDS": "1",  # copies go stale at once: only the outage may serve them then
        }
        site = Site(tmp_path / "site", workers=2, env=env)
        pages = live.seed(site)
        worker_log = open(tmp_path / "worker.log", "w+")  # noqa: SIM115 - read after the worker stops
        worker = subprocess.Popen(
            [PYTHON, "manage.py", "run_worker", "--interval", "0.2", "--every", "publish_scheduled=1"],
            cwd=ROOT,
            env=site.env,
            stdout=subprocess.DEVNULL,
            stderr=worker_log,
        )
        site.start()
        yield database, site, worker, worker_log, pages
    finally:
        if worker and worker.poll() is None:
            worker.terminate()
            worker.wait(timeout=10)
        if site:
            site.stop()
        database.remove()


def test_readers_and_worker_ride_out_a_database_outage(outage_site):
    database, site, worker, worker_log, pages = outage_site
    article_url = pages["edited"][1]
    scheduled_id, scheduled_live, scheduled_path = json.loads(site.shell(SCHEDULE.format(seconds=4)))
    assert not scheduled_live
    for path in ("/", article_url):
        assert site.get(path)[0] == 200  # rendered and stored

    database.stop()
    outage_started = time.monotonic()
    time.sleep(1.2)  # the stored copies are no longer fresh
    for _ in range(3):
        for path in ("/", article_url):
            status, headers, body = site.get(path)
            assert status == 200 and headers["x-cache"] == "STALE", (path, status)
        status, headers, body = site.get("/tags/ports/")  # never stored: nothing to fall back on
        assert status == 503 and headers["retry-after"] == "30"
        assert "Back in a moment" in body and "try again in about 30 seconds" in body
        status, headers, body = site.get("/healthz/")
        assert status == 503 and json.loads(body)["checks"]["database"]["ok"] is False
        status, _, body = post_form(site.port, "/newsletter/", {"email": "reader@example.org"})
        assert status == 503 and "Back in a moment" in body
    time.sleep(max(0, 5 - (time.monotonic() - outage_started)))  # the scheduled time passes meanwhile
    assert worker.poll() is None, "the worker died with the database"

    database.start()
    wait_for(lambda: site.get("/tags/ports/")[0] == 200, 15, "the site's recovery")
    assert json.loads(site.get("/healthz/")[2])["checks"]["database"]["ok"] is True
    scheduled_url = scheduled_path.removeprefix("/home")
    wait_for(lambda: site.get(scheduled_url)[0] == 200, 20, "the scheduled article going live")
    assert "Tariffs at the border" in site.get("/opinion/")[2]
    status, _, _ = post_form(site.port, "/newsletter/", {"email": "reader@example.org"})
    assert status == 302
    deadline = time.monotonic() + 15
    while (states := site.shell(TASK_STATES)) != "['SUCCESSFUL']" and time.monotonic() < deadline:
        time.sleep(0.5)
    assert states == "['SUCCESSFUL']", "the worker did not send the confirmation email"
    assert worker.poll() is None

    worker.terminate()
    worker.wait(timeout=10)
    site.stop()
    site_log = site.process.stderr.read().decode()
    worker_log.seek(0)
    worker_lines = worker_log.read()
    assert "Traceback" not in site_log and "Traceback" not in worker_lines
    # One line per kind of failure per process, not one per request (two workers, a couple of kinds).
    assert 1 <= site_log.count("database unavailable") <= 6, site_log
    assert 1 <= worker_lines.count("database unavailable") <= 3, worker_lines
    assert "database reachable again" in worker_lines
    assert scheduled_id
