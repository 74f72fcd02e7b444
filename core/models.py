"""The publication's site-wide settings (Settings > Publication settings in the admin)."""

import contextlib

from django.core.cache import cache
from django.core.validators import MaxValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField

from .blocks import LinkBlock

SETTINGS_CACHE_KEY = "core:publication-settings"
SETTINGS_CACHE_SECONDS = 60 * 60


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

    @classmethod
    def _get_or_create(cls):
        """The settings row, from the shared cache when it is there (every page shows them)."""
        try:
            settings = cache.get(SETTINGS_CACHE_KEY)
        except Exception:  # a cache that fails only costs the query
            settings = None
        if settings is None:
            settings = super()._get_or_create()
            with contextlib.suppress(Exception):
                cache.set(SETTINGS_CACHE_KEY, settings, SETTINGS_CACHE_SECONDS)
        return settings

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        cache.delete(SETTINGS_CACHE_KEY)

    def delete(self, *args, **kwargs):
        cache.delete(SETTINGS_CACHE_KEY)
        return super().delete(*args, **kwargs)

    class Meta:
        # The table predates the core app (the settings lived in `home`); it keeps its name and rows.
        db_table = "home_publicationsettings"
        verbose_name = "Publication settings"
