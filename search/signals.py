"""Forget the cached vocabulary and popular list when what readers can see changes.

The search index itself needs nothing here: every save of a page re-indexes it at once (indexing.py),
publish and unpublish included, and live/public filters are applied when searching.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from articles.models import Author
from articles.signals import reader_visibility_changed

from .suggestions import clear_caches


@receiver(reader_visibility_changed)
@receiver(post_save, sender=Author)
@receiver(post_delete, sender=Author)
def on_visibility_or_author_change(sender, **kwargs):
    clear_caches()
