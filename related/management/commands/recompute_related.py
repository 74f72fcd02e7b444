"""Re-rank related posts for the whole archive (after a bulk import, or to correct drift over time)."""

import time

from django.core.management.base import BaseCommand

from articles.models import ArticlePage
from related.models import RelatedArticle
from related.ranking import recompute_all


class Command(BaseCommand):
    help = "Recompute the related-posts term index and every article's stored related list."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Only when no related list is stored yet (for `make run` on a database from before).",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and (RelatedArticle.objects.exists() or not ArticlePage.objects.live().exists()):
            return
        started, timings = time.perf_counter(), {}
        count = recompute_all(show_progress=options.get("verbosity", 1) > 0, timings=timings)
        elapsed = time.perf_counter() - started
        phases = ", ".join(f"{phase} {seconds:.1f}s" for phase, seconds in timings.items())
        self.stdout.write(
            self.style.SUCCESS(f"Ranked related posts for {count} articles in {elapsed:.1f}s ({phases}).")
        )
