"""Related-posts rankings and view counts move to the `related` and `popularity` apps.

Their tables keep their names and rows: this only hands the models over in Django's state (the new apps'
first migrations take them up with the same tables). The field changes are help texts and block paths.
"""

import django.db.models.deletion
import wagtail.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_related_posts_views_and_body_blocks"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="ArticleDailyViews"),
                migrations.DeleteModel(name="ArticleTerm"),
                migrations.DeleteModel(name="RelatedArticle"),
                migrations.DeleteModel(name="TermFrequency"),
            ]
        ),
        migrations.AlterField(
            model_name="articlepage",
            name="article_type",
            field=models.CharField(
                choices=[
                    ("op-ed", "Op-ed"),
                    ("editorial", "Editorial"),
                    ("analysis", "Analysis"),
                    ("news", "News"),
                ],
                default="op-ed",
                help_text="Shown above the headline. An op-ed is a signed opinion, an editorial the publication's own view, an analysis explains, news reports.",
                max_length=20,
            ),
        ),
        migrations.AlterField(
            model_name="articlepage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("paragraph", 0),
                    ("heading", 3),
                    ("pull_quote", 6),
                    ("image", 9),
                    ("embed", 10),
                    ("fact_box", 14),
                    ("newsletter", 17),
                    ("related_posts", 22),
                    ("ad_spot", 23),
                ],
                blank=True,
                block_lookup={
                    0: ("articles.blocks.ParagraphBlock", (), {}),
                    1: ("wagtail.blocks.CharBlock", (), {"max_length": 200}),
                    2: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {"choices": [("h2", "Heading 2"), ("h3", "Heading 3")]},
                    ),
                    3: ("wagtail.blocks.StructBlock", [[("text", 1), ("level", 2)]], {}),
                    4: ("wagtail.blocks.TextBlock", (), {"max_length": 500}),
                    5: ("wagtail.blocks.CharBlock", (), {"max_length": 200, "required": False}),
                    6: ("wagtail.blocks.StructBlock", [[("quote", 4), ("attribution", 5)]], {}),
                    7: ("wagtail.images.blocks.ImageBlock", [], {}),
                    8: ("wagtail.blocks.CharBlock", (), {"max_length": 300, "required": False}),
                    9: ("wagtail.blocks.StructBlock", [[("image", 7), ("caption", 8), ("credit", 5)]], {}),
                    10: ("articles.blocks.EmbedWithFallbackBlock", (), {}),
                    11: ("wagtail.blocks.CharBlock", (), {"default": "Key facts", "max_length": 120}),
                    12: ("wagtail.blocks.CharBlock", (), {"max_length": 300}),
                    13: ("wagtail.blocks.ListBlock", (12,), {"min_num": 1}),
                    14: ("wagtail.blocks.StructBlock", [[("title", 11), ("facts", 13)]], {}),
                    15: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Leave empty for the site's default.",
                            "max_length": 120,
                            "required": False,
                        },
                    ),
                    16: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {
                            "help_text": "Leave empty for the site's default.",
                            "max_length": 400,
                            "required": False,
                        },
                    ),
                    17: ("wagtail.blocks.StructBlock", [[("heading", 15), ("text", 16)]], {}),
                    18: ("wagtail.blocks.CharBlock", (), {"default": "Related Posts", "max_length": 80}),
                    19: ("wagtail.blocks.PageChooserBlock", (), {"page_type": ["articles.ArticlePage"]}),
                    20: (
                        "wagtail.blocks.ListBlock",
                        (19,),
                        {
                            "default": [],
                            "help_text": "Shown first, in this order. Unpublished or private ones are skipped.",
                            "label": "Hand-picked articles",
                            "max_num": 6,
                            "min_num": 0,
                        },
                    ),
                    21: (
                        "wagtail.blocks.IntegerBlock",
                        (),
                        {
                            "default": 3,
                            "help_text": "How many more to fill with the most related articles (none repeats another).",
                            "label": "Automatic slots",
                            "max_value": 6,
                            "min_value": 0,
                        },
                    ),
                    22: (
                        "wagtail.blocks.StructBlock",
                        [[("heading", 18), ("articles", 20), ("automatic", 21)]],
                        {},
                    ),
                    23: ("articles.blocks.AdSpotBlock", (), {}),
                },
                help_text="The article, block by block: add paragraphs, headings, quotes, images and more with the + button.",
            ),
        ),
        migrations.AlterField(
            model_name="articlepage",
            name="hero_caption",
            field=models.CharField(
                blank=True, help_text="What or who the image shows, where and when.", max_length=300
            ),
        ),
        migrations.AlterField(
            model_name="articlepage",
            name="hero_credit",
            field=models.CharField(
                blank=True,
                help_text="Who took or owns the image, e.g. 'Photo: Aysel Karimova'.",
                max_length=200,
            ),
        ),
        migrations.AlterField(
            model_name="articlepage",
            name="hero_image",
            field=models.ForeignKey(
                blank=True,
                help_text="The large image under the headline, also used in listings and when the article is shared. Landscape, at least 1200 pixels wide.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailimages.image",
            ),
        ),
        migrations.AlterField(
            model_name="author",
            name="links",
            field=wagtail.fields.StreamField(
                [("link", 2)],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "For example: Mastodon, Telegram, Website", "max_length": 60},
                    ),
                    1: ("wagtail.blocks.URLBlock", (), {}),
                    2: ("wagtail.blocks.StructBlock", [[("label", 0), ("url", 1)]], {}),
                },
                help_text="The author's profiles and website, in this order.",
            ),
        ),
    ]
