"""What the backup tests share: the PostgreSQL client programs, and forged archives."""

import io
import json
import os
import shutil
import tarfile

import pytest

PG_PROGRAMS = ("pg_dump", "pg_restore")


def require_pg_programs():
    """Skip (fail under CI=true) when the PostgreSQL client programs are missing."""
    missing = [program for program in PG_PROGRAMS if shutil.which(program) is None]
    if missing:
        message = f"{' and '.join(missing)} not on PATH (Debian: apt-get install postgresql-client)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def forge(path, manifest, extra=()):
    """A tar.gz with this manifest.json first (or none when `manifest` is None) and (name, bytes) after."""
    entries = ([("manifest.json", json.dumps(manifest).encode())] if manifest is not None else []) + list(
        extra
    )
    with tarfile.open(path, "w:gz") as tar:
        for name, data in entries:
            entry = tarfile.TarInfo(name)
            entry.size = len(data)
            tar.addfile(entry, io.BytesIO(data))
    return path
