"""The home page and the publication's site-wide settings."""

from django.core.validators import MaxValueValidator
from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=60, help_text="For example: Mastodon, Telegram, RSS")
    url = blocks.URLBlock()

    class Meta:
        icon = "link"


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
        verbose_name = "Publication settings"


class HomePage(Page):
    """The front page: a lead article and the newest articles of each section."""

    lead_article = models.ForeignKey(
        "articles.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Leave empty to lead with the newest article.",
    )

    content_panels = Page.content_panels + [FieldPanel("lead_article")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["articles.SectionPage"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        from articles.listings import home_page_listings

        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_listings(self))
        return context


# The AdSpot snippet lives in its own module; importing it here registers the model with the app.
from .ads import AdSpot  # noqa: E402, F401
