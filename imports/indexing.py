"""Index imported articles in bulk, once each, instead of on every save.

Creating and publishing a page saves it up to three times, and each save re-indexes it for search and
re-reads its references (Wagtail's reference index): most of that work is thrown away, and one search
write per page costs several queries. While a batch of posts is imported both automatic updates are
off; the batch's pages are then indexed together, in the batch's transaction.
"""

from contextlib import contextmanager

from modelsearch.backends import get_search_backends
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from search.indexing import page_indexing_paused


@contextmanager
def automatic_indexing_paused():
    with page_indexing_paused(), disable_reference_index_auto_update():
        yield


def index_pages(pages):
    """Write the pages' search entries (one bulk write per page model and backend) and references."""
    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), {})[page.pk] = page  # a page saved twice is indexed once
    for backend in get_search_backends(with_auto_update=True):
        for model, objects in by_model.items():
            backend.add_bulk(model, list(objects.values()))
    for objects in by_model.values():
        for page in objects.values():
            ReferenceIndex.create_or_update_for_object(page)
