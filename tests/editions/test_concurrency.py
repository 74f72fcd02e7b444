"""Two "send" clicks and several workers at once on PostgreSQL: every reader gets exactly one copy."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections

from editions import delivery
from editions.models import Delivery, Edition, EditionArticle
from tests import factories
from tests.editions.conftest import confirmed

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
READERS = 60


@pytest.fixture
def on_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("runs against PostgreSQL (the second pass of .ci/run); SQLite serialises writers anyway")
    section = factories.make_section(factories.make_home(), "Opinion")
    edition = Edition.objects.create(subject="Race day")
    EditionArticle.objects.create(edition=edition, article=factories.make_article(section), sort_order=0)
    confirmed(*(f"reader{n}@example.org" for n in range(READERS)))
    return edition


def in_thread(function):
    def run(argument):
        try:
            return function(argument)
        finally:
            connections.close_all()

    return run


def test_double_clicks_and_four_workers_send_each_copy_once(on_postgres, smtp, settings):
    settings.EDITIONS_BATCH_SIZE = 7
    # Queued tasks stay queued (the immediate backend would send from the first click's thread).
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    edition = on_postgres
    with ThreadPoolExecutor(max_workers=4) as pool:
        started = list(pool.map(in_thread(lambda _: delivery.start_sending(edition.pk)), range(4)))
    assert sorted(started) == [False, False, False, True]
    assert Delivery.objects.filter(edition=edition).count() == READERS

    # Lanes 0, 0, 1, 1: two pairs of workers take rows in the same order, so they contend for each.
    with ThreadPoolExecutor(max_workers=4) as pool:
        sent = list(pool.map(in_thread(lambda lane: delivery.Sender(edition.pk, lane).run()), [0, 0, 1, 1]))

    counts = smtp.sink.per_recipient()
    assert sum(sent) == READERS == len(counts) and set(counts.values()) == {1}
    assert set(Delivery.objects.filter(edition=edition).values_list("status", flat=True)) == {"sent"}
    edition.refresh_from_db()
    assert edition.status == Edition.Status.SENT
