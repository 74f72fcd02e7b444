"""Search storage that depends on the database.

SQLite: the FTS5 table `search_fts` (porter stemming, accents folded) with title, lead and body columns and
the narrow key table beside it, filled from Wagtail's existing index rows (run `manage.py
wagtail_update_index` afterwards to split the leads out of the bodies).
PostgreSQL: text search configurations that fold accents before stemming (`search_english`) and for
autocomplete (`search_simple`), on top of the `unaccent` extension.
"""

from django.db import connection, migrations, models

SQLITE_OPERATIONS = [
    migrations.CreateModel(
        name="IndexKey",
        fields=[
            (
                "entry",
                models.OneToOneField(
                    on_delete=models.deletion.CASCADE,
                    primary_key=True,
                    related_name="+",
                    serialize=False,
                    to="wagtailsearch.indexentry",
                ),
            ),
            ("content_type_pk", models.IntegerField()),
            ("object_id", models.CharField(max_length=50)),
        ],
    ),
    migrations.SeparateDatabaseAndState(
        state_operations=[
            migrations.CreateModel(
                name="StemmedIndexEntry",
                fields=[
                    (
                        "key",
                        models.OneToOneField(
                            db_column="rowid",
                            db_constraint=False,
                            on_delete=models.deletion.CASCADE,
                            primary_key=True,
                            related_name="+",
                            serialize=False,
                            to="search.indexkey",
                        ),
                    ),
                    ("title", models.TextField()),
                    ("lead", models.TextField()),
                    ("body", models.TextField()),
                ],
                options={"db_table": "search_fts"},
            )
        ],
        database_operations=[
            migrations.RunSQL(
                sql=(
                    "CREATE VIRTUAL TABLE search_fts USING fts5("
                    "title, lead, body, tokenize = 'porter unicode61 remove_diacritics 2')"
                ),
                reverse_sql="DROP TABLE IF EXISTS search_fts",
            )
        ],
    ),
    migrations.RunSQL(
        sql=[
            "INSERT INTO search_indexkey (entry_id, content_type_pk, object_id) "
            "SELECT id, content_type_id, object_id FROM wagtailsearch_indexentry",
            "INSERT INTO search_fts (rowid, title, lead, body) "
            "SELECT id, title, '', COALESCE(body, '') FROM wagtailsearch_indexentry",
        ],
        reverse_sql=migrations.RunSQL.noop,
    ),
]

POSTGRES_OPERATIONS = [
    migrations.RunSQL(
        sql="""
            CREATE EXTENSION IF NOT EXISTS unaccent;
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'search_english') THEN
                    CREATE TEXT SEARCH CONFIGURATION search_english (COPY = pg_catalog.english);
                    ALTER TEXT SEARCH CONFIGURATION search_english
                        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
                END IF;
                IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'search_simple') THEN
                    CREATE TEXT SEARCH CONFIGURATION search_simple (COPY = pg_catalog.simple);
                    ALTER TEXT SEARCH CONFIGURATION search_simple
                        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
                END IF;
            END
            $$;
        """,
        reverse_sql=(
            "DROP TEXT SEARCH CONFIGURATION IF EXISTS search_english;"
            "DROP TEXT SEARCH CONFIGURATION IF EXISTS search_simple;"
        ),
    )
]


class Migration(migrations.Migration):
    initial = True

    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = {"sqlite": SQLITE_OPERATIONS, "postgresql": POSTGRES_OPERATIONS}.get(connection.vendor, [])
