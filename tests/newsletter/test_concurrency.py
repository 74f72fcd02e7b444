"""Simultaneous sign-ups of one new address leave one row and no error (row locks need PostgreSQL)."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.cache import cache
from django.db import connection, connections
from django.test import Client, override_settings

from newsletter.models import Subscriber
from tests import factories

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def on_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("runs against PostgreSQL (the second pass of .ci/run); SQLite serialises writers anyway")
    cache.clear()
    factories.make_home()


@override_settings(NEWSLETTER_EMAIL_COOLDOWN=0)
def test_racing_sign_ups_for_one_address_make_one_subscriber(on_postgres):
    def sign_up(n):
        try:
            response = Client(REMOTE_ADDR=f"192.0.2.{n}").post(
                "/newsletter/", {"email": "Racer@Example.org", "source": "footer", "page": "/"}
            )
            return response.status_code
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(sign_up, range(16)))
    assert statuses == [302] * 16
    assert list(Subscriber.objects.values_list("email", "status")) == [("racer@example.org", "pending")]
