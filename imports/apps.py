from django.apps import AppConfig


class ImportsConfig(AppConfig):
    """Moving in from WordPress: `manage.py import_wordpress EXPORT.xml`."""

    name = "imports"
    verbose_name = "Imports"
