"""Search per content language.

SQLite: the FTS5 table `search_fts_plain` for the languages that English stemming would harm
(Azerbaijani, and Russian, which search.languages stems itself). PostgreSQL: `search_russian`, the
Russian configuration with accents (ё) folded first, as `search_english` folds them for English.
Run `manage.py wagtail_update_index` afterwards to move existing translations to their language.
"""

from django.db import connection, migrations, models

SQLITE_OPERATIONS = [
    migrations.SeparateDatabaseAndState(
        state_operations=[
            migrations.CreateModel(
                name="PlainIndexEntry",
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
                options={"db_table": "search_fts_plain"},
            )
        ],
        database_operations=[
            migrations.RunSQL(
                sql=(
                    "CREATE VIRTUAL TABLE search_fts_plain USING fts5("
                    "title, lead, body, tokenize = 'unicode61 remove_diacritics 2')"
                ),
                reverse_sql="DROP TABLE IF EXISTS search_fts_plain",
            )
        ],
    ),
]

POSTGRES_OPERATIONS = [
    migrations.RunSQL(
        sql="""
            DO $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'search_russian') THEN
                    CREATE TEXT SEARCH CONFIGURATION search_russian (COPY = pg_catalog.russian);
                    ALTER TEXT SEARCH CONFIGURATION search_russian
                        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, russian_stem;
                END IF;
            END
            $$;
        """,
        reverse_sql="DROP TEXT SEARCH CONFIGURATION IF EXISTS search_russian;",
    )
]


class Migration(migrations.Migration):
    dependencies = [("search", "0002_word")]

    operations = {"sqlite": SQLITE_OPERATIONS, "postgresql": POSTGRES_OPERATIONS}.get(connection.vendor, [])
