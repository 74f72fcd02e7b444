"""Under the production task settings (tasks queued in the database), a publish is searchable at once.

modelsearch queues index updates as tasks; production runs tasks from the database in a worker. The
search app indexes pages in the saving transaction instead, so no worker is needed (search/indexing.py).
"""

import pytest
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from tests import factories
from tests.search.helpers import paragraph, result_titles

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
INDEX_TASK = "modelsearch.tasks.insert_or_update_object_task"


@pytest.fixture
def database_tasks(db):
    with override_settings(TASKS=DATABASE_TASKS):
        yield


def queued_page_index_tasks():
    """Index updates waiting for the worker, for articles or sections (authors keep the task)."""
    queued = DBTaskResult.objects.filter(task_path=INDEX_TASK).values_list("args_kwargs", flat=True)
    return [args for args in queued if args["args"][1] != "author"]


def test_tasks_really_wait_for_a_worker(database_tasks):
    """The setting applies: indexing another model (an author) is queued and not run."""
    factories.make_author("Queued Writer", slug="queued-writer")
    assert DBTaskResult.objects.filter(task_path=INDEX_TASK, status="READY").exists()


def test_a_publish_is_searchable_without_the_worker(client, database_tasks, section, author):
    draft = factories.make_article(
        section,
        title="Working title",
        authors=[author],
        body=[paragraph("Notes on the Zangezur route.")],
        publish=False,
    )
    assert result_titles(client.get("/search/", {"q": "zangezur"})) == []
    draft.title = "Albatross sighting on the Zangezur route"
    draft.save_revision().publish()
    assert result_titles(client.get("/search/", {"q": "albatross"})) == [draft.title]
    assert result_titles(client.get("/search/", {"q": "zangezur"})) == [draft.title]
    assert client.get("/search/suggest/", {"q": "albat"}).json()["results"][0]["title"] == draft.title
    assert queued_page_index_tasks() == []


def test_an_edit_replaces_the_indexed_text_without_the_worker(client, database_tasks, section, author):
    article = factories.make_article(
        section, title="Cormorant census", standfirst="Seabirds.", authors=[author]
    )
    article.title = "Flamingo census"
    article.save_revision().publish()
    assert result_titles(client.get("/search/", {"q": "flamingo"})) == ["Flamingo census"]
    assert result_titles(client.get("/search/", {"q": "cormorant"})) == []
    assert queued_page_index_tasks() == []


def test_a_saved_draft_still_leaves_the_live_text_indexed(client, database_tasks, section, author):
    article = factories.make_article(section, title="Stork nests", authors=[author])
    article.title = "Stork nests and the secret pelican plan"
    article.save_revision()
    assert result_titles(client.get("/search/", {"q": "pelican"})) == []
    assert result_titles(client.get("/search/", {"q": "stork"})) == ["Stork nests"]
