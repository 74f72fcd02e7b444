"""Write pending view counts to the per-day totals now (run it from cron every minute or so)."""

from django.core.management.base import BaseCommand

from popularity.counters import flush_views


class Command(BaseCommand):
    help = (
        "Flush pending article views from the cache to the per-day totals. With Redis this collects "
        "every worker's counts; with the local-memory cache only this process's (workers flush their own)."
    )

    def handle(self, *args, **options):
        written = flush_views()
        self.stdout.write(self.style.SUCCESS(f"Wrote {written} views."))
