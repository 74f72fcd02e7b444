"""The Related Posts body block: hand-picked articles first, then automatic slots from the stored ranking."""

from wagtail import blocks

MAX_BLOCK_ARTICLES = 6
DEFAULT_AUTOMATIC_SLOTS = 3


class RelatedPostsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=80, default="Related Posts")
    articles = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="articles.ArticlePage"),
        min_num=0,
        max_num=MAX_BLOCK_ARTICLES,
        default=[],
        label="Hand-picked articles",
        help_text="Shown first, in this order. Unpublished or private ones are skipped.",
    )
    automatic = blocks.IntegerBlock(
        min_value=0,
        max_value=MAX_BLOCK_ARTICLES,
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
            # Rendered outside an article page (no plan): the visible hand-picked ones only.
            from .article_extras import visible_articles

            ids = [page.pk for page in value["articles"] if page is not None]
            found = visible_articles().in_bulk(ids)
            articles = [found[pk] for pk in ids if pk in found]
        context["related_articles"] = articles
        return context

    class Meta:
        template = "articles/blocks/related_posts.html"
        icon = "list-ul"
        label = "Related posts"
        description = "A short list of related articles: your picks, filled up automatically."
        preview_value = {"heading": "Related Posts", "articles": [], "automatic": 3}
