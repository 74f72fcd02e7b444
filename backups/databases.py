"""Dumping and loading the database, one class per engine.

SQLite: the online backup API copies a consistent snapshot while the site keeps reading and writing
(in WAL mode writers are not even held up), and copies it back into the live file the same way, so
connections that stay open simply see the restored data. PostgreSQL: pg_dump's custom format, loaded
with pg_restore in one transaction, so a failed restore leaves the database as it was.
"""

import os
import shutil
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path

from django.core.management.base import CommandError


class SQLiteDatabase:
    engine = "sqlite"
    label = "SQLite"
    member = "database.sqlite3"

    def __init__(self, connection):
        self.connection = connection
        self.path = connection.settings_dict["NAME"]

    def describe(self):
        return f"the SQLite database {self.path}"

    def dump(self, folder, say):
        if not self.connection.is_in_memory_db() and not Path(self.path).is_file():
            raise CommandError(f"There is no SQLite database at {self.path} (see DATA_DIR and SQLITE_PATH).")
        target = Path(folder) / self.member
        say(f"Copying {self.describe()} with SQLite's online backup…")
        self.connection.ensure_connection()
        with closing(sqlite3.connect(target)) as copy:
            self._copy(self.connection.connection, copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        return target

    def _copy(self, source, target):
        """SQLite's online backup in one step, a consistent snapshot (stepping would start again each time
        the site writes meanwhile), giving up once the database has stayed locked for the busy timeout."""
        wait = self.connection.settings_dict["OPTIONS"].get("timeout", 5)
        deadline = time.monotonic() + wait

        def give_up_when_locked_too_long(status, remaining, total):
            if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
                raise CommandError(f"{self.describe()} stayed locked for {wait} s; nothing was copied.")

        source.backup(target, progress=give_up_when_locked_too_long, sleep=0.1)

    def check(self, dump):
        """Refuse a damaged copy before anything live is touched."""
        try:
            with closing(sqlite3.connect(f"{Path(dump).as_uri()}?mode=ro", uri=True)) as copy:
                verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise CommandError(f"The database in the archive is damaged: {error}.") from error
        if verdict != "ok":
            raise CommandError(f"The database in the archive is damaged: {verdict}.")

    def load(self, dump, say):
        say(f"Restoring {self.describe()}…")
        self.connection.close()
        if not self.connection.is_in_memory_db():
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.connection.ensure_connection()  # with the site's busy timeout and WAL mode
        try:
            with closing(sqlite3.connect(dump)) as copy:
                self._copy(copy, self.connection.connection)
        except sqlite3.Error as error:
            raise CommandError(f"Could not write {self.describe()}: {error}.") from error
        finally:
            self.connection.close()


class PostgreSQLDatabase:
    engine = "postgresql"
    label = "PostgreSQL"
    member = "database.pgdump"

    def __init__(self, connection):
        self.connection = connection
        self.settings = connection.settings_dict

    def describe(self):
        where = f"{self.settings.get('HOST') or 'the local socket'}:{self.settings.get('PORT') or 5432}"
        return f"the PostgreSQL database {self.settings['NAME']} on {where}"

    def _run(self, program, parameters, connect=True):
        """Run a PostgreSQL client program with the connection settings of DATABASES (the password in
        PGPASSWORD). Django's psql helper builds them and puts the database name after `parameters`."""
        binary = shutil.which(program)
        if binary is None:
            raise CommandError(
                f"{program} was not found on PATH: install the PostgreSQL client programs "
                "(the same major version as the server, or newer)."
            )
        args, env = self.connection.client.settings_to_cmd_args_env(self.settings, parameters)
        command = [binary, *args[1:]] if connect else [binary, *parameters]
        done = subprocess.run(command, env={**os.environ, **(env or {})}, capture_output=True, text=True)
        if done.returncode:
            raise CommandError(f"{program} failed: {done.stderr.strip()[-2000:]}")
        return done.stdout

    def dump(self, folder, say):
        target = Path(folder) / self.member
        say(f"Dumping {self.describe()} with pg_dump…")
        self._run("pg_dump", ["--format=custom", f"--file={target}"])
        return target

    def check(self, dump):
        try:
            self._run("pg_restore", ["--list", str(dump)], connect=False)
        except CommandError as error:
            raise CommandError(f"The database dump in the archive is damaged: {error}") from error

    def load(self, dump, say):
        say(f"Restoring {self.describe()} with pg_restore (one transaction)…")
        self.connection.close()
        options = ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction"]
        self._run("pg_restore", [*options, "--exit-on-error", str(dump), "--dbname"])


ENGINES = {cls.engine: cls for cls in (SQLiteDatabase, PostgreSQLDatabase)}
LABELS = {engine: cls.label for engine, cls in ENGINES.items()}


def for_connection(connection):
    if connection.vendor not in ENGINES:
        raise CommandError(f"Backups support SQLite and PostgreSQL, not {connection.vendor}.")
    return ENGINES[connection.vendor](connection)
