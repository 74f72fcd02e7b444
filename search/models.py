"""Tables of the SQLite search backend (PostgreSQL keeps everything in Wagtail's own table).

Like Wagtail's FTS model, these exist only when the database is SQLite; the migration is conditional in
the same way.
"""

from django.db import connection, models

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

    class StemmedIndexEntry(models.Model):
        """A row of the FTS5 table `search_fts` (porter stemming): title, lead and body, weighted apart."""

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
            db_table = "search_fts"

        def __str__(self):
            return f"search_fts row {self.key_id}"

else:
    IndexKey = StemmedIndexEntry = None
