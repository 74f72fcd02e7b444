from django.apps import AppConfig
from django.core.management import call_command

from core import periodic

# How often the background worker publishes (and expires) pages whose scheduled time has come.
PUBLISH_SCHEDULED_SECONDS = 60


def publish_due_pages():
    call_command("publish_scheduled")


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = "Articles"

    def ready(self):
        from . import signals  # noqa: F401 - connects the receivers

        periodic.register("publish_scheduled", PUBLISH_SCHEDULED_SECONDS, publish_due_pages)
