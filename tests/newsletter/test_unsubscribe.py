"""Unsubscribing: one click from the email or the mail program, no login, idempotent, and final."""

import re

import pytest
from django.core import mail
from django.test import Client, override_settings

from newsletter.models import Subscriber
from newsletter.tokens import make_confirm_token, make_unsubscribe_token
from tests import factories

Status = Subscriber.Status
ONE_CLICK = "List-Unsubscribe=One-Click"


@pytest.fixture
def provider():
    """A mail provider's one-click POST (RFC 8058): no cookies, no CSRF token."""
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def subscriber(home):
    return factories.make_subscriber(status=Status.CONFIRMED)


def unsubscribe_path(subscriber):
    return f"/newsletter/unsubscribe/{make_unsubscribe_token(subscriber)}/"


def one_click(provider, path):
    return provider.post(path, ONE_CLICK, content_type="application/x-www-form-urlencoded")


def main_of(response):
    return response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]


def test_opening_the_link_only_asks(client, subscriber):
    """Mail scanners fetch links before the reader does; a GET must change nothing."""
    path = unsubscribe_path(subscriber)  # made once: a token carries the second it was signed
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Unsubscribe from the newsletter</h1>" in html
    assert "reader@example.org" in html
    assert f'<form method="post" action="{path}">' in html
    assert '<meta name="robots" content="noindex">' in html
    subscriber.refresh_from_db()
    assert (subscriber.status, subscriber.unsubscribed_at) == (Status.CONFIRMED, None)


def test_the_button_on_that_page_unsubscribes_without_a_csrf_token(subscriber, provider):
    path = unsubscribe_path(subscriber)
    fields = dict(
        re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', main_of(provider.get(path)))
    )
    assert fields == {"List-Unsubscribe": "One-Click"}
    response = provider.post(path, fields)
    assert response.status_code == 200
    assert "<h1>You are unsubscribed</h1>" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Status.UNSUBSCRIBED


def test_the_mail_programs_one_click_post_unsubscribes_and_is_idempotent(subscriber, provider):
    path = unsubscribe_path(subscriber)
    response = one_click(provider, path)
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Status.UNSUBSCRIBED
    first_time = subscriber.unsubscribed_at
    assert first_time is not None

    again = one_click(provider, path)
    assert again.status_code == 200
    assert main_of(again) == main_of(response)
    subscriber.refresh_from_db()
    assert (subscriber.status, subscriber.unsubscribed_at) == (Status.UNSUBSCRIBED, first_time)
    page = main_of(provider.get(path))  # the link, opened later, says so and offers nothing to press
    assert "<h1>You are unsubscribed</h1>" in page and "<button" not in page


def test_the_link_in_a_real_email_works(client, post_committed, home, provider):
    post_committed("/newsletter/", {"email": "reader@example.org", "source": "page"})
    [message] = mail.outbox
    header_url = message.extra_headers["List-Unsubscribe"].strip("<>")
    path = header_url.removeprefix("http://testserver")
    assert one_click(provider, path).status_code == 200
    assert Subscriber.objects.get().status == Status.UNSUBSCRIBED


def test_a_pending_reader_can_decline_and_the_confirmation_link_then_stops(client, home, provider):
    pending = factories.make_subscriber()
    confirm_path = f"/newsletter/confirm/{make_confirm_token(pending)}/"
    one_click(provider, unsubscribe_path(pending))
    response = client.get(confirm_path)
    assert response.status_code == 400
    assert "older confirmation links stop working" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == Status.UNSUBSCRIBED


@override_settings(NEWSLETTER_EMAIL_COOLDOWN=0)
def test_resubscribing_needs_a_new_confirmation(client, post_committed, subscriber, provider):
    old_confirm_path = f"/newsletter/confirm/{make_confirm_token(subscriber)}/"
    one_click(provider, unsubscribe_path(subscriber))

    post_committed("/newsletter/", {"email": "reader@example.org", "source": "article", "page": "/a/"})
    subscriber.refresh_from_db()
    assert subscriber.status == Status.PENDING
    assert (subscriber.consent_source, subscriber.consent_page) == ("article", "/a/")
    assert client.get(old_confirm_path).status_code == 400  # consent from before the unsubscribe
    subscriber.refresh_from_db()
    assert subscriber.status == Status.PENDING

    [message] = mail.outbox
    new_confirm = factories.links_in(message)[0].removeprefix("http://testserver")
    assert client.get(new_confirm).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Status.CONFIRMED


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("token", ["nonsense", "eyJpZCI6MX0:1xWNka:forged", "e30:1xWNka:Zm9v"])
def test_a_broken_link_gets_a_friendly_400_and_changes_nothing(subscriber, provider, method, token):
    response = getattr(provider, method)(f"/newsletter/unsubscribe/{token}/")
    assert response.status_code == 400
    assert "<h1>This unsubscribe link is not valid</h1>" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Status.CONFIRMED


def test_a_confirmation_token_cannot_unsubscribe(subscriber, provider):
    response = one_click(provider, f"/newsletter/unsubscribe/{make_confirm_token(subscriber)}/")
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Status.CONFIRMED


def test_the_link_of_a_deleted_subscriber_answers_calmly(subscriber, provider):
    path = unsubscribe_path(subscriber)
    subscriber.delete()
    for response in (provider.get(path), one_click(provider, path)):
        assert response.status_code == 200
        assert "<h1>You are unsubscribed</h1>" in response.content.decode()


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://attacker.example"},
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_ORIGIN": "https://attacker.example", "HTTP_SEC_FETCH_SITE": "cross-site"},
    ],
)
def test_sign_up_and_new_link_forms_refuse_cross_site_posts(home, provider, mailoutbox, headers):
    for path, data in (
        ("/newsletter/", {"email": "reader@example.org"}),
        ("/newsletter/new-link/", {"token": "x"}),
    ):
        response = provider.post(path, data, **headers)
        assert response.status_code == 403
        assert "Please sign up on our own site" in response.content.decode()
    assert not Subscriber.objects.exists() and mailoutbox == []
