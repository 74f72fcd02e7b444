"""View history outlives its article: the page link loses its database constraint and its cascade.

Forward, PostgreSQL drops the foreign-key constraint and SQLite rebuilds the table without it; every row
is kept. Backward, the rows of articles deleted in the meantime are removed first (the constraint that
comes back could not hold them), then the cascading constraint is restored.
"""

import django.db.models.deletion
from django.db import migrations, models


def drop_views_of_deleted_articles(apps, schema_editor):
    database = schema_editor.connection.alias
    views = apps.get_model("popularity", "ArticleDailyViews").objects.using(database)
    pages = apps.get_model("articles", "ArticlePage").objects.using(database)
    views.exclude(article_id__in=pages.values("pk")).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_move_rankings_and_views_out"),
        ("popularity", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="articledailyviews",
            name="article",
            field=models.ForeignKey(
                db_constraint=False,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="daily_views",
                to="articles.articlepage",
            ),
        ),
        # Runs only backward, before the constraint is put back.
        migrations.RunPython(migrations.RunPython.noop, drop_views_of_deleted_articles),
    ]
