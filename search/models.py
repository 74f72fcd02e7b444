"""Tables of the search app: the words of the index (both databases) and the SQLite backend's tables.

SQLite keeps the weighted text in two FTS5 tables: `search_fts` stems English (porter), and
`search_fts_plain` holds the other content languages without English stemming (Russian arrives
stemmed by search.languages).

Like Wagtail's FTS model, the SQLite tables exist only when the database is SQLite; the migration is
conditional in the same way. PostgreSQL keeps the index in Wagtail's own table.
"""

from django.db import connection, models


class Word(models.Model):
    """A word (folded) that some indexed text holds: the candidates of "did you mean".

    Filled as objects are indexed and never pruned: a candidate is only suggested when live, public
    articles hold it (suggestions.py), so words of drafts, private pages or old versions stay unused.
    A trigram index finds the words close to a misspelt one (pg_trgm on PostgreSQL, an FTS5 trigram
    table on SQLite; see migration 0002).
    """

    word = models.CharField(max_length=40, unique=True)

    def __str__(self):
        return self.word


if connection.vendor == "sqlite":

    class IndexKey(models.Model):
        """Which object an FTS row belongs to.

        A narrow copy of the keys of Wagtail's IndexEntry, whose rows also carry all the indexed text:
        looking up thousands of matches here is several times faster than in IndexEntry.
        """

        entry = models.OneToOneField(
            "wagtailsearch.IndexEntry", primary_key=True, on_delete=models.CASCADE, related_name="+"
        )
        content_type_pk = models.IntegerField()
        object_id = models.CharField(max_length=50)

        def __str__(self):
            return f"{self.content_type_pk}:{self.object_id}"

    class IndexText(models.Model):
        """A row of an FTS5 table: title, lead and body, weighted apart, keyed by the row's IndexKey."""

        key = models.OneToOneField(
            IndexKey,
            primary_key=True,
            db_column="rowid",
            db_constraint=False,
            on_delete=models.CASCADE,
            related_name="+",
        )
        title = models.TextField()
        lead = models.TextField()
        body = models.TextField()

        class Meta:
            abstract = True

        def __str__(self):
            return f"{self._meta.db_table} row {self.key_id}"

    class StemmedIndexEntry(IndexText):
        """The FTS5 table `search_fts` (porter stemming): English pages."""

        class Meta:
            db_table = "search_fts"

    class PlainIndexEntry(IndexText):
        """The FTS5 table `search_fts_plain` (no stemming): pages in Azerbaijani and Russian."""

        class Meta:
            db_table = "search_fts_plain"

else:
    IndexKey = StemmedIndexEntry = PlainIndexEntry = None
