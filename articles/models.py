"""Authors, sections and op-ed article pages."""

import math
import re

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .blocks import ArticleBodyBlock

WORDS_PER_MINUTE = 230
READ_BLOCK_TYPES = ("paragraph", "heading", "pull_quote", "fact_box")


class AuthorKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANISATION = "organisation", "Organisation (e.g. an editorial board)"


class Author(index.Indexed, models.Model):
    """A byline: a person, or an organisation such as the Editorial Board."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=20, choices=AuthorKind.choices, default=AuthorKind.PERSON)
    role = models.CharField(max_length=120, blank=True, help_text="For example: Energy correspondent")
    bio = models.TextField(max_length=1000, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    links = StreamField(
        [
            (
                "link",
                blocks.StructBlock(
                    [("label", blocks.CharBlock(max_length=60)), ("url", blocks.URLBlock())], icon="link"
                ),
            )
        ],
        blank=True,
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("links"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("role")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:author", args=[self.slug])

    @property
    def is_organisation(self):
        return self.kind == AuthorKind.ORGANISATION


class ArticleType(models.TextChoices):
    OP_ED = "op-ed", "Op-ed"
    EDITORIAL = "editorial", "Editorial"
    ANALYSIS = "analysis", "Analysis"
    NEWS = "news", "News"


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ArticlePageAuthor(Orderable):
    """One byline position; the sort order is the order of names in the byline."""

    page = ParentalKey("articles.ArticlePage", related_name="article_authors", on_delete=models.CASCADE)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="article_links")

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        unique_together = [("page", "author")]


class ListingFields(models.Model):
    """How a page looks in listings; each field falls back to the page's own."""

    listing_title = models.CharField(max_length=255, blank=True, help_text="Shorter title for listings.")
    listing_summary = models.CharField(max_length=300, blank=True, help_text="Defaults to the standfirst.")
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Defaults to the hero image.",
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("listing_title"), FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading="Listing",
        )
    ]

    class Meta:
        abstract = True


class SectionPage(Page):
    """A section such as Opinion or Energy; lists its articles, newest first."""

    intro = models.TextField(max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    def get_context(self, request, *args, **kwargs):
        from .listings import article_listing, paginate

        context = super().get_context(request, *args, **kwargs)
        articles = article_listing(ArticlePage.objects.child_of(self))
        context["articles"] = paginate(request, articles)
        return context


class ArticlePage(ListingFields, Page):
    standfirst = models.TextField(max_length=300, help_text="One or two sentences under the headline.")
    article_type = models.CharField(max_length=20, choices=ArticleType.choices, default=ArticleType.OP_ED)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_caption = models.CharField(max_length=300, blank=True)
    hero_credit = models.CharField(max_length=200, blank=True)
    body = StreamField(ArticleBodyBlock(), blank=True)
    published_date = models.DateTimeField(
        null=True, blank=True, db_index=True, help_text="Shown to readers; defaults to the first publication."
    )
    updated_date = models.DateTimeField(null=True, blank=True, help_text="Set when the article is revised.")
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("standfirst"),
        FieldPanel("article_type"),
        MultipleChooserPanel("article_authors", chooser_field_name="author", label="Authors", min_num=1),
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption"), FieldPanel("hero_credit")],
            heading="Hero image",
        ),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels + ListingFields.promote_panels
    settings_panels = Page.settings_panels + [
        MultiFieldPanel([FieldPanel("published_date"), FieldPanel("updated_date")], heading="Dates")
    ]

    parent_page_types = ["articles.SectionPage"]
    subpage_types = []

    # Headline over standfirst over body; the search app filters and facets on the FilterFields.
    search_fields = Page.search_fields + [
        index.SearchField("title", boost=10),
        index.SearchField("standfirst", boost=3),
        index.SearchField("body"),
        index.FilterField("article_type"),
        index.FilterField("published_date"),
        index.RelatedFields(
            "article_authors",
            [index.RelatedFields("author", [index.SearchField("name")]), index.FilterField("author")],
        ),
    ]

    class Meta:
        verbose_name = "article"

    def save(self, *args, **kwargs):
        if self.published_date is None and self.live:
            self.published_date = self.first_published_at or timezone.now()
        return super().save(*args, **kwargs)

    @property
    def display_date(self):
        return self.published_date or self.first_published_at or self.latest_revision_created_at

    @property
    def display_title(self):
        return self.listing_title or self.title

    @property
    def summary(self):
        return self.listing_summary or self.standfirst

    @property
    def card_image(self):
        return self.listing_image or self.hero_image

    @cached_property
    def reading_minutes(self):
        text = " ".join(
            " ".join(block.block.get_searchable_content(block.value))
            for block in self.body
            if block.block_type in READ_BLOCK_TYPES
        )
        return max(1, math.ceil(len(re.findall(r"\w+", text)) / WORDS_PER_MINUTE))

    def get_context(self, request, *args, **kwargs):
        from .listings import article_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(article_page_context(self, request))
        return context


# Models that live in their own modules (related-posts index, view counts) register with the app here.
from .popularity_models import ArticleDailyViews  # noqa: E402, F401
from .related_models import ArticleTerm, RelatedArticle, TermFrequency  # noqa: E402, F401
