"""`manage.py import_wordpress EXPORT.xml`: move a WordPress site's posts in (see imports/importer.py)."""

from django.core.management.base import BaseCommand, CommandError

from imports.importer import CannotImport, Importer
from imports.wxr import WXRError

SHOWN_PER_LIST = 50


def section_map(pairs):
    mapping = {}
    for pair in pairs:
        category, separator, section = pair.partition("=")
        if not separator or not category.strip() or not section.strip():
            raise CommandError(f"--section-map takes category=section, not “{pair}”.")
        mapping[category.strip()] = section.strip()
    return mapping


class Command(BaseCommand):
    help = "Import a WordPress export file (Tools > Export, WXR 1.1/1.2): posts become articles."

    def add_arguments(self, parser):
        parser.add_argument("export", help="The .xml file WordPress wrote.")
        parser.add_argument("--media-dir", help="A copy of the site's wp-content/uploads folder.")
        parser.add_argument("--dry-run", action="store_true", help="Read and report; write nothing.")
        parser.add_argument(
            "--section-map",
            action="append",
            default=[],
            metavar="CATEGORY=SECTION",
            help="Put posts of this category (slug) in this section (slug); repeat as needed.",
        )
        parser.add_argument(
            "--organisation",
            action="append",
            default=[],
            metavar="NAME",
            help="An author display name to treat as an organisation byline; repeat as needed.",
        )

    def handle(self, *args, **options):
        importer = Importer(
            options["export"],
            media_dir=options["media_dir"],
            section_map=section_map(options["section_map"]),
            organisations=options["organisation"],
            dry_run=options["dry_run"],
            progress=options["verbosity"] > 0,
        )
        try:
            summary = importer.run()
        except (WXRError, CannotImport) as error:
            raise CommandError(str(error)) from None
        self.report(summary, options["dry_run"])

    def report(self, summary, dry_run):
        write = self.stdout.write
        write("Dry run: nothing was written." if dry_run else "Import finished.")
        write(
            f"Created {summary.created}, updated {summary.updated}, unchanged {summary.unchanged}, "
            f"skipped {len(summary.skipped)}; {summary.redirects} redirects kept."
        )
        if summary.skipped:
            write("Skipped:")
            for wp_id, title, reason in summary.skipped[:SHOWN_PER_LIST]:
                write(f"  post {wp_id} “{title or '(no title)'}”: {reason}")
            if len(summary.skipped) > SHOWN_PER_LIST:
                write(f"  … and {len(summary.skipped) - SHOWN_PER_LIST} more")
        if summary.warnings:
            write("Warnings:")
            for label, notes in list(summary.warnings.items())[:SHOWN_PER_LIST]:
                write(f"  {label}: " + "; ".join(dict.fromkeys(notes)))
            if len(summary.warnings) > SHOWN_PER_LIST:
                write(f"  … and {len(summary.warnings) - SHOWN_PER_LIST} more posts with warnings")
