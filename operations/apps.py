from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the site: the supervised background worker and the health endpoint."""

    name = "operations"
    verbose_name = "Operations"
