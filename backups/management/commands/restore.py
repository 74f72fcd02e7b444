import shutil
from pathlib import Path
from tempfile import TemporaryDirectory

from django.conf import settings
from django.core.cache import caches
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from backups import databases, manifest
from backups.archive import Archive
from backups.media import replace_media, staging_folder


class Command(BaseCommand):
    help = (
        "Replace the database and every uploaded media file with the contents of an archive made by "
        "`manage.py backup`. Asks first unless --yes."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", metavar="PATH", help="an archive made by `manage.py backup`")
        parser.add_argument("--yes", action="store_true", help="restore without asking for confirmation")

    def say(self, line):
        if self.verbosity:
            self.stdout.write(line)

    def handle(self, *args, archive, yes=False, verbosity=1, **options):
        self.verbosity = verbosity
        database = databases.for_connection(connection)
        media_root = Path(settings.MEDIA_ROOT)
        with Archive(archive) as source:
            manifest.check(source.manifest, database)
            self.say(f"Archive {source.path}: {manifest.summary(source.manifest)}.")
            if unknown := manifest.unknown_migrations(source.manifest):
                self.stderr.write(
                    f"Its database comes from newer code: this code lacks {len(unknown)} of its migrations "
                    f"({', '.join(unknown[:5])}{', …' if len(unknown) > 5 else ''}). The site may fail on it."
                )
            if not yes:
                self.confirm(f"This replaces {database.describe()} and everything under {media_root}.")
            staging = staging_folder(media_root)
            try:
                with TemporaryDirectory(prefix="restore-") as work:
                    dump, count = source.extract(database.member, Path(work), staging, self.say)
                    database.check(dump)
                    database.load(dump, self.say)
                self.say(f"Replacing the media files under {media_root}…")
                replace_media(media_root, staging / "media")
            finally:
                shutil.rmtree(staging, ignore_errors=True)
        self.forget_cached_pages()
        self.say(self.style.SUCCESS(f"Restored {database.describe()} and {count:,} media files."))
        if manifest.pending_migrations(connection):
            self.say("The restored database is older than this code: run `python manage.py migrate` now.")

    def confirm(self, warning):
        self.stdout.write(warning)
        try:
            answer = input("Type 'yes' to restore: ")
        except EOFError:
            answer = ""
        if answer.strip().lower() != "yes":
            raise CommandError(
                "Restore cancelled: nothing was changed (pass --yes to restore without asking)."
            )

    def forget_cached_pages(self):
        """Stored pages and lists describe the data before the restore: clear the shared cache."""
        try:
            caches["default"].clear()
        except Exception as error:  # a cache that is down must not turn a finished restore into a failure
            self.stderr.write(f"The restore is done, but the cache could not be cleared ({error}): clear it.")
        else:
            self.say("Cleared the cache.")
