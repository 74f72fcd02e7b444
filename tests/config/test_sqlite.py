"""SQLite as the site configures it: WAL, so a preview reads while an autosave writes, and IMMEDIATE
transactions with a busy timeout, so a read-then-write transaction waits for another writer instead of
failing with "database is locked".

One process with the production settings on a database file of its own; two threads, each with its own
connection: "autosave" holds a write transaction open for HOLD seconds while "preview" reads, then reads
and writes in a transaction of its own.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOLD = 1.0
SCRIPT = """
import json, sys, threading, time
import django
django.setup()
from django.db import connection, connections, transaction

HOLD = float(sys.argv[1])


def query(sql, *params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


query("CREATE TABLE revision (id INTEGER PRIMARY KEY, body TEXT)")
query("INSERT INTO revision (body) VALUES ('first draft')")
journal_mode = query("PRAGMA journal_mode")[0][0]
holding, errors, seen = threading.Event(), [], {}


def autosave():
    try:
        with transaction.atomic():
            query("UPDATE revision SET body = 'autosaved' WHERE id = 1")
            holding.set()
            time.sleep(HOLD)
    except Exception as error:
        errors.append(f"autosave: {error}")
    finally:
        holding.set()
        connections.close_all()


def preview():
    holding.wait()
    try:
        started = time.monotonic()
        seen["read"] = query("SELECT body FROM revision WHERE id = 1")[0][0]
        seen["read_seconds"] = time.monotonic() - started
        with transaction.atomic():
            body = query("SELECT body FROM revision WHERE id = 1")[0][0]
            query("INSERT INTO revision (body) VALUES (%s)", body + " + preview")
    except Exception as error:
        errors.append(f"preview: {error}")
    finally:
        connections.close_all()


threads = [threading.Thread(target=autosave), threading.Thread(target=preview)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
rows = [body for (body,) in query("SELECT body FROM revision ORDER BY id")]
print(json.dumps({"journal_mode": journal_mode, "errors": errors, "rows": rows, **seen}))
"""


@pytest.fixture(scope="module")
def run(sqlite_pass_only, tmp_path_factory):
    folder = tmp_path_factory.mktemp("sqlite")
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="sqlite-test",
        DATABASE_URL=f"sqlite:///{folder / 'site.sqlite3'}",
        CACHE_DIR=str(folder / "cache"),
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(HOLD)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_sqlite_file_is_in_wal_mode(run):
    assert run["journal_mode"] == "wal"


def test_autosave_and_preview_both_succeed_while_the_other_writes(run):
    assert run["errors"] == []
    # The preview read the last committed text at once, without waiting for the autosave to finish...
    assert run["read"] == "first draft"
    assert run["read_seconds"] < HOLD / 2
    # ...and its own write waited for the autosave, then built on what it had saved.
    assert run["rows"] == ["autosaved", "autosaved + preview"]
