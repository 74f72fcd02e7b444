from django.apps import AppConfig

from articles.page_context import contributes_to_article_page


class AdsConfig(AppConfig):
    name = "ads"
    verbose_name = "Ad spots"

    def ready(self):
        from . import selection  # models are loaded now; also connects the cache-clearing receivers

        contributes_to_article_page(selection.article_ads)
