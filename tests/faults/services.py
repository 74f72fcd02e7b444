"""A Redis and a PostgreSQL of the test's own, on free loopback ports, that it may stop and start.

The machine's shared servers are never touched. Each keeps its data in the test's folder, so a restart
comes back with what the server persisted (Redis with the project's deploy/redis.conf).
"""

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.servers import ROOT, accepts, free_port

PG_BIN = Path("/usr/lib/postgresql")


def require(program, *, why):
    """The program's path; skips (or, under CI=true, fails) when it is not installed."""
    found = shutil.which(program) or next((str(p) for p in sorted(PG_BIN.glob(f"*/bin/{program}"))), None)
    if found:
        return found
    message = f"{program} is not installed: {why}"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def wait_for(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{what} not within {timeout} s")


class RedisServer:
    """redis-server with the shipped configuration (deploy/redis.conf): append-only file on."""

    def __init__(self, folder):
        self.program = require("redis-server", why="the cache-outage test stops and starts its own Redis")
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        command = [self.program, str(ROOT / "deploy" / "redis.conf"), "--port", str(self.port)]
        command += ["--bind", "127.0.0.1", "--dir", str(self.folder), "--daemonize", "no", "--logfile", ""]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: accepts(self.port), 10, "redis-server")
        return self

    def stop(self):
        """A clean shutdown (SIGTERM), as a package upgrade or a restart by the service manager does."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


class PostgresServer:
    """A throw-away PostgreSQL cluster (initdb) with trust authentication, run as the postgres user."""

    def __init__(self):
        why = "the database-outage test starts and stops its own PostgreSQL"
        self.initdb, self.pg_ctl, self.psql = (require(x, why=why) for x in ("initdb", "pg_ctl", "psql"))
        # Not under pytest's tmp_path: its parent folders admit only root, and the server runs as postgres.
        self.folder = Path(tempfile.mkdtemp(prefix="publication-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.as_user = []
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            account = pwd.getpwnam("postgres")
            os.chown(self.folder, account.pw_uid, account.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.run(self.initdb, "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "-N")

    def run(self, *command):
        done = subprocess.run([*self.as_user, *command], capture_output=True, text=True, cwd=self.folder)
        if done.returncode:
            raise RuntimeError(f"{' '.join(command[:2])} failed:\n{done.stdout}\n{done.stderr}")
        return done.stdout

    def url(self, name):
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(self.folder / "log")
        self.run(self.pg_ctl, "-D", str(self.data), "-o", options, "-l", log, "-w", "start")
        return self

    def stop(self):
        """A fast shutdown: connected sessions are cut, as in a failover or a crash of the server."""
        if (self.data / "postmaster.pid").exists():
            self.run(self.pg_ctl, "-D", str(self.data), "-m", "fast", "-w", "stop")

    def create_database(self, name):
        address = ["-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"]
        self.run(self.psql, *address, "-c", f"CREATE DATABASE {name}")

    def remove(self):
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)
