"""`BACKEND: "search.backends.database"`: the flavour that suits the default database."""

from django.db import connection


def SearchBackend(params):  # noqa: N802 - modelsearch looks up this name in a backend module
    if connection.vendor == "postgresql":
        from .postgres import WeightedPostgresBackend

        return WeightedPostgresBackend(params)
    if connection.vendor == "sqlite":
        from search.models import StemmedIndexEntry

        if StemmedIndexEntry is not None:
            from .sqlite import StemmedSQLiteBackend

            return StemmedSQLiteBackend(params)
    from modelsearch.backends.database import SearchBackend as stock_backend

    return stock_backend(params)
