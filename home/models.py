"""The front page."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from .listings import home_page_listings


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
        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_listings(self))
        return context
