"""The public archive: sent editions only; a draft, scheduled or sending one is a 404."""

import pytest
from django.utils import timezone

from editions.models import Edition

pytestmark = pytest.mark.django_db


def test_only_sent_editions_are_public(client, edition):
    draft = Edition.objects.create(subject="Not yet")
    scheduled = Edition.objects.create(
        subject="Friday", status=Edition.Status.SCHEDULED, send_at=timezone.now()
    )
    Edition.objects.filter(pk=edition.pk).update(status=Edition.Status.SENT, started_at=timezone.now())

    listing = client.get("/newsletter/editions/").content.decode()
    assert "Friday: ports and tariffs" in listing and "Not yet" not in listing and ">Friday<" not in listing
    page = client.get(f"/newsletter/editions/{edition.pk}/")
    assert page.status_code == 200
    body = page.content.decode()
    assert "Ports of the Caspian" in body and "Our pick." in body and "Who pays at the crossing." in body
    assert "/newsletter/unsubscribe/" not in body and "__EDITION" not in body
    for hidden in (draft, scheduled):
        assert client.get(f"/newsletter/editions/{hidden.pk}/").status_code == 404
    assert client.get("/newsletter/editions/999999/").status_code == 404


def test_the_archive_lists_nothing_before_the_first_edition(client, db):
    assert "No edition has been sent yet." in client.get("/newsletter/editions/").content.decode()
