"""Wagtail's password reset form is limited per client and per address, and never tells who has an account."""

import re

from django.core import mail

from .conftest import HOME_IP, assert_valid_html

RESET = "/admin/password_reset/"


def ask(client, email, ip=HOME_IP):
    return client.post(RESET, {"email": email}, REMOTE_ADDR=ip)


def message(response):
    """The page's message, with the figures (minutes, time) left out."""
    main = re.search(r"<main.*</main>", response.content.decode(), re.S)[0]
    return re.sub(r"\d+", "N", main)


def test_one_address_gets_a_few_emails_however_many_networks_ask(client, editor):
    statuses = [ask(client, "leyla@example.org", ip=f"192.0.2.{n}").status_code for n in range(4)]
    assert statuses == [302, 302, 302, 429]
    assert len(mail.outbox) == 3

    paused = ask(client, "LEYLA@example.org ", ip="192.0.2.99")  # the same address, however typed
    assert paused.status_code == 429 and int(paused["Retry-After"]) <= 3600
    assert_valid_html(paused)
    assert "<h1>Password reset paused</h1>" in paused.content.decode()
    assert len(mail.outbox) == 3


def test_an_unknown_address_is_answered_exactly_like_a_known_one(client, editor):
    known = [ask(client, "leyla@example.org", ip=f"192.0.2.{n}") for n in range(4)]
    unknown = [ask(client, "nobody@example.org", ip=f"198.51.100.{n}") for n in range(4)]
    assert [r.status_code for r in known] == [r.status_code for r in unknown] == [302, 302, 302, 429]
    assert [r["Location"] for r in known[:3]] == [r["Location"] for r in unknown[:3]]
    assert message(known[3]) == message(unknown[3])
    assert "If it belongs to an account" in unknown[3].content.decode()
    assert len(mail.outbox) == 3 and all(m.to == ["leyla@example.org"] for m in mail.outbox)


def test_a_flood_from_one_client_is_paused_and_others_can_still_ask(client, editor):
    statuses = [ask(client, f"reader{n}@example.org").status_code for n in range(11)]
    assert statuses == [302] * 10 + [429]
    assert "from your network" in ask(client, "leyla@example.org").content.decode()
    assert mail.outbox == []
    assert ask(client, "leyla@example.org", ip="192.0.2.1").status_code == 302
    assert len(mail.outbox) == 1
