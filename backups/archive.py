"""The archive: one .tar.gz holding manifest.json (first), the database dump and media/.

It is written to a hidden temporary file beside its final name and renamed into place once complete, so
a backup that fails or is interrupted never leaves a file that looks like an archive. It is created
readable by its owner only: it holds password hashes and subscribers' addresses.
"""

import gzip
import io
import json
import os
import tarfile
import tempfile
import time
import zlib
from contextlib import contextmanager
from pathlib import Path

from django.core.management.base import CommandError

from backups.progress import Progress

MANIFEST = "manifest.json"
MEDIA = "media/"


def default_name(created):
    return f"publication-backup-{created:%Y%m%dT%H%M%SZ}.tar.gz"


def output_path(option, backup_dir, created):
    """--output as given (a file, or a folder for the default name), or BACKUP_DIR with the default name."""
    path = Path(option) if option else Path(backup_dir)
    if not option or path.is_dir():
        path = path / default_name(created)
    if path.exists():
        raise CommandError(f"{path} already exists: choose another --output.")
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def write(path, manifest, dump, files, say):
    """Write the archive atomically; returns how many media files vanished while it was being written."""
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    vanished = 0
    try:
        with os.fdopen(handle, "wb") as raw:
            with tarfile.open(fileobj=raw, mode="w:gz", compresslevel=6) as tar:
                text = json.dumps(manifest, indent=2).encode()
                entry = tarfile.TarInfo(MANIFEST)
                entry.size, entry.mtime, entry.mode = len(text), int(time.time()), 0o644
                tar.addfile(entry, io.BytesIO(text))
                say("Writing the database to the archive…")
                tar.add(dump, arcname=manifest["database"]["file"])
                progress = Progress(say, "Media files", len(files))
                for done, file in enumerate(files, start=1):
                    try:
                        tar.add(file.path, arcname=MEDIA + file.name, recursive=False)
                    except FileNotFoundError:
                        vanished += 1  # deleted by the site since the list was made
                    progress(done)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return vanished


@contextmanager
def readable(path):
    """Turn what a damaged or foreign file raises into a CommandError that names it."""
    try:
        yield
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile, ValueError) as error:
        raise CommandError(
            f"{path} is damaged or is not an archive made by `manage.py backup` ({error}); "
            "nothing was changed."
        ) from error
    except OSError as error:
        raise CommandError(f"Could not read {path}: {error}; nothing was changed.") from error


class Archive:
    """An archive opened for restoring: its manifest at once, everything else on `extract`, in one pass."""

    def __init__(self, path):
        self.path = Path(path)
        if not self.path.is_file():
            raise CommandError(f"There is no archive at {self.path}.")
        with readable(self.path):
            self.tar = tarfile.open(self.path, mode="r|*")  # noqa: SIM115 - closed by __exit__
        try:
            with readable(self.path):
                first = self.tar.next()
                if first is None or first.name != MANIFEST or not first.isfile():
                    raise CommandError(
                        f"{self.path} is not an archive made by `manage.py backup`: it has no manifest."
                    )
                self.manifest = json.loads(self.tar.extractfile(first).read().decode())
        except BaseException:
            self.tar.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.tar.close()

    def extract(self, database_member, database_folder, media_folder, say):
        """Extract the database dump and media/ (checking every name); returns (dump path, media count)."""
        dump, count = None, 0
        total = self.manifest.get("media", {}).get("files", 0)
        progress = Progress(say, "Media files", total)
        with readable(self.path):
            while (entry := self.tar.next()) is not None:
                if entry.name == database_member and entry.isfile():
                    self.tar.extract(entry, database_folder, filter="data")
                    dump = Path(database_folder) / database_member
                elif entry.name.startswith(MEDIA) and (entry.isfile() or entry.isdir()):
                    self.tar.extract(entry, media_folder, filter="data")
                    count += entry.isfile()
                    progress(min(count, total))
                else:
                    raise CommandError(
                        f"{self.path} holds an unexpected entry {entry.name!r}; nothing was restored."
                    )
        if dump is None:
            raise CommandError(f"{self.path} holds no {database_member}; nothing was restored.")
        return dump, count
