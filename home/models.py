"""The front page."""

from django.db import models
from django.http import Http404
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

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
    # A translated home page may lead with another article (one translated into its language, say).
    override_translatable_fields = [SynchronizedField("lead_article", overridable=True)]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["articles.SectionPage"]
    max_count_per_parent = 1

    @property
    def listings(self):
        """The lead article and each section's newest; the template renders them once per generation."""
        return home_page_listings(self)

    def route(self, request, path_components):
        """Find a page below the home page in one query by its URL path, not one query per level."""
        if path_components:
            url_path = self.url_path + "/".join(path_components) + "/"
            found = Page.objects.filter(slug=path_components[-1], url_path=url_path).specific().first()
            if found is not None:
                if not found.live:
                    raise Http404
                return found.route(request, [])
        return super().route(request, path_components)
