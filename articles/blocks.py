"""StreamField blocks for article bodies; each has its own template under articles/blocks/."""

from django.db.models import Prefetch, prefetch_related_objects
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock

from home.ads_blocks import AdSpotBlock

from .related_blocks import RelatedPostsBlock

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
        from home.models import PublicationSettings

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
