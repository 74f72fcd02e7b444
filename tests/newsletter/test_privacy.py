"""The sign-up never tells who is subscribed, and no reader's IP address is kept in clear."""

import re

from django.core import mail
from django.core.cache import cache

from newsletter.models import Subscriber
from tests import factories

Status = Subscriber.Status
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def comparable(response):
    """Status, headers and body of a response, minus the per-render CSRF token and clock headers."""
    headers = {name: value for name, value in response.headers.items() if name not in {"Expires", "Date"}}
    return response.status_code, headers, CSRF.sub("", response.content.decode())


def test_the_answer_is_the_same_whoever_the_address_belongs_to(client, post_committed, home):
    factories.make_subscriber("pending@example.org", status=Status.PENDING)
    factories.make_subscriber("confirmed@example.org", status=Status.CONFIRMED)
    factories.make_subscriber("left@example.org", status=Status.UNSUBSCRIBED)
    cases = {
        "new": {"email": "new@example.org"},
        "pending": {"email": "pending@example.org"},
        "confirmed": {"email": "Confirmed@Example.org"},
        "unsubscribed": {"email": "left@example.org"},
        "bot": {"email": "bot@example.org", "website": "filled in"},
    }
    answers, pages = {}, {}
    for case, data in cases.items():
        response = post_committed("/newsletter/", {"source": "footer", "page": "/", **data})
        answers[case] = comparable(response)
        pages[case] = comparable(client.get(response["Location"]))
    assert answers["new"][0] == 302 and answers["new"][1]["Location"] == "/newsletter/check-your-inbox/"
    assert all(answer == answers["new"] for answer in answers.values()), answers
    assert all(page == pages["new"] for page in pages.values())
    assert "check your inbox" in pages["new"][2]
    # Behind the identical answers: everyone but the bot got an email, each the one that fits.
    subjects = sorted((message.to[0], message.subject.split(": ", 1)[1]) for message in mail.outbox)
    assert subjects == [
        ("confirmed@example.org", "You are already subscribed"),
        ("left@example.org", "Please confirm your subscription"),
        ("new@example.org", "Please confirm your subscription"),
        ("pending@example.org", "Please confirm your subscription"),
    ]


def test_the_answer_to_a_new_link_request_is_the_same_too(client, post_committed, home):
    from newsletter.tokens import make_confirm_token

    pending = factories.make_subscriber("pending@example.org", status=Status.PENDING)
    confirmed = factories.make_subscriber("confirmed@example.org", status=Status.CONFIRMED)
    answers = [
        comparable(post_committed("/newsletter/new-link/", {"token": make_confirm_token(subscriber)}))
        for subscriber in (pending, confirmed)
    ]
    assert answers[0] == answers[1]
    assert [message.to for message in mail.outbox] == [["pending@example.org"]]


def test_no_ip_address_is_stored_in_clear(post_committed, home):
    ip = "203.0.113.77"
    post_committed(
        "/newsletter/",
        {"email": "reader@example.org", "source": "footer", "page": "/"},
        REMOTE_ADDR=ip,
        HTTP_X_FORWARDED_FOR=ip,
    )
    row = Subscriber.objects.values().get()
    assert not any(ip in str(value) for value in row.values())
    field_names = [field.name for field in Subscriber._meta.get_fields()]
    assert not [name for name in field_names if {"ip", "addr", "agent", "host"} & set(name.split("_"))]
    keys = list(cache._cache)  # the local-memory cache of the test settings
    newsletter_keys = [key for key in keys if ":newsletter:" in key]
    assert len(newsletter_keys) == 2  # the client's attempt counter and the address's cooldown
    assert not any(ip in key or "reader@example.org" in key for key in keys)
    assert not any(ip.encode() in value for value in cache._cache.values())
