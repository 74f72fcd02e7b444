"""Composing, previewing and sending editions in the admin; only senders send or schedule."""

import json
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from editions.models import Edition
from tests.editions.conftest import confirmed, make_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def sender(db):
    return make_editor("sender", can_send=True)


@pytest.fixture
def drafter(db):
    return make_editor("drafter", can_send=False)


def overview(edition):
    return f"/admin/editions/{edition.pk}/"


def refused(response):
    """Wagtail answers a permission error with a redirect to the dashboard and a message."""
    return response.status_code == 403 or (response.status_code, response.get("Location")) == (302, "/admin/")


def edition_form(articles=(), **fields):
    """The snippet form's POST: the fields, the rich text as Draftail sends it, one row per article."""
    block = {"key": "a", "text": fields.pop("intro", "Hello readers."), "type": "unstyled", "depth": 0}
    intro = {"blocks": [{**block, "inlineStyleRanges": [], "entityRanges": []}], "entityMap": {}}
    form = {
        "subject": "Weekend reading",
        "preheader": "Three pieces",
        "intro": json.dumps(intro),
        "fill": "chosen",
        "article_count": "6",
        "send_at": "",
        "items-TOTAL_FORMS": str(len(articles)),
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
        **fields,
    }
    for n, article in enumerate(articles):
        form.update(
            {f"items-{n}-article": str(article.pk), f"items-{n}-blurb": "", f"items-{n}-ORDER": str(n + 1)}
        )
        form.update({f"items-{n}-id": "", f"items-{n}-DELETE": ""})
    return form


def test_an_editor_composes_an_edition_in_the_snippet_form(client, drafter, articles):
    client.force_login(drafter)
    assert client.get("/admin/snippets/editions/edition/add/").status_code == 200
    form = edition_form([articles[1]])
    response = client.post("/admin/snippets/editions/edition/add/", form)
    edition = Edition.objects.get()
    assert response.status_code == 302 and response["Location"] == overview(edition)
    assert edition.status == Edition.Status.DRAFT and "Hello readers." in edition.intro
    assert [item.article for item in edition.items.all()] == [articles[1]]


def test_the_preview_shows_both_parts_as_mailed(client, drafter, edition):
    client.force_login(drafter)
    page = client.get(overview(edition)).content.decode()
    assert "Friday: ports and tariffs" in page
    assert "Who pays at the crossing." in page  # the plain-text part, standfirst as the default blurb
    assert "List-Unsubscribe-Post" in page and "List-Id" in page
    assert "Sending and scheduling need" in page and "Send now" not in page
    html = client.get(f"{overview(edition)}preview.html")
    assert html["Content-Type"].startswith("text/html")
    assert b"Our pick." in html.content and b'href="http://testserver/newsletter/unsubscribe/' in html.content


def test_the_test_send_goes_to_the_editor_only(client, drafter, edition):
    confirmed("reader@example.org")
    client.force_login(drafter)
    response = client.post(f"{overview(edition)}test/", follow=True)
    assert "A test was sent to drafter@example.org" in response.content.decode()
    (message,) = mail.outbox
    assert message.to == ["drafter@example.org"] and message.subject == "[Test] Friday: ports and tariffs"
    assert message.alternatives[0].mimetype == "text/html"
    assert not edition.deliveries.exists()
    edition.refresh_from_db()
    assert edition.status == Edition.Status.DRAFT


def test_only_a_sender_sends_or_schedules(
    client, drafter, sender, edition, django_capture_on_commit_callbacks
):
    confirmed("reader@example.org")
    Edition.objects.filter(pk=edition.pk).update(send_at=timezone.now() + timedelta(days=1))
    client.force_login(drafter)
    assert refused(client.post(f"{overview(edition)}send/"))
    assert refused(client.post(f"{overview(edition)}schedule/"))
    edition.refresh_from_db()
    assert edition.status == Edition.Status.DRAFT and not edition.deliveries.exists()

    client.force_login(sender)
    assert "Send now" in client.get(overview(edition)).content.decode()
    client.post(f"{overview(edition)}schedule/")
    edition.refresh_from_db()
    assert edition.status == Edition.Status.SCHEDULED and edition.scheduled_by == sender
    client.post(f"{overview(edition)}unschedule/")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{overview(edition)}send/")  # sent through the locmem mailer of the tests
    edition.refresh_from_db()
    assert edition.status == Edition.Status.SENT
    assert [m.to for m in mail.outbox] == [["reader@example.org"]]
    page = client.get(overview(edition)).content.decode()
    assert "<strong>1</strong> sent" in page


def test_a_scheduled_edition_edited_by_a_drafter_goes_back_to_draft(client, drafter, edition):
    Edition.objects.filter(pk=edition.pk).update(
        status=Edition.Status.SCHEDULED, send_at=timezone.now() + timedelta(days=1)
    )
    client.force_login(drafter)
    edit = f"/admin/snippets/editions/edition/edit/{edition.pk}/"
    when = timezone.localtime(timezone.now() + timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    response = client.post(edit, edition_form(subject="Changed", send_at=when))
    assert response.status_code == 302
    edition.refresh_from_db()
    assert edition.subject == "Changed" and edition.status == Edition.Status.DRAFT


def test_a_sent_edition_can_no_longer_change(client, sender, edition):
    Edition.objects.filter(pk=edition.pk).update(status=Edition.Status.SENT)
    client.force_login(sender)
    response = client.post(f"/admin/snippets/editions/edition/edit/{edition.pk}/", {"subject": "Rewritten"})
    assert response.status_code == 302 and response["Location"] == overview(edition)
    edition.refresh_from_db()
    assert edition.subject == "Friday: ports and tariffs"
    assert client.post(f"/admin/snippets/editions/edition/delete/{edition.pk}/").status_code == 302
    assert Edition.objects.filter(pk=edition.pk).exists()


def test_an_edition_without_articles_is_not_sent(client, sender, db):
    confirmed("reader@example.org")
    empty = Edition.objects.create(subject="Nothing yet")
    client.force_login(sender)
    response = client.post(f"{overview(empty)}send/", follow=True)
    assert "The edition has no article yet" in response.content.decode()
    empty.refresh_from_db()
    assert empty.status == Edition.Status.DRAFT and not empty.deliveries.exists()
