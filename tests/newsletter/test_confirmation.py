"""Double opt-in: the confirmation email, its signed expiring link, and what odd links get."""

import email
import email.policy
import socket
import time

import pytest
from django.core import mail, signing
from django.test import override_settings
from django.utils import timezone

from newsletter import tokens
from newsletter.models import Subscriber
from tests import factories

Status = Subscriber.Status
NO_COOLDOWN = override_settings(NEWSLETTER_EMAIL_COOLDOWN=0)


def sign_up(post, address="reader@example.org", source="footer"):
    response = post("/newsletter/", {"email": address, "source": source, "page": "/"})
    assert (response.status_code, response["Location"]) == (302, "/newsletter/check-your-inbox/")
    return response


def local(url):
    assert url.startswith("http://testserver/"), url
    return url.removeprefix("http://testserver")


def aged_confirm_token(subscriber, hours):
    """A confirmation token as if it had been emailed `hours` ago."""
    signer = signing.TimestampSigner(salt=tokens.CONFIRM_SALT)
    signer.timestamp = lambda: signing.b62_encode(int(time.time() - hours * 3600))
    return signer.sign_object({"id": subscriber.pk, "n": subscriber.token_nonce})


def test_sign_up_sends_one_confirmation_email_with_unsubscribe_headers(post_committed, home):
    sign_up(post_committed, "Reader@Example.org")
    [message] = mail.outbox
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Status.PENDING and subscriber.confirmed_at is None
    assert message.to == ["reader@example.org"]
    assert message.from_email == "newsletter@localhost"
    assert message.subject == "The Caspian Review: Please confirm your subscription"
    confirm_url, unsubscribe_url, home_url = factories.links_in(message)
    assert confirm_url.startswith("http://testserver/newsletter/confirm/")
    assert unsubscribe_url.startswith("http://testserver/newsletter/unsubscribe/")
    assert home_url == "http://testserver/"
    assert "within 48 hours" in message.body
    assert message.extra_headers == {
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def test_the_unsubscribe_header_reaches_the_wire_on_one_line(post_committed, home):
    """Folded into encoded-words, List-Unsubscribe would be ignored by mail providers."""
    sign_up(post_committed)
    [message] = mail.outbox
    unsubscribe_url = factories.links_in(message)[1]
    wire = message.message(policy=email.policy.SMTP).as_bytes()  # what the SMTP backend sends
    assert f"\r\nList-Unsubscribe: <{unsubscribe_url}>\r\n".encode() in wire
    assert b"\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n" in wire
    parsed = email.message_from_bytes(wire, policy=email.policy.default)
    assert parsed["List-Unsubscribe"] == f"<{unsubscribe_url}>"
    assert parsed["To"] == "reader@example.org"


def test_opening_the_link_confirms_and_thanks_the_reader(client, post_committed, home):
    sign_up(post_committed)
    confirm_url = factories.links_in(mail.outbox[0])[0]
    response = client.get(local(confirm_url))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Thank you for subscribing</h1>" in html
    assert '<meta name="robots" content="noindex">' in html
    assert "no-cache" in response["Cache-Control"]
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Status.CONFIRMED
    confirmed_at = subscriber.confirmed_at
    assert confirmed_at is not None

    again = client.get(local(confirm_url))  # a second click, or a mail scanner before the reader
    assert again.status_code == 200
    subscriber.refresh_from_db()
    assert (subscriber.status, subscriber.confirmed_at) == (Status.CONFIRMED, confirmed_at)


def test_a_link_works_until_48_hours_and_not_after(client, home):
    subscriber = factories.make_subscriber()
    assert client.get(f"/newsletter/confirm/{aged_confirm_token(subscriber, 47.9)}/").status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Status.CONFIRMED

    late = factories.make_subscriber("late@example.org")
    response = client.get(f"/newsletter/confirm/{aged_confirm_token(late, 49)}/")
    assert response.status_code == 410
    assert "<h1>This confirmation link has expired</h1>" in response.content.decode()
    late.refresh_from_db()
    assert late.status == Status.PENDING


@NO_COOLDOWN
def test_an_expired_link_offers_a_new_one_that_works(client, post_committed, home):
    subscriber = factories.make_subscriber()
    expired = aged_confirm_token(subscriber, 72)
    page = client.get(f"/newsletter/confirm/{expired}/").content.decode()
    assert 'action="/newsletter/new-link/"' in page
    assert f'name="token" value="{expired}"' in page
    assert ">Send me a new link</button>" in page

    response = post_committed("/newsletter/new-link/", {"token": expired})
    assert (response.status_code, response["Location"]) == (302, "/newsletter/check-your-inbox/")
    [message] = mail.outbox
    assert message.to == ["reader@example.org"]
    assert client.get(local(factories.links_in(message)[0])).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Status.CONFIRMED


@NO_COOLDOWN
def test_a_new_link_is_only_sent_while_the_subscription_waits_for_it(post_committed, home):
    confirmed = factories.make_subscriber("done@example.org", status=Status.CONFIRMED)
    response = post_committed("/newsletter/new-link/", {"token": aged_confirm_token(confirmed, 72)})
    assert response.status_code == 302  # same answer as always
    assert mail.outbox == []


@pytest.mark.parametrize(
    "token",
    [
        "x",
        "eyJpZCI6MX0:1xWNka:forged-signature",
        "a" * 5000,
        "%C3%A9t%C3%A9",
        "e30:1xWNka:Zm9v",
    ],
)
def test_a_tampered_link_gets_a_friendly_page_with_a_way_forward(client, home, token):
    factories.make_subscriber()
    response = client.get(f"/newsletter/confirm/{token}/")
    assert response.status_code == 400
    html = response.content.decode()
    assert "<h1>This confirmation link is not valid</h1>" in html
    assert 'id="newsletter-email-resend"' in html
    assert Subscriber.objects.get().status == Status.PENDING


def test_a_changed_id_or_an_unsubscribe_token_does_not_confirm(client, home):
    subscriber = factories.make_subscriber()
    other = factories.make_subscriber("other@example.org")
    forged = signing.dumps({"id": other.pk, "n": subscriber.token_nonce}, salt=tokens.CONFIRM_SALT)
    wrong_kind = tokens.make_unsubscribe_token(subscriber)
    for token in (forged, wrong_kind, signing.dumps({"id": subscriber.pk, "n": subscriber.token_nonce})):
        assert client.get(f"/newsletter/confirm/{token}/").status_code == 400
    assert set(Subscriber.objects.values_list("status", flat=True)) == {Status.PENDING}


def test_a_bad_token_on_the_new_link_form_is_a_clear_400(client, home):
    response = client.post("/newsletter/new-link/", {"token": "tampered"})
    assert response.status_code == 400
    assert "<h1>This confirmation link is not valid</h1>" in response.content.decode()
    assert client.get("/newsletter/new-link/").status_code == 405


@NO_COOLDOWN
def test_signing_up_again_while_pending_sends_a_fresh_link_and_updates_consent(post_committed, home):
    factories.make_subscriber(consent_at=timezone.now() - timezone.timedelta(days=3), consent_source="footer")
    sign_up(post_committed, source="page")
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Status.PENDING
    assert subscriber.consent_source == "page"
    assert timezone.now() - subscriber.consent_at < timezone.timedelta(minutes=1)
    [message] = mail.outbox
    assert factories.links_in(message)[0].startswith("http://testserver/newsletter/confirm/")


@NO_COOLDOWN
def test_a_confirmed_reader_who_signs_up_again_is_told_so_and_nothing_changes(post_committed, home):
    before = factories.make_subscriber(status=Status.CONFIRMED, consent_source="article")
    sign_up(post_committed, source="page")
    after = Subscriber.objects.get()
    assert (after.status, after.consent_source, after.consent_at) == (
        Status.CONFIRMED,
        "article",
        before.consent_at,
    )
    [message] = mail.outbox
    assert message.subject == "The Caspian Review: You are already subscribed"
    [unsubscribe_url, _home] = factories.links_in(message)
    assert unsubscribe_url.startswith("http://testserver/newsletter/unsubscribe/")
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"


@override_settings(NEWSLETTER_BASE_URL="https://news.example.org")
def test_links_use_the_configured_public_address(post_committed, home):
    sign_up(post_committed)
    links = factories.links_in(mail.outbox[0])
    assert all(link.startswith("https://news.example.org/") for link in links)


@override_settings(TASKS={"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}})
def test_the_email_is_a_background_task_not_part_of_the_request(post_committed, home):
    from django.tasks import default_task_backend

    default_task_backend.clear()
    sign_up(post_committed)
    assert mail.outbox == []  # with a queue backend the request only enqueues
    [result] = default_task_backend.results
    subscriber = Subscriber.objects.get()
    assert result.task.name == "send_subscriber_email"
    assert result.args == [subscriber.pk, "confirm", "http://testserver", "en"]

    assert result.task.call(*result.args) is True  # what a worker does later
    assert [message.to for message in mail.outbox] == [["reader@example.org"]]


@override_settings(TASKS={"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}})
def test_a_queued_email_is_dropped_if_the_reader_acted_meanwhile(post_committed, home):
    from django.tasks import default_task_backend

    default_task_backend.clear()
    sign_up(post_committed)
    [result] = default_task_backend.results
    Subscriber.objects.update(status=Status.UNSUBSCRIBED)
    assert result.task.call(*result.args) is False
    assert mail.outbox == []


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_failing_mail_server_never_breaks_the_sign_up(post_committed, home, caplog):
    smtp = {"BACKEND": "django.core.mail.backends.smtp.EmailBackend"}
    smtp["OPTIONS"] = {"host": "127.0.0.1", "port": _closed_port(), "timeout": 2}
    with override_settings(MAILERS={"default": smtp}), caplog.at_level("ERROR", logger="django.tasks"):
        response = sign_up(post_committed)
    assert response.status_code == 302
    assert Subscriber.objects.get().status == Status.PENDING
    [failure] = [record for record in caplog.records if record.name == "django.tasks"]
    assert "send_subscriber_email" in failure.getMessage() and "FAILED" in failure.getMessage()
    assert failure.exc_info[0] is ConnectionRefusedError
