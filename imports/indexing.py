"""Index an imported article once, not once per save.

Creating and publishing a page saves it three times, and each save re-indexes it for search and
re-reads its references (Wagtail's reference index): two thirds of that work is thrown away. While
an article is imported both automatic updates are off; it is indexed once when it is complete.
"""

from contextlib import contextmanager

from modelsearch.index import insert_or_update_object
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from search.indexing import page_indexing_paused


@contextmanager
def indexed_once():
    """Yields a list: append each page saved inside; they are indexed when the block ends cleanly."""
    pages = []
    with page_indexing_paused(), disable_reference_index_auto_update():
        yield pages
    for page in pages:
        insert_or_update_object(page)
        ReferenceIndex.create_or_update_for_object(page)
