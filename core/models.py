"""The publication's site-wide settings (Settings > Publication settings in the admin).

The texts readers see (name, tagline, the newsletter call-to-action) are written in the default
language and, below them on the same screen, once per further language. One settings screen with a
row per language, rather than a translatable snippet: the settings are one object, the texts are
short, and an editor sees at a glance what each language says. Readers get their language's text,
or the default language's where a translation leaves a field empty.
"""

import contextlib
import copy

from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField

from .blocks import LinkBlock
from .languages import active_content_language

SETTINGS_CACHE_KEY = "core:publication-settings:with-texts"
SETTINGS_CACHE_SECONDS = 60 * 60
TRANSLATED_TEXTS = ("name", "tagline", "newsletter_heading", "newsletter_text")


def further_languages():
    default = django_settings.LANGUAGE_CODE
    return [(code, name) for code, name in django_settings.WAGTAIL_CONTENT_LANGUAGES if code != default]


@register_setting(icon="cog")
class PublicationSettings(ClusterableModel, BaseGenericSetting):
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
        InlinePanel(
            "texts",
            heading="In other languages",
            label="Language",
            help_text="The name, tagline and newsletter call-to-action as readers of another language "
            "read them. Leave a field empty to show the English text.",
        ),
    ]

    @classmethod
    def _get_or_create(cls):
        """The settings as readers of the active language see them (what `load()` gives).

        The row and its texts come from the shared cache when they are there (every page shows them).
        The admin edits the row itself, never this copy.
        """
        try:
            cached = cache.get(SETTINGS_CACHE_KEY)
        except Exception:  # a cache that fails only costs the queries
            cached = None
        if cached is None:
            settings = super()._get_or_create()
            cached = (settings, {row.language: row.overrides() for row in settings.texts.all()})
            with contextlib.suppress(Exception):
                cache.set(SETTINGS_CACHE_KEY, cached, SETTINGS_CACHE_SECONDS)
        settings, texts = cached
        return settings.in_language(texts.get(active_content_language()))

    def in_language(self, overrides):
        if not overrides:
            return self
        shown = copy.copy(self)
        for name, value in overrides.items():
            setattr(shown, name, value)
        return shown

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


class PublicationTexts(models.Model):
    """The settings' reader-facing texts in one further language; an empty field keeps the default."""

    settings = ParentalKey(PublicationSettings, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(max_length=10, choices=further_languages)
    name = models.CharField(max_length=120, blank=True)
    tagline = models.CharField(max_length=200, blank=True)
    newsletter_heading = models.CharField(max_length=120, blank=True)
    newsletter_text = models.TextField(max_length=400, blank=True)

    panels = [FieldPanel(name) for name in ("language", *TRANSLATED_TEXTS)]

    class Meta:
        verbose_name = "texts in another language"
        unique_together = [("settings", "language")]  # checked by the admin's form, not only the database

    def __str__(self):
        return self.get_language_display()

    def overrides(self):
        return {name: value for name in TRANSLATED_TEXTS if (value := getattr(self, name).strip())}


@receiver(post_save, sender=PublicationTexts)
@receiver(post_delete, sender=PublicationTexts)
def forget_cached_settings(**kwargs):
    cache.delete(SETTINGS_CACHE_KEY)
