"""The words of the index, for "did you mean", and a trigram index over them.

PostgreSQL: a GIN trigram index (the `pg_trgm` extension, created here like `unaccent` in 0001, so the
database user needs the right to create it, or create it beforehand). SQLite: an FTS5 table with the
trigram tokenizer, kept in step with `search_word` by triggers. Run `manage.py wagtail_update_index`
afterwards to fill the table from existing articles.
"""

from django.db import connection, migrations, models

# Each word is indexed as " word " so that its first two and last two letters form trigrams of their
# own, much as pg_trgm pads words; the table keeps no copy of the text (content=''), search_word does.
PADDED_OLD = "' ' || old.word || ' '"
PADDED_NEW = "' ' || new.word || ' '"
SQLITE_OPERATIONS = [
    migrations.RunSQL(
        sql=[
            "CREATE VIRTUAL TABLE search_word_trigrams USING fts5(word, content='', tokenize='trigram')",
            "CREATE TRIGGER search_word_trigrams_insert AFTER INSERT ON search_word BEGIN "
            f"INSERT INTO search_word_trigrams(rowid, word) VALUES (new.id, {PADDED_NEW}); END",
            "CREATE TRIGGER search_word_trigrams_delete AFTER DELETE ON search_word BEGIN "
            "INSERT INTO search_word_trigrams(search_word_trigrams, rowid, word) "
            f"VALUES ('delete', old.id, {PADDED_OLD}); END",
        ],
        reverse_sql=[
            "DROP TRIGGER IF EXISTS search_word_trigrams_insert",
            "DROP TRIGGER IF EXISTS search_word_trigrams_delete",
            "DROP TABLE IF EXISTS search_word_trigrams",
        ],
    )
]

POSTGRES_OPERATIONS = [
    migrations.RunSQL(
        sql=[
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            "CREATE INDEX search_word_trigrams ON search_word USING gin (word gin_trgm_ops)",
        ],
        reverse_sql=["DROP INDEX IF EXISTS search_word_trigrams"],
    )
]


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="Word",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("word", models.CharField(max_length=40, unique=True)),
            ],
        ),
        *{"sqlite": SQLITE_OPERATIONS, "postgresql": POSTGRES_OPERATIONS}.get(connection.vendor, []),
    ]
