"""Rank an article the moment it goes live."""

from django.dispatch import receiver
from wagtail.signals import page_published

from articles.models import ArticlePage

from .ranking import ranking_paused, refresh_article_safely


@receiver(page_published)
def rank_on_publish(sender, instance, **kwargs):
    # page_published also fires when a page is scheduled for later; rank it when it really goes live.
    if isinstance(instance, ArticlePage) and instance.live and not ranking_paused.active:
        refresh_article_safely(instance)
