"""Keep the cached furniture fresh the moment an editor publishes, unpublishes or deletes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from .listings import clear_furniture_cache


@receiver(page_published)
@receiver(page_unpublished)
def clear_on_publish(sender, instance, **kwargs):
    clear_furniture_cache()


@receiver(post_delete)
def clear_on_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        clear_furniture_cache()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def clear_on_privacy_change(sender, instance, **kwargs):
    clear_furniture_cache()
