from django.apps import AppConfig

from core import periodic

# How often the background worker starts scheduled editions and resumes unfinished ones.
EDITIONS_JOB_SECONDS = 30


class EditionsConfig(AppConfig):
    """Newsletter editions: composed in the admin, mailed to confirmed subscribers by the worker."""

    name = "editions"
    verbose_name = "Newsletter editions"

    def ready(self):
        from . import delivery  # models are ready only now

        periodic.register("editions", EDITIONS_JOB_SECONDS, delivery.run_due_editions)
