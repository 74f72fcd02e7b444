"""Keep furniture fresh the moment an editor publishes, unpublishes, moves, deletes or restricts a page."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import popularity
from .listings import clear_furniture_cache
from .models import ArticlePage
from .related import refresh_article_safely

# Sent whenever what readers may see changes (publish, unpublish, move, delete, view restriction), so
# other apps with caches of visible pages (search suggestions) listen to one signal, not five.
reader_visibility_changed = Signal()


def visibility_changed():
    """LATEST and navigation are rebuilt, Popular Articles and the beacon's countable ids re-read."""
    clear_furniture_cache()
    popularity.visibility_changed()
    reader_visibility_changed.send(sender=Page)


@receiver(page_published)
def on_publish(sender, instance, **kwargs):
    visibility_changed()
    # page_published also fires when a page is scheduled for later; rank it when it really goes live.
    if isinstance(instance, ArticlePage) and instance.live:
        refresh_article_safely(instance)


@receiver(page_unpublished)
@receiver(post_page_move)
def on_unpublish_or_move(sender, instance, **kwargs):
    visibility_changed()


@receiver(post_delete)
def clear_on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        visibility_changed()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def clear_on_privacy_change(sender, instance, **kwargs):
    visibility_changed()
