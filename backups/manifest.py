"""manifest.json, the first entry of every archive: what it holds and what made it.

`format` goes up whenever the layout of an archive changes in a way older code could not read; a restore
refuses an archive of a newer format, or of another database engine, before it touches anything.
"""

import platform
from collections import defaultdict

import django
import wagtail
from django.core.management.base import CommandError
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from backups.databases import LABELS
from backups.progress import size

FORMAT = 1


def build(connection, database, dump, files, created):
    applied = defaultdict(list)
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied[app].append(name)
    return {
        "format": FORMAT,
        "engine": database.engine,
        "created_at": created.isoformat(),
        "database": {"file": database.member, "bytes": dump.stat().st_size},
        "media": {"files": len(files), "bytes": sum(file.size for file in files)},
        "migrations": dict(applied),
        "versions": {
            "python": platform.python_version(),
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
        },
    }


def check(manifest, database):
    """Raise CommandError unless this code can restore the archive into `database`."""
    version = manifest.get("format") if isinstance(manifest, dict) else None
    if not isinstance(version, int):
        raise CommandError(
            "The archive's manifest.json has no format version: it is not a backup of this site."
        )
    if not all(isinstance(manifest.get(part, {}), dict) for part in ("database", "media", "migrations")):
        raise CommandError("The archive's manifest.json is damaged; nothing was changed.")
    if version > FORMAT:
        raise CommandError(
            f"The archive was written by a newer version of the site (archive format {version}; this "
            f"version reads format {FORMAT} and older). Update the code, then restore."
        )
    engine = manifest.get("engine")
    if engine != database.engine:
        held = LABELS.get(engine, repr(engine))
        raise CommandError(
            f"The archive holds a {held} database, but this site runs on {database.label}. Restore it on a "
            f"site configured for {held} (DATABASE_URL)."
        )


def summary(manifest):
    media = manifest.get("media", {})
    return (
        f"made {manifest.get('created_at', 'at an unknown time')} on {LABELS[manifest['engine']]}, "
        f"database {size(manifest.get('database', {}).get('bytes', 0))}, "
        f"{media.get('files', 0):,} media files ({size(media.get('bytes', 0))})"
    )


def unknown_migrations(manifest):
    """Migrations applied to the archived database that this code does not have (it came from newer code)."""
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    applied = manifest.get("migrations", {})
    return sorted(
        f"{app}.{name}" for app, names in applied.items() for name in names if (app, name) not in known
    )


def pending_migrations(connection):
    """Migrations of this code that the (restored) database has not had yet."""
    executor = MigrationExecutor(connection)
    return executor.migration_plan(executor.loader.graph.leaf_nodes())
