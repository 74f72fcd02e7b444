from django.apps import AppConfig

from articles.page_context import contributes_to_article_page


class RelatedConfig(AppConfig):
    """Related posts: rankings stored on publish, read by the article page in one query."""

    name = "related"
    verbose_name = "Related posts"

    def ready(self):
        from . import plan, signals  # noqa: F401 - models are loaded now; connects the receivers

        contributes_to_article_page(plan.related_context)
