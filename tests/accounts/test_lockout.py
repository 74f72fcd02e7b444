"""Guessing passwords at /admin/login/ is paused per account and per address (django-axes)."""

import io
from datetime import timedelta

from axes.models import AccessAttempt
from django.core.management import call_command
from django.db.models import F
from django.test import override_settings

from .conftest import HOME_IP, OTHER_IP, PASSWORD, assert_valid_html, sign_in, signed_in

LIMIT = 5  # AXES_FAILURE_LIMIT in the settings


def fail(client, username, times, ip=HOME_IP, **extra):
    return [sign_in(client, username, "wrong guess", ip=ip, **extra).status_code for _ in range(times)]


def assert_paused(response):
    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    html = response.content.decode()
    assert "<h1>Sign-in paused</h1>" in html
    assert "You can try again in 15 minutes, after" in html
    assert "Your password has not been changed" in html


def wait_out_the_cool_off():
    """Age every recorded failure by the cool-off, as fifteen minutes of waiting would."""
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=15, seconds=1))


def test_wrong_passwords_pause_the_account_and_then_the_right_one_is_refused_too(client, editor):
    statuses = fail(client, "leyla", LIMIT)
    assert statuses == [200] * (LIMIT - 1) + [429]

    right = sign_in(client, "leyla")
    assert_paused(right)
    assert_valid_html(right)
    assert not signed_in(client)
    # From anywhere else too: the account itself is paused, not only the guessing address.
    assert_paused(sign_in(client, "leyla", ip=OTHER_IP))
    assert not signed_in(client)

    wait_out_the_cool_off()
    assert sign_in(client, "leyla").status_code == 302
    assert signed_in(client)


def test_a_wrong_password_says_so_and_is_not_a_pause(client, editor):
    response = sign_in(client, "leyla", "wrong guess")
    assert response.status_code == 200
    assert "didn&#x27;t match" in response.content.decode()


def test_guessing_one_account_from_many_addresses_is_stopped(client, editor):
    statuses = [sign_in(client, "leyla", "guess", ip=f"192.0.2.{n}").status_code for n in range(LIMIT)]
    assert statuses == [200] * (LIMIT - 1) + [429]
    assert_paused(sign_in(client, "leyla", ip="192.0.2.200"))


def test_one_address_trying_many_accounts_is_stopped(client, editor):
    statuses = [sign_in(client, f"user{n}", "guess").status_code for n in range(LIMIT)]
    assert statuses == [200] * (LIMIT - 1) + [429]
    assert_paused(sign_in(client, "leyla"))  # even a real account with its right password
    assert sign_in(client, "leyla", ip=OTHER_IP).status_code == 302  # the editor elsewhere is fine


def test_signing_in_forgives_the_editors_own_mistakes_only(client, editor):
    assert fail(client, "leyla", LIMIT - 1) == [200] * (LIMIT - 1)
    assert sign_in(client, "leyla").status_code == 302
    client.post("/admin/logout/")
    assert fail(client, "leyla", LIMIT - 1) == [200] * (LIMIT - 1)  # the count started again
    assert sign_in(client, "leyla").status_code == 302
    client.post("/admin/logout/")

    # Failures from another address are someone else's: a success here does not wipe them.
    assert fail(client, "leyla", 3, ip=OTHER_IP) == [200] * 3
    assert fail(client, "leyla", 1) == [200]
    assert sign_in(client, "leyla").status_code == 302
    client.post("/admin/logout/")
    assert fail(client, "leyla", 2, ip="192.0.2.77") == [200, 429]


def test_a_forged_forwarded_for_header_is_ignored_without_trusted_proxies(client, editor):
    forged = [sign_in(client, f"user{n}", "guess", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}") for n in range(LIMIT)]
    statuses = [response.status_code for response in forged]
    assert statuses == [200] * (LIMIT - 1) + [429]
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {HOME_IP}


@override_settings(TRUSTED_PROXIES=1)
def test_behind_a_trusted_proxy_each_client_is_counted_on_its_own(client, editor):
    proxy = "10.0.0.1"

    def through_proxy(username, client_ip, password="guess"):
        # The client made up the first entry; the proxy appended the address it saw.
        forwarded = f"172.16.0.9, {client_ip}"
        return sign_in(client, username, password, ip=proxy, HTTP_X_FORWARDED_FOR=forwarded)

    statuses = [through_proxy(f"user{n}", "192.0.2.66").status_code for n in range(LIMIT)]
    assert statuses == [200] * (LIMIT - 1) + [429]
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"192.0.2.66"}
    # Another reader behind the same proxy is not paused.
    assert through_proxy("leyla", "192.0.2.67", PASSWORD).status_code == 302


def test_an_administrator_can_lift_a_pause_at_once(client, editor):
    fail(client, "leyla", LIMIT, ip="192.0.2.1")
    assert_paused(sign_in(client, "leyla"))
    call_command("axes_reset_username", "leyla", stdout=io.StringIO())
    assert sign_in(client, "leyla").status_code == 302
