"""With the production task backend, signing up queues the email and the request sends nothing."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.mark.django_db(transaction=True)
def test_signup_queues_the_email_for_the_worker(client, home):
    with override_settings(TASKS=DATABASE_TASKS):
        response = client.post("/newsletter/", {"email": "reader@example.org"}, follow=True)
        assert response.status_code == 200
        assert "check your inbox" in response.content.decode().lower()
        assert mail.outbox == []
        assert DBTaskResult.objects.count() == 1

        call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["reader@example.org"]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
