"""StreamField blocks for article bodies; each has its own template under articles/blocks/.

The body's schema belongs to the article, so every block type is defined here, including the two whose
content other apps serve: the Related posts block (filled by the `related` app through the article
page's context) and the Ad spot block (rendered by the `ads` app's template tag). Neither is imported.
"""

from django.apps import apps
from django.db.models import Prefetch, prefetch_related_objects
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from core.models import PublicationSettings

# Rendition specs that the body image template asks for; fetched with the images in one query.
BODY_IMAGE_SPEC = "width-1200"
PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=PARAGRAPH_FEATURES, **kwargs)

    class Meta:
        template = "articles/blocks/paragraph.html"
        icon = "pilcrow"
        label = "Paragraph"
        description = "Body text: bold, italic, links and lists."
        preview_value = (
            "<p>Freight trains now cross the steppe in days rather than weeks, and the ports that "
            "serve them are learning to keep pace.</p>"
        )


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(choices=[("h2", "Heading 2"), ("h3", "Heading 3")], default="h2")

    class Meta:
        template = "articles/blocks/heading.html"
        icon = "title"
        label = "Heading"
        description = "A subheading that splits the article into sections."
        preview_value = {"text": "What the numbers say", "level": "h2"}


class PullQuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=500)
    attribution = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        template = "articles/blocks/pull_quote.html"
        icon = "openquote"
        label = "Pull quote"
        description = "A striking line from the article, set large, with an optional attribution."
        preview_value = {
            "quote": "A corridor is only as fast as its slowest border crossing.",
            "attribution": "A freight forwarder in Aktau",
        }


class ArticleImageBlock(blocks.StructBlock):
    image = ImageBlock()
    caption = blocks.CharBlock(required=False, max_length=300)
    credit = blocks.CharBlock(required=False, max_length=200)

    def bulk_to_python(self, values):
        """Load every image of the body and its rendition in two queries, however many there are."""
        struct_values = super().bulk_to_python(values)
        images = [value["image"] for value in struct_values if value.get("image")]
        if images:
            rendition_model = get_image_model().get_rendition_model()
            prefetch_related_objects(
                images,
                Prefetch("renditions", queryset=rendition_model.objects.filter(filter_spec=BODY_IMAGE_SPEC)),
            )
        return struct_values

    def get_preview_value(self):
        """The newest image in the library, so the block picker shows a real figure."""
        image = get_image_model().objects.order_by("-created_at").first()
        if image is None:
            return self.get_default()
        return self.to_python(
            {
                "image": {"image": image.pk, "decorative": False, "alt_text": image.title},
                "caption": "A caption says what the picture shows.",
                "credit": "Photo: the photographer",
            }
        )

    class Meta:
        template = "articles/blocks/image.html"
        icon = "image"
        label = "Image"
        description = "An image with alt text, caption and credit."


class EmbedWithFallbackBlock(EmbedBlock):
    class Meta:
        template = "articles/blocks/embed.html"
        icon = "media"
        label = "Embed"
        description = (
            "A video or post from YouTube, Vimeo and similar; shows a plain link if it cannot be embedded."
        )
        preview_value = "https://www.youtube.com/watch?v=example"


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, default="Key facts")
    facts = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1)

    class Meta:
        template = "articles/blocks/fact_box.html"
        icon = "list-ul"
        label = "Fact box"
        description = "A boxed list of key facts or figures."
        preview_value = {
            "title": "Key figures",
            "facts": ["Baku to Tbilisi by rail: about 550 km", "Caspian ferry crossing: roughly 20 hours"],
        }


class NewsletterCallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False, max_length=120, help_text="Leave empty for the site's default."
    )
    text = blocks.TextBlock(required=False, max_length=400, help_text="Leave empty for the site's default.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        site_settings = PublicationSettings.load(request_or_site=request)
        context["cta_heading"] = value.get("heading") or site_settings.newsletter_heading
        context["cta_text"] = value.get("text") or site_settings.newsletter_text
        return context

    class Meta:
        template = "articles/blocks/newsletter_cta.html"
        icon = "mail"
        label = "Newsletter sign-up"
        description = "An inline newsletter sign-up form; empty fields use the site's default copy."
        preview_value = {"heading": "", "text": ""}


MAX_RELATED_BLOCK_ARTICLES = 6
DEFAULT_AUTOMATIC_SLOTS = 3


class RelatedPostsBlock(blocks.StructBlock):
    """Hand-picked articles first, then automatic slots from the stored ranking (the `related` app)."""

    heading = blocks.CharBlock(max_length=80, default="Related Posts")
    articles = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="articles.ArticlePage"),
        min_num=0,
        max_num=MAX_RELATED_BLOCK_ARTICLES,
        default=[],
        label="Hand-picked articles",
        help_text="Shown first, in this order. Unpublished or private ones are skipped.",
    )
    automatic = blocks.IntegerBlock(
        min_value=0,
        max_value=MAX_RELATED_BLOCK_ARTICLES,
        default=DEFAULT_AUTOMATIC_SLOTS,
        label="Automatic slots",
        help_text="How many more to fill with the most related articles (none repeats another).",
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        parent_context = parent_context or {}
        plan = parent_context.get("related_plan")
        articles = plan.for_block(parent_context.get("block_id")) if plan is not None else None
        if articles is None:
            # Rendered outside an article page (a preview): the visible hand-picked ones only.
            ids = [page.pk for page in value["articles"] if page is not None]
            found = apps.get_model("articles", "ArticlePage").objects.visible().in_bulk(ids)
            articles = [found[pk] for pk in ids if pk in found]
        context["related_articles"] = articles
        return context

    class Meta:
        template = "articles/blocks/related_posts.html"
        icon = "list-ul"
        label = "Related posts"
        description = "A short list of related articles: your picks, filled up automatically."
        preview_value = {"heading": "Related Posts", "articles": [], "automatic": 3}


class AdSpotBlock(SnippetChooserBlock):
    """An editor places a chosen ad spot; the `ads` app shows it only while it is active."""

    def __init__(self, **kwargs):
        super().__init__("ads.AdSpot", **kwargs)

    def get_preview_value(self):
        """The newest ad spot, so the block picker previews a real ad (and shows the description)."""
        return self.target_model.objects.order_by("-pk").first()

    class Meta:
        template = "articles/blocks/ad_spot.html"
        icon = "pick"
        label = "Ad spot"
        description = "An ad from Snippets > Ad spots; shows nothing outside its active dates."


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    pull_quote = PullQuoteBlock()
    image = ArticleImageBlock()
    embed = EmbedWithFallbackBlock()
    fact_box = FactBoxBlock()
    newsletter = NewsletterCallToActionBlock()
    related_posts = RelatedPostsBlock()
    ad_spot = AdSpotBlock()
