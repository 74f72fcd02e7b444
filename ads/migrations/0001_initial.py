"""The models of this app as they stood in `home`, taken over with their tables and rows.

On a database from before the move the tables exist already; on a new one `home`'s migrations made
them. Either way nothing is created here: the models change apps in Django's state only, and their
content types follow, so permissions and references to them are kept.
"""

import django.core.validators
import django.db.models.deletion
import modelsearch.index
from django.db import migrations, models

from core.model_moves import content_types_follow


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("home", "0003_ad_spots_and_related_count_limit"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AdSpot",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "name",
                            models.CharField(
                                help_text="For editors only; readers never see it.", max_length=120
                            ),
                        ),
                        (
                            "placement",
                            models.CharField(
                                choices=[
                                    ("header", "Header, on every page"),
                                    ("sidebar", "Sidebar, on every page"),
                                    ("in_article", "Inside every article, after paragraph N"),
                                    ("article_end", "End of every article"),
                                    ("body", "Only where an editor places it in an article body"),
                                ],
                                default="sidebar",
                                max_length=20,
                            ),
                        ),
                        (
                            "paragraph",
                            models.PositiveSmallIntegerField(
                                default=3,
                                help_text="Inside articles: the ad follows this paragraph. Shorter articles show none.",
                                validators=[django.core.validators.MinValueValidator(1)],
                            ),
                        ),
                        (
                            "image_alt",
                            models.CharField(
                                blank=True,
                                help_text="What the image says or shows; required with an image.",
                                max_length=250,
                            ),
                        ),
                        (
                            "link_url",
                            models.URLField(
                                blank=True,
                                help_text="Where the ad leads.",
                                validators=[django.core.validators.URLValidator(schemes=["http", "https"])],
                            ),
                        ),
                        (
                            "sponsor_line",
                            models.CharField(
                                blank=True,
                                help_text="Plain text, e.g. 'Supported by the Caspian Rail Fund'.",
                                max_length=200,
                            ),
                        ),
                        (
                            "is_house_ad",
                            models.BooleanField(
                                default=False,
                                help_text="Our own promotion; served only where no paid ad is active.",
                            ),
                        ),
                        (
                            "active_from",
                            models.DateTimeField(blank=True, help_text="Empty: from now.", null=True),
                        ),
                        (
                            "active_until",
                            models.DateTimeField(
                                blank=True, help_text="Empty: until switched off.", null=True
                            ),
                        ),
                        (
                            "image",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to="wagtailimages.image",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "ad spot",
                        "db_table": "home_adspot",
                        "ordering": ["placement", "name"],
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ]
        ),
        content_types_follow("home", "ads", ["adspot"]),
    ]
