"""A flood of sign-ups from one client is refused cheaply; other readers and one mailbox stay safe."""

import os
import time
import uuid

import pytest
from django.core import mail
from django.test import override_settings

from newsletter.models import Subscriber
from newsletter.tokens import make_confirm_token
from tests import factories

FLOODER, NEIGHBOUR = "198.51.100.7", "198.51.100.8"


def attempt(post, address, ip, honeypot="", **extra):
    data = {"email": address, "source": "footer", "page": "/", "website": honeypot}
    return post("/newsletter/", data, REMOTE_ADDR=ip, **extra)


def test_a_flood_from_one_client_gets_429_and_nobody_else_notices(
    client, post_committed, home, django_assert_num_queries
):
    for n in range(10):  # the default limit: 10 attempts per client in 10 minutes
        assert attempt(post_committed, f"r{n}@example.org", FLOODER).status_code == 302

    with django_assert_num_queries(0):  # refusing costs no database work
        refused = attempt(post_committed, "r10@example.org", FLOODER)
    assert refused.status_code == 429
    assert refused["Retry-After"] == "600"
    html = refused.content.decode()
    assert "<h1>Too many attempts</h1>" in html and "try again in 10 minutes" in html
    assert Subscriber.objects.count() == 10 and len(mail.outbox) == 10

    assert attempt(post_committed, "neighbour@example.org", NEIGHBOUR).status_code == 302
    assert client.get("/", REMOTE_ADDR=FLOODER).status_code == 200  # reading the site is unaffected
    assert client.get("/newsletter/", REMOTE_ADDR=FLOODER).status_code == 200
    assert Subscriber.objects.count() == 11


def test_invalid_and_bot_submissions_count_towards_the_limit(post_committed, home):
    for n in range(5):
        assert attempt(post_committed, "not-an-address", FLOODER).status_code == 400
        assert attempt(post_committed, f"b{n}@example.org", FLOODER, honeypot="x").status_code == 302
    assert attempt(post_committed, "reader@example.org", FLOODER).status_code == 429
    assert not Subscriber.objects.exists() and mail.outbox == []


def test_new_link_requests_share_the_limit(post_committed, home):
    token = make_confirm_token(factories.make_subscriber())
    for _ in range(10):
        post_committed("/newsletter/new-link/", {"token": token}, REMOTE_ADDR=FLOODER)
    assert post_committed("/newsletter/new-link/", {"token": token}, REMOTE_ADDR=FLOODER).status_code == 429
    assert attempt(post_committed, "reader@example.org", FLOODER).status_code == 429
    assert len(mail.outbox) == 1  # and one mailbox got one email, not ten


@override_settings(NEWSLETTER_RATE_LIMIT=2, NEWSLETTER_RATE_WINDOW=1)
def test_the_limit_lifts_when_the_window_has_passed(post_committed, home):
    time.sleep(1 - time.time() % 1)  # start at the beginning of a window
    assert [attempt(post_committed, f"r{n}@example.org", FLOODER).status_code for n in range(3)] == [
        302,
        302,
        429,
    ]
    time.sleep(1.05)
    assert attempt(post_committed, "later@example.org", FLOODER).status_code == 302


@override_settings(TRUSTED_PROXIES=1)
def test_behind_a_trusted_proxy_each_reader_has_their_own_limit(post_committed, home):
    proxy = "10.0.0.1"
    for n in range(10):
        # The reader made up the first entry; the proxy appended the address it saw.
        forwarded = f"192.0.2.{n}, {FLOODER}"
        assert (
            attempt(post_committed, f"r{n}@example.org", proxy, HTTP_X_FORWARDED_FOR=forwarded).status_code
            == 302
        )
    assert (
        attempt(
            post_committed, "x@example.org", proxy, HTTP_X_FORWARDED_FOR=f"1.1.1.1, {FLOODER}"
        ).status_code
        == 429
    )
    assert attempt(post_committed, "y@example.org", proxy, HTTP_X_FORWARDED_FOR=NEIGHBOUR).status_code == 302


def test_without_a_trusted_proxy_a_forged_header_does_not_help(post_committed, home):
    for n in range(10):
        attempt(post_committed, f"r{n}@example.org", FLOODER, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert (
        attempt(post_committed, "x@example.org", FLOODER, HTTP_X_FORWARDED_FOR="192.0.2.99").status_code
        == 429
    )


def test_one_mailbox_gets_one_email_however_many_clients_ask(post_committed, home):
    for n in range(5):
        assert attempt(post_committed, "victim@example.org", f"192.0.2.{n}").status_code == 302
    assert [message.to for message in mail.outbox] == [["victim@example.org"]]
    assert Subscriber.objects.get().email == "victim@example.org"


def _redis_or_skip():
    import redis

    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis is not reachable at {url}; CI must run this test")
        pytest.skip(f"needs a Redis server at {url}")
    return url


def test_the_limits_work_on_the_production_cache_redis(post_committed, home):
    import redis

    url = _redis_or_skip()
    prefix = f"test-newsletter-{uuid.uuid4().hex}"
    caches = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}}
    caches["default"]["KEY_PREFIX"] = prefix
    server = redis.Redis.from_url(url)
    try:
        with override_settings(CACHES=caches):
            for n in range(10):
                assert attempt(post_committed, f"r{n}@example.org", FLOODER).status_code == 302
            assert attempt(post_committed, "r10@example.org", FLOODER).status_code == 429
            assert attempt(post_committed, "r0@example.org", NEIGHBOUR).status_code == 302
        # The newsletter's own keys (other apps, such as the page cache, share the cache).
        keys = [key.decode() for key in server.scan_iter(match=f"{prefix}:*:newsletter:*")]
        assert len(keys) == 12  # two clients' counters, ten addresses' cooldowns
        assert all(0 < server.ttl(key) <= 600 for key in keys)  # all of it expires within minutes
        assert not any(FLOODER in key or "example.org" in key for key in keys)
        assert len(mail.outbox) == 10  # r0 asked twice within the cooldown: one email
    finally:
        for key in server.scan_iter(match=f"{prefix}:*"):
            server.delete(key)
