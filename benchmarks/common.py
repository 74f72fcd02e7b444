"""Helpers shared by the benchmarks: throw-away databases and running manage.py against them."""

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PG_URL = "postgres://postgres@127.0.0.1:5432/"


def sqlite_url(name):
    path = Path("/tmp") / f"{name}.sqlite3"
    for suffix in ("", "-wal", "-shm", "-journal"):  # the old one's WAL files too
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{path}"


def postgres_url(name):
    """A fresh PostgreSQL database for a benchmark, or None when the server is not reachable."""
    dropped = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"DROP DATABASE IF EXISTS {name}"],
        capture_output=True,
    )
    if dropped.returncode != 0:
        return None
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f"CREATE DATABASE {name}"], check=True
    )
    return PG_URL + name


def manage(database_url, *args, settings="config.settings.dev", quiet=True, env=None):
    """Run manage.py against the given database (`env` adds variables); returns the seconds it took."""
    env = {**os.environ, **(env or {}), "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": settings}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
        stderr=subprocess.DEVNULL if quiet else None,
    )
    return time.perf_counter() - started
