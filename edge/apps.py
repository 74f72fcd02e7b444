from django.apps import AppConfig


class EdgeConfig(AppConfig):
    """What a request may bring: body caps per path, checked before anything reads a body."""

    name = "edge"
    verbose_name = "Request limits"
