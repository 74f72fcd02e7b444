from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The bottom layer: site settings, shared blocks, the text pipeline and client identity."""

    name = "core"
    verbose_name = "Publication core"
