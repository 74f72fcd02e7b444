"""One signal for "what readers may see has changed", sent on publish, unpublish, move, delete and a
change of view restriction. Apps that cache visible pages (LATEST here, Popular Articles, search
suggestions) listen to `reader_visibility_changed` rather than to those five Wagtail signals.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cache_backends import cache_recovered

from .generation import start_new_generation
from .models import Author

reader_visibility_changed = Signal()


def announce_visibility_change(page=None):
    """Tell every listener; `page` is the page that changed, when there is one."""
    reader_visibility_changed.send(sender=Page, page=page)


@receiver(reader_visibility_changed)
def forget_visible_caches(sender, **kwargs):
    start_new_generation()


@receiver(cache_recovered)
def forget_what_the_cache_held_before_an_outage(sender, **kwargs):
    # A publish made while the cache was unreachable could not start a new generation; what the cache
    # still holds from before may be stale, so none of it is used.
    start_new_generation()


@receiver(post_save, sender=Author)
@receiver(post_delete, sender=Author)
def on_byline_change(sender, **kwargs):
    start_new_generation()  # bylines show in every cached listing


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def on_publish_unpublish_or_move(sender, instance, **kwargs):
    announce_visibility_change(instance)


@receiver(post_delete)
def on_page_delete(sender, instance, **kwargs):
    # A live page was unpublished (and its URLs purged) just before; the deleted row can name nothing.
    if isinstance(instance, Page):
        announce_visibility_change()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def on_privacy_change(sender, instance, **kwargs):
    # The restriction may be going away with its page, in which case there is no page left to name.
    announce_visibility_change(Page.objects.filter(pk=instance.page_id).first())
