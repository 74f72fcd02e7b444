"""The models of this app as they stood in `home`, taken over with their tables and rows.

On a database from before the move the tables exist already; on a new one `home`'s migrations made
them. Either way nothing is created here: the models change apps in Django's state only, and their
content types follow, so permissions and references to them are kept.
"""

import django.core.validators
import django.db.models.deletion
import wagtail.fields
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
                    name="PublicationSettings",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("name", models.CharField(default="The Caspian Review", max_length=120)),
                        (
                            "tagline",
                            models.CharField(
                                blank=True,
                                default="Opinion and analysis from the Caspian and beyond",
                                max_length=200,
                            ),
                        ),
                        (
                            "social_links",
                            wagtail.fields.StreamField(
                                [("link", 2)],
                                blank=True,
                                block_lookup={
                                    0: (
                                        "wagtail.blocks.CharBlock",
                                        (),
                                        {
                                            "help_text": "For example: Mastodon, Telegram, Website",
                                            "max_length": 60,
                                        },
                                    ),
                                    1: ("wagtail.blocks.URLBlock", (), {}),
                                    2: ("wagtail.blocks.StructBlock", [[("label", 0), ("url", 1)]], {}),
                                },
                            ),
                        ),
                        (
                            "newsletter_heading",
                            models.CharField(default="Stay ahead of the region", max_length=120),
                        ),
                        (
                            "newsletter_text",
                            models.TextField(
                                default="Our editors' pick of opinion and analysis, straight to your inbox every Friday.",
                                max_length=400,
                            ),
                        ),
                        (
                            "related_posts_count",
                            models.PositiveSmallIntegerField(
                                default=4,
                                help_text="How many related posts end every article (0 to 12).",
                                validators=[django.core.validators.MaxValueValidator(12)],
                            ),
                        ),
                        (
                            "logo",
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
                        "verbose_name": "Publication settings",
                        "db_table": "home_publicationsettings",
                    },
                ),
            ]
        ),
        content_types_follow("home", "core", ["publicationsettings"]),
    ]
