from datetime import UTC, datetime
from pathlib import Path
from tempfile import TemporaryDirectory

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection

from backups import archive, databases, manifest
from backups.media import media_files
from backups.progress import size


class Command(BaseCommand):
    help = (
        "Write the database and every uploaded media file to one archive (.tar.gz with a manifest). "
        "Safe while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            metavar="PATH",
            help="the archive to write, or a folder for it (default: BACKUP_DIR, named with the UTC time)",
        )

    def say(self, line):
        if self.verbosity:
            self.stdout.write(line)

    def handle(self, *args, output=None, verbosity=1, **options):
        self.verbosity = verbosity
        created = datetime.now(UTC).replace(microsecond=0)
        database = databases.for_connection(connection)
        target = archive.output_path(output, settings.BACKUP_DIR, created)
        files = media_files(settings.MEDIA_ROOT)
        self.say(
            f"Backing up {database.describe()} and {len(files):,} media files from {settings.MEDIA_ROOT}."
        )
        with TemporaryDirectory(dir=target.parent, prefix=".backup-") as work:
            dump = database.dump(Path(work), self.say)
            contents = manifest.build(connection, database, dump, files, created)
            vanished = archive.write(target, contents, dump, files, self.say)
        if vanished:
            self.stderr.write(f"{vanished} media files were deleted during the backup and are not in it.")
        self.say(self.style.SUCCESS(f"Backup written to {target} ({size(target.stat().st_size)})."))
