"""Database search backends built on modelsearch: weighted ranking, stemming and a fast ranked path.

`search.backends.database` is what WAGTAILSEARCH_BACKENDS names; it picks the SQLite (FTS5) or
PostgreSQL flavour for the default database, exactly as `modelsearch.backends.database` does.
"""
