"""`make run` and `load_demo` refuse any database but a local development one, before touching it."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from demo.guard import database_label, environment_database, refusal
from tests.servers import free_port

ROOT = Path(__file__).resolve().parents[2]


def production_database_url():
    """A PostgreSQL URL on a loopback port where nothing listens: any attempt to connect would fail
    with a connection error instead of the refusal, so the refusal proves nothing was touched."""
    return f"postgres://editor:secret@127.0.0.1:{free_port()}/newsroom"


def environment(**changes):
    env = {name: value for name, value in os.environ.items() if name not in {"DJANGO_SETTINGS_MODULE"}}
    env.pop("ALLOW_DEMO_ON", None)
    return {**env, **changes}


def test_make_run_refuses_a_production_database_url_before_migrating():
    url = production_database_url()
    result = subprocess.run(
        # STAMP= skips the install step; BIN is this interpreter's environment.
        ["make", "--no-print-directory", "run", "STAMP=", f"BIN={Path(sys.executable).parent}"],
        cwd=ROOT,
        env=environment(DATABASE_URL=url),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    label = database_label(environment_database({"DATABASE_URL": url}))
    assert f"the database is {label}, not a local SQLite file" in result.stderr
    assert f"set ALLOW_DEMO_ON={label}" in result.stderr
    assert "secret" not in result.stderr
    assert "manage.py migrate" not in result.stdout and "runserver" not in result.stdout


@pytest.mark.parametrize(
    "changes, reason",
    [
        ({"DATABASE_URL": "__production__"}, "not a local SQLite file"),
        (
            {"DJANGO_SETTINGS_MODULE": "config.settings.production", "SECRET_KEY": "x" * 50},
            "DJANGO_SETTINGS_MODULE is config.settings.production, not config.settings.dev",
        ),
    ],
)
def test_load_demo_refuses_without_connecting(changes, reason):
    if changes.get("DATABASE_URL") == "__production__":
        changes = {"DATABASE_URL": production_database_url()}
    result = subprocess.run(
        [sys.executable, "manage.py", "load_demo"],
        cwd=ROOT,
        env=environment(**changes),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert reason in result.stderr and "ALLOW_DEMO_ON=" in result.stderr
    assert "connection" not in result.stderr.lower()


def test_the_rule():
    local = environment_database({})
    remote = environment_database({"DATABASE_URL": "postgres://u:p@db.example.org:5432/review"})
    assert database_label(remote) == "postgresql://db.example.org:5432/review"
    assert refusal("config.settings.dev", local) is None
    assert refusal("config.settings.dev", remote)
    assert refusal("config.settings.dev", remote, allowed="postgresql://db.example.org:5432/review") is None
    assert refusal("config.settings.dev", remote, allowed="postgresql://db.example.org:5432/other")
    assert refusal("config.settings.production", local)
    assert refusal("config.settings.test", remote) is None  # the test runner's own databases
