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
                    name="TermFrequency",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("term", models.CharField(max_length=40, unique=True)),
                        ("documents", models.PositiveIntegerField(default=0)),
                    ],
                    options={
                        "db_table": "articles_termfrequency",
                    },
                ),
                migrations.CreateModel(
                    name="ArticleTerm",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("term", models.CharField(max_length=40)),
                        ("weight", models.FloatField()),
                        (
                            "article",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="articles.articlepage",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "articles_articleterm",
                        "indexes": [models.Index(fields=["article"], name="article_term_article")],
                        "constraints": [
                            models.UniqueConstraint(fields=("term", "article"), name="unique_article_term")
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="RelatedArticle",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("rank", models.PositiveSmallIntegerField()),
                        ("score", models.FloatField()),
                        (
                            "article",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="related_links",
                                to="articles.articlepage",
                            ),
                        ),
                        (
                            "related",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="articles.articlepage",
                            ),
                        ),
                    ],
                    options={
                        "db_table": "articles_relatedarticle",
                        "ordering": ["article", "rank"],
                        "indexes": [models.Index(fields=["article", "rank"], name="related_article_rank")],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("article", "related"), name="unique_related_article"
                            )
                        ],
                    },
                ),
            ]
        ),
        content_types_follow("articles", "related", ["termfrequency", "articleterm", "relatedarticle"]),
    ]
