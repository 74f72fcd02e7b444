"""Pages are re-indexed at once when saved, whatever the task backend.

modelsearch re-indexes a saved object through a task (`insert_or_update_object_task`). Under the
production settings tasks wait in the database for the worker (`manage.py db_worker`), so a published
or edited article would stay unsearchable, or keep its old text, until the worker came round. For pages
the index is updated here instead, in the saving transaction, as the immediate task backend does in
development; other indexed models (images, documents, users) keep modelsearch's task.
"""

from django.db.models.signals import post_delete, post_save
from modelsearch import index
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler
from wagtail.models import Page

from core.pauses import Pause

# Saves of pages under it do not index them: a bulk load indexes each page once itself.
page_indexing_paused = Pause()


def index_saved_page(sender, instance, raw=False, **kwargs):
    """Index the stored row, as the task would: saving a draft leaves the live text in the row."""
    if raw or page_indexing_paused.active:
        return
    stored = sender.objects.filter(pk=instance.pk).first()
    if stored is not None:
        index.insert_or_update_object(stored)


def index_pages_at_once():
    """Swap modelsearch's queued handler for `index_saved_page` on every indexed page model.

    Called from the search app's `ready()`, which runs before modelsearch's (the `search_auto_update`
    flag makes it skip these models); the disconnection covers the opposite order.
    """
    page_models = [
        model
        for model in index.get_indexed_models()
        if issubclass(model, Page) and getattr(model, "search_auto_update", True)
    ]
    for model in page_models:
        model.search_auto_update = False
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
        post_save.connect(index_saved_page, sender=model, dispatch_uid=f"search-index-{model._meta.label}")
        post_delete.connect(
            post_delete_signal_handler, sender=model, dispatch_uid=f"search-unindex-{model._meta.label}"
        )
