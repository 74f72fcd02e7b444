"""Authors, sections and op-ed article pages."""

import math

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Prefetch, prefetch_related_objects
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import LinkBlock
from core.text import body_text, words

from . import author_texts, page_context
from .blocks import ArticleBodyBlock
from .dating import date_on_going_live, latest
from .forms import ArticlePageForm
from .generation import cached
from .localize import OwnField
from .neighbours import more_from_author, previous_and_next
from .pagination import paginate

WORDS_PER_MINUTE = 230
# Newest first: the order of every article listing (articles without a date last, then by id).
NEWEST_FIRST = (F("published_date").desc(nulls_last=True), F("pk").desc())
# The card image of listings; its renditions are fetched with the listing.
CARD_IMAGE_SPEC = "fill-640x360"


class AuthorKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANISATION = "organisation", "Organisation (e.g. an editorial board)"


class AuthorQuerySet(models.QuerySet):
    def original(self, slug):
        """The author a slug names, or None: the first written, since its translations (which keep its
        slug) are made from it later. Every author page and feed looks an author up this way."""
        return self.filter(slug=slug).order_by("pk").first()


class Author(TranslatableMixin, index.Indexed, models.Model):
    """A byline: a person, or an organisation such as the Editorial Board."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120)
    kind = models.CharField(max_length=20, choices=AuthorKind.choices, default=AuthorKind.PERSON)
    role = models.CharField(max_length=120, blank=True, help_text="For example: Energy correspondent")
    bio = models.TextField(max_length=1000, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    links = StreamField(
        [("link", LinkBlock())], blank=True, help_text="The author's profiles and website, in this order."
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
    # One address in every language: a translation keeps the original's slug (the rest is translated).
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    objects = AuthorQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        # A translation keeps its original's slug, so the address is the same in every language.
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="articles_author_unique_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:author", args=[self.slug])

    def clean(self):
        """One author per slug and language. The constraint cannot be left to the form: the locale is
        not one of its fields, so Django would skip the check and the database refuse the save."""
        super().clean()
        locale_id = self.locale_id or self.get_default_locale().pk
        twins = Author.objects.filter(slug=self.slug, locale_id=locale_id).exclude(pk=self.pk)
        if self.slug and twins.exists():
            raise ValidationError({"slug": "Another author already has this slug. Choose another."})

    def in_locale(self, locale_id):
        """This author as readers of that locale see them (see author_texts)."""
        return author_texts.localize([self], locale_id)[0]


class ArticleType(models.TextChoices):
    OP_ED = "op-ed", _("Op-ed")
    EDITORIAL = "editorial", _("Editorial")
    ANALYSIS = "analysis", _("Analysis")
    NEWS = "news", _("News")


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


class CorrectionKind(models.TextChoices):
    CORRECTION = "correction", _("Correction")
    UPDATE = "update", _("Update")


class ArticleCorrection(models.Model):
    """A note readers see under the article: what was wrong or what changed, and when."""

    page = ParentalKey("articles.ArticlePage", related_name="corrections", on_delete=models.CASCADE)
    kind = models.CharField(
        max_length=20,
        choices=CorrectionKind.choices,
        default=CorrectionKind.CORRECTION,
        help_text="Correction: the article was wrong and has been put right. Update: something new "
        "happened or was added since it was published.",
    )
    noted_at = models.DateTimeField(
        default=timezone.now, help_text="When the change was made; readers see this date"
    )
    text = RichTextField(
        features=["bold", "italic", "link"],
        max_length=1000,
        help_text="One or two sentences. For a correction, say what the article said that was wrong and "
        "what is right; for an update, say what was added or changed.",
    )

    panels = [FieldPanel("kind"), FieldPanel("noted_at"), FieldPanel("text")]

    class Meta:
        ordering = ["-noted_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} of {self.noted_at:%Y-%m-%d}"


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


class SectionPageQuerySet(PageQuerySet):
    def visible(self):
        """Sections readers can open, in the order of the page tree."""
        return self.live().public().order_by("path")


class SectionPage(Page):
    """A section such as Opinion or Energy; lists its articles, newest first."""

    intro = models.TextField(max_length=500, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    objects = PageManager.from_queryset(SectionPageQuerySet)()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginate(request, ArticlePage.objects.child_of(self).for_listing())
        return context


class ArticlePageQuerySet(PageQuerySet):
    def visible(self):
        """What readers may see: live and public. Every listing starts here."""
        return self.live().public()

    def newest_first(self):
        return self.order_by(*NEWEST_FIRST)

    def by(self, author):
        """The author's articles, whichever of the author's translations a byline names."""
        bylines = ArticlePageAuthor.objects.filter(author__translation_key=author.translation_key)
        return self.filter(pk__in=bylines.values("page_id"))

    def with_bylines(self):
        """Prefetch the bylines in their order, with their authors (for `ArticlePage.bylines`)."""
        return self.prefetch_related(bylines_prefetch())

    def for_listing(self):
        """Visible articles, newest first, with everything a card shows: bylines and card image."""
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=CARD_IMAGE_SPEC)
        return (
            self.visible()
            .defer_streamfields()
            .select_related("listing_image", "hero_image")
            .with_bylines()
            .prefetch_related(
                Prefetch("listing_image__renditions", queryset=renditions),
                Prefetch("hero_image__renditions", queryset=renditions),
            )
            .newest_first()
        )


def bylines_prefetch():
    return Prefetch(
        "article_authors",
        queryset=ArticlePageAuthor.objects.select_related("author", "author__photo").order_by("sort_order"),
    )


class ArticlePage(ListingFields, Page):
    standfirst = models.TextField(max_length=300, help_text="One or two sentences under the headline.")
    article_type = models.CharField(
        max_length=20,
        choices=ArticleType.choices,
        default=ArticleType.OP_ED,
        help_text="Shown above the headline. An op-ed is a signed opinion, an editorial the "
        "publication's own view, an analysis explains, news reports.",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The large image under the headline, also used in listings and when the article is "
        "shared. Landscape, at least 1200 pixels wide.",
    )
    hero_caption = models.CharField(
        max_length=300, blank=True, help_text="What or who the image shows, where and when."
    )
    hero_credit = models.CharField(
        max_length=200, blank=True, help_text="Who took or owns the image, e.g. 'Photo: Aysel Karimova'."
    )
    body = StreamField(
        ArticleBodyBlock(),
        blank=True,
        help_text="The article, block by block: add paragraphs, headings, quotes, images and more with "
        "the + button.",
    )
    published_date = models.DateTimeField(
        null=True,
        blank=True,
        db_index=True,
        help_text="The date readers see, which orders every list. Leave it empty to date the article when "
        "it goes live. It cannot be later than that: to publish in the future, leave it empty and use "
        "“Set schedule” in the Status side panel, then Publish; the article goes live at the go-live "
        "time and is dated by it. A draft may hold any date.",
    )
    updated_date = models.DateTimeField(null=True, blank=True, help_text="Set when the article is revised.")
    translated_by = models.ForeignKey(
        "articles.Author",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="On a translation: the translator, a person or an organisation such as the translation "
        "desk. Readers see “Translated by …” under the byline. Leave empty on an original.",
    )
    translated_on = models.DateField(
        null=True,
        blank=True,
        help_text="On a translation: the day it was translated, shown as “translated on”. Leave empty to "
        "use the day the translation first goes live. The publication date stays the original's.",
    )
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("standfirst"),
        FieldPanel("article_type"),
        MultipleChooserPanel(
            "article_authors",
            chooser_field_name="author",
            label="Authors",
            min_num=1,
            help_text="Everyone the byline names, in order. Choose an organisation such as the Editorial "
            "Board for unsigned pieces.",
        ),
        FieldPanel("tags", help_text="Places, people and topics, e.g. Baku, Caspian gas, elections."),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_caption"), FieldPanel("hero_credit")],
            heading="Hero image",
        ),
        FieldPanel("body"),
        InlinePanel(
            "corrections",
            heading="Corrections and updates",
            label="Note",
            help_text="Readers see these notes under the article, newest first, and the article shows "
            "as updated on the newest note's date. Add one when you fix a mistake or add news to a "
            "published article; they go live when you publish.",
        ),
    ]
    promote_panels = Page.promote_panels + ListingFields.promote_panels
    settings_panels = Page.settings_panels + [
        MultiFieldPanel([FieldPanel("published_date"), FieldPanel("updated_date")], heading="Dates"),
        MultiFieldPanel([FieldPanel("translated_by"), FieldPanel("translated_on")], heading="Translation"),
    ]
    # wagtail-localize's defaults translate every text: title, slug (a translation has its own address),
    # SEO title and description, standfirst, listing texts, hero caption and credit, body. The choices
    # (article type), dates, bylines, tags and corrections are the original's; the dates may not be
    # overridden (the original's publication date is the translation's). The translation credit is
    # each translation's own: never copied from the original, so a sync keeps it (editors set it with
    # the page's "Translation credit" action, articles/credit_admin.py). A translation may show other
    # images (one with words in it, say).
    override_translatable_fields = [
        SynchronizedField("published_date", overridable=False),
        SynchronizedField("updated_date", overridable=False),
        OwnField("translated_by"),
        OwnField("translated_on"),
        SynchronizedField("hero_image", overridable=True),
        SynchronizedField("listing_image", overridable=True),
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
            [
                # Bylines are searched, and suggested from their first letters (search/autocomplete.py).
                index.RelatedFields("author", [index.SearchField("name"), index.AutocompleteField("name")]),
                index.FilterField("author"),
            ],
        ),
    ]

    objects = PageManager.from_queryset(ArticlePageQuerySet)()

    class Meta:
        verbose_name = "article"

    base_form_class = ArticlePageForm

    def save(self, *args, **kwargs):
        if self.live and kwargs.get("update_fields") is None:  # a publish saves every field
            self.published_date = date_on_going_live(self)
        return super().save(*args, **kwargs)

    @property
    def translation_date(self):
        """The "translated on" day of a translation (None on an original)."""
        if not (self.translated_by_id or self.translated_on):
            return None
        return self.translated_on or (self.first_published_at and self.first_published_at.date())

    @property
    def translator(self):
        """Who translated it, named in the translation's language."""
        return self.translated_by and self.translated_by.in_locale(self.locale_id)

    @property
    def display_date(self):
        return self.published_date or self.first_published_at or self.latest_revision_created_at

    @property
    def revised_at(self):
        """When the article was last revised for readers: its revision date or its newest note."""
        return self._revised_at(self.corrections.all())

    def _revised_at(self, notes):
        return latest(self.updated_date, *(note.noted_at for note in notes))

    @property
    def modified_at(self):
        """When the article last changed: its last publish or revision; what feeds and sitemaps give."""
        return latest(self.last_published_at, self.revised_at)

    @property
    def display_title(self):
        return self.listing_title or self.title

    @property
    def summary(self):
        return self.listing_summary or self.standfirst

    @property
    def card_image(self):
        return self.listing_image or self.hero_image

    @property
    def bylines(self):
        """The byline's authors in order, in the article's language (prefetched by `with_bylines()` and
        the article page)."""
        return author_texts.localize([link.author for link in self.article_authors.all()], self.locale_id)

    @cached_property
    def reading_minutes(self):
        return max(1, math.ceil(len(words(body_text(self.body.raw_data))) / WORDS_PER_MINUTE))

    @classmethod
    def attach_sections(cls, articles, sections=None):
        """Give each article its `section` (its parent) from one query instead of one per article.

        `sections` ({path: section}) saves that query when the caller already has them.
        """
        if sections is None:
            sections = {section.path: section for section in SectionPage.objects.visible()}
        for article in articles:
            article.section = sections.get(article.path[: -cls.steplen])
        return articles

    def get_context(self, request, *args, **kwargs):
        """The article and what surrounds it, in a fixed number of queries whatever the body holds.

        What surrounds it (bylines, tags, section, related posts, more from the author, previous and
        next) is kept under the visibility generation, so a repeat view costs no queries for it; an
        editor's preview always builds it from the draft.
        """
        context = super().get_context(request, *args, **kwargs)
        fresh = getattr(request, "is_preview", False)
        context.update(cached(f"article:{self.pk}", self._own_context, fresh=fresh))
        context["shown_article_ids"] = {self.pk}
        page_context.add_contributions(self, request, context)
        shown = frozenset(context["shown_article_ids"])
        context.update(
            cached(f"article-end:{self.pk}", lambda: self._surroundings(context, shown), fresh=fresh)
        )
        return context

    def _own_context(self):
        prefetch_related_objects([self], bylines_prefetch())
        corrections = list(self.corrections.all())  # a preview's are the draft's, not the database's
        return {
            "bylines": self.bylines,
            "article_tags": list(self.tags.all()),
            "section": self.get_parent(),
            "hero_image": self.hero_image,
            "corrections": corrections,
            "revised_at": self._revised_at(corrections),
        }

    def _surroundings(self, context, shown):
        visible = ArticlePage.objects.visible().defer_streamfields()
        author = context["bylines"][0] if context["bylines"] else None
        previous_article, next_article = previous_and_next(visible, self, context["section"])
        return {
            "more_author": author,
            "more_from_author": more_from_author(visible, author, shown, self.locale_id),
            "previous_article": previous_article,
            "next_article": next_article,
        }
