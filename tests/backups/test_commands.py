"""`backup` and `restore` in this process, against the suite's own database (SQLite or PostgreSQL).

The backup is real; restores here are all refused or cancelled, so the suite's database is never
replaced: every test checks that nothing changed. The round trips are in test_round_trip.py.
"""

import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from contextlib import closing
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import override_settings

from tests.backups.helpers import forge, require_pg_programs

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
PICTURE = os.urandom(3000)


@pytest.fixture
def media(settings, tmp_path):
    """MEDIA_ROOT with one uploaded picture, BACKUP_DIR empty; both in this test's folder."""
    if connection.vendor == "postgresql":
        require_pg_programs()
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.BACKUP_DIR = tmp_path / "backups"
    picture = tmp_path / "media" / "original_images" / "harbour.jpg"
    picture.parent.mkdir(parents=True)
    picture.write_bytes(PICTURE)
    return picture


@pytest.fixture(scope="module")
def made_once(tmp_path_factory, django_db_setup, django_db_blocker):
    """`manage.py backup` with the defaults, run once on the suite's database outside any test's
    transaction (SQLite copies a database only between its connection's writes)."""
    if connection.vendor == "postgresql":
        require_pg_programs()
    folder = tmp_path_factory.mktemp("made-once")
    picture = folder / "media" / "original_images" / "harbour.jpg"
    picture.parent.mkdir(parents=True)
    picture.write_bytes(PICTURE)
    out = io.StringIO()
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=str(folder / "media"), BACKUP_DIR=folder / "b"),
    ):
        call_command("backup", stdout=out)
    return folder / "b", out.getvalue()


@pytest.fixture
def archive(made_once, media, tmp_path):
    (made,) = made_once[0].iterdir()
    return Path(shutil.copy(made, tmp_path / "archive.tar.gz"))


def restore(*args, answer=None, monkeypatch=None):
    if answer is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(answer))
    out = io.StringIO()
    call_command("restore", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def leftovers(media):
    return [path.name for path in media.parents[1].iterdir() if path.name.startswith(".")]


def test_backup_writes_one_archive_named_for_the_utc_time(made_once, tmp_path):
    folder, out = made_once
    (made,) = folder.iterdir()  # and no temporary file beside it
    assert re.fullmatch(r"publication-backup-\d{8}T\d{6}Z\.tar\.gz", made.name)
    assert f"Backup written to {made}" in out
    assert made.stat().st_mode & 0o777 == 0o600

    database_file = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}[connection.vendor]
    with tarfile.open(made) as tar:
        assert tar.getnames() == ["manifest.json", database_file, "media/original_images/harbour.jpg"]
        manifest = json.load(tar.extractfile("manifest.json"))
        assert tar.extractfile("media/original_images/harbour.jpg").read() == PICTURE
        tar.extract(database_file, tmp_path / "out", filter="data")
    assert manifest["format"] == 1
    assert manifest["engine"] == connection.vendor
    assert manifest["media"] == {"files": 1, "bytes": len(PICTURE)}
    assert "0001_initial" in manifest["migrations"]["articles"]
    assert set(manifest["versions"]) == {"python", "django", "wagtail"}
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", manifest["created_at"])

    dump = tmp_path / "out" / database_file
    if connection.vendor == "sqlite":
        with closing(sqlite3.connect(dump)) as copy:
            tables = {name for (name,) in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"wagtailcore_page", "articles_articlepage"} <= tables
    else:
        listing = subprocess.run(["pg_restore", "--list", dump], capture_output=True, text=True, check=True)
        assert "TABLE public articles_articlepage" in listing.stdout


def test_backup_never_overwrites_a_file(media, tmp_path):
    existing = tmp_path / "kept.tar.gz"
    existing.write_bytes(b"an older backup")
    with pytest.raises(CommandError, match="already exists"):
        call_command("backup", output=str(existing), stdout=io.StringIO())
    assert existing.read_bytes() == b"an older backup"


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda path: path, "There is no archive at"),
        (lambda path: path.write_bytes(os.urandom(4000)) and path, "is damaged or is not an archive"),
        (lambda path: forge(path, None, [("notes.txt", b"hello")]), "it has no manifest"),
        (lambda path: forge(path, {"engine": "sqlite"}), "has no format version"),
        (lambda path: forge(path, {"format": 1, "engine": "sqlite", "media": 3}), "manifest.json is damaged"),
        (lambda path: forge(path, {"format": 99, "engine": connection.vendor}), "newer version of the site"),
        (lambda path: forge(path, {"format": 1, "engine": "mysql"}), "holds a 'mysql' database"),
    ],
    ids=[
        "missing",
        "random bytes",
        "no manifest",
        "no format",
        "bad manifest",
        "newer format",
        "unknown engine",
    ],
)
def test_restore_refuses_what_it_cannot_restore(media, tmp_path, make, message):
    path = make(tmp_path / "archive.tar.gz")
    with pytest.raises(CommandError, match=message):
        restore(str(path), "--yes")
    assert media.read_bytes() == PICTURE


def test_restore_refuses_an_archive_of_the_other_engine(media, tmp_path):
    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    path = forge(tmp_path / "other.tar.gz", {"format": 1, "engine": other})
    label = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
    with pytest.raises(CommandError) as refused:
        restore(str(path), "--yes")
    assert str(refused.value).startswith(
        f"The archive holds a {label[other]} database, but this site runs on {label[connection.vendor]}."
    )


def test_a_damaged_archive_changes_nothing(archive, media):
    archive.write_bytes(archive.read_bytes()[: archive.stat().st_size * 2 // 3])
    media.write_bytes(b"edited since")
    with pytest.raises(CommandError, match="is damaged.*nothing was changed"):
        restore(str(archive), "--yes")
    assert media.read_bytes() == b"edited since"
    assert leftovers(media) == []


def test_restore_asks_first_and_a_no_changes_nothing(archive, media, monkeypatch):
    media.write_bytes(b"edited since")
    with pytest.raises(CommandError, match="Restore cancelled: nothing was changed"):
        restore(str(archive), answer="no\n", monkeypatch=monkeypatch)
    assert media.read_bytes() == b"edited since"
    assert leftovers(media) == []


def test_on_the_command_line_a_bad_archive_is_one_clear_line(tmp_path):
    done = subprocess.run(
        [sys.executable, "manage.py", "restore", str(tmp_path / "nothing-here.tar.gz"), "--yes"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
        },
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == f"CommandError: There is no archive at {tmp_path / 'nothing-here.tar.gz'}."
