"""Forget the cached vocabulary and popular list when what readers can see changes.

The search index itself needs nothing here: modelsearch re-indexes the saved page on every save
(publish and unpublish included), and live/public filters are applied when searching.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from articles.models import Author

from .suggestions import clear_caches


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def on_visibility_change(sender, **kwargs):
    clear_caches()


@receiver(post_delete)
def on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        clear_caches()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_save, sender=Author)
@receiver(post_delete, sender=Author)
def on_restriction_or_author_change(sender, **kwargs):
    clear_caches()
