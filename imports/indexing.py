"""Index an imported article once, not once per save.

Creating and publishing a page saves it three times, and each save re-indexes it for search and
re-reads its references (Wagtail's reference index): two thirds of that work is thrown away. While
an article is imported both automatic updates are off; it is indexed once when it is complete.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.index import insert_or_update_object
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from articles.models import ArticlePage


@contextmanager
def indexed_once():
    """Yields a list: append each page saved inside; they are indexed when the block ends cleanly."""
    pages = []
    disconnected = post_save.disconnect(post_save_signal_handler, sender=ArticlePage)
    try:
        with disable_reference_index_auto_update():
            yield pages
    finally:
        if disconnected:
            post_save.connect(post_save_signal_handler, sender=ArticlePage)
    for page in pages:
        insert_or_update_object(page)
        ReferenceIndex.create_or_update_for_object(page)
