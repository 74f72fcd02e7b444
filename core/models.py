"""The publication's site-wide settings (Settings > Publication settings in the admin)."""

from django.core.validators import MaxValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField

from .blocks import LinkBlock


@register_setting(icon="cog")
class PublicationSettings(BaseGenericSetting):
    name = models.CharField(max_length=120, default="The Caspian Review")
    tagline = models.CharField(
        max_length=200, blank=True, default="Opinion and analysis from the Caspian and beyond"
    )
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    social_links = StreamField([("link", LinkBlock())], blank=True)
    newsletter_heading = models.CharField(max_length=120, default="Stay ahead of the region")
    newsletter_text = models.TextField(
        max_length=400,
        default="Our editors' pick of opinion and analysis, straight to your inbox every Friday.",
    )
    related_posts_count = models.PositiveSmallIntegerField(
        default=4,
        validators=[MaxValueValidator(12)],
        help_text="How many related posts end every article (0 to 12).",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("tagline"), FieldPanel("logo")], heading="Publication"
        ),
        FieldPanel("social_links"),
        MultiFieldPanel(
            [FieldPanel("newsletter_heading"), FieldPanel("newsletter_text")],
            heading="Default newsletter call-to-action",
        ),
        FieldPanel("related_posts_count"),
    ]

    class Meta:
        # The table predates the core app (the settings lived in `home`); it keeps its name and rows.
        db_table = "home_publicationsettings"
        verbose_name = "Publication settings"
