"""The models of this app as they stood in `articles`, taken over with their tables and rows.

On a database from before the move the tables exist already; on a new one `articles`'s migrations made
them. Either way nothing is created here: the models change apps in Django's state only, and their
content types follow, so permissions and references to them are kept.
"""

import django.db.models.deletion
from django.db import migrations, models

from core.model_moves import content_types_follow


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("articles", "0003_move_rankings_and_views_out"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ArticleDailyViews",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("day", models.DateField()),
                        ("views", models.PositiveIntegerField(default=0)),
                        (
                            "article",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="daily_views",
                                to="articles.articlepage",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name_plural": "article daily views",
                        "db_table": "articles_articledailyviews",
                        "indexes": [models.Index(fields=["day", "article"], name="daily_views_day")],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("article", "day"), name="unique_article_day_views"
                            )
                        ],
                    },
                ),
            ]
        ),
        content_types_follow("articles", "popularity", ["articledailyviews"]),
    ]
