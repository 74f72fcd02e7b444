"""Editors set up an authenticator app from the admin; then signing in needs its code."""

import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import PageViewRestriction

from tests import factories

from .conftest import (
    HOME_IP,
    OTHER_IP,
    PASSWORD,
    after_a_pause,
    assert_valid_html,
    current_code,
    sign_in,
    signed_in,
    wrong_code,
)

SET_UP = "/admin/account/two-factor/"


@pytest.fixture
def enrolled(editor):
    """The editor with a confirmed authenticator (as if set up earlier)."""
    return TOTPDevice.objects.create(user=editor, name="Authenticator app", confirmed=True)


def test_sign_in_offers_the_code_field_with_help(client, db):
    html = client.get("/admin/login/").content.decode()
    assert 'name="otp_token"' in html and 'autocomplete="one-time-code"' in html
    assert "Only if you have set up two-factor sign-in" in html


def test_an_editor_sets_up_the_app_and_then_signing_in_needs_a_real_code(client, editor):
    assert sign_in(client, "leyla").status_code == 302  # no app yet: the password is enough
    assert "Two-factor sign-in" in client.get("/admin/account/").content.decode()

    page = client.get(SET_UP)
    assert page.status_code == 200
    assert_valid_html(page)
    html = page.content.decode()
    assert 'src="data:image/svg+xml;base64,' in html  # the QR code, inline: nothing from elsewhere
    assert all(src.startswith("/") for src in re.findall(r'<script[^>]* src="([^"]+)"', html))
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert re.sub(r"\s", "", re.search(r"<code[^>]*>([A-Z2-7 ]+)</code>", html)[1]) in device.config_url

    refused = client.post(SET_UP, {"otp_token": wrong_code(device)})
    assert refused.status_code == 200 and "That code is not right" in refused.content.decode()
    too_soon = client.post(SET_UP, {"otp_token": current_code(device)})
    assert "Too many wrong codes in a row" in too_soon.content.decode()
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()

    after_a_pause(device)
    assert client.post(SET_UP, {"otp_token": current_code(device)}).status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert signed_in(client)  # this session proved it holds the app
    assert "Two-factor sign-in is on" in client.get(SET_UP).content.decode()
    client.post("/admin/logout/")

    no_code = sign_in(client, "leyla")
    assert no_code.status_code == 200 and not signed_in(client)
    assert "This account uses two-factor sign-in" in no_code.content.decode()
    assert 'value="a long' not in no_code.content.decode()  # the password is never echoed back

    bad_code = sign_in(client, "leyla", code=wrong_code(device))
    assert bad_code.status_code == 200 and not signed_in(client)
    assert "That code is not right or has expired" in bad_code.content.decode()

    after_a_pause(device)
    code = current_code(device)
    assert sign_in(client, "leyla", code=f"{code[:3]} {code[3:]}").status_code == 302  # as often typed
    assert signed_in(client)


def test_wrong_codes_count_towards_the_sign_in_pause(client, enrolled):
    statuses = [sign_in(client, "leyla", code=wrong_code(enrolled)).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    assert sign_in(client, "leyla", code=current_code(enrolled), ip=OTHER_IP).status_code == 429
    assert not signed_in(client)


def test_a_session_from_before_the_app_was_set_up_is_signed_out(client, editor):
    assert sign_in(client, "leyla").status_code == 302
    TOTPDevice.objects.create(user=editor, name="Authenticator app", confirmed=True)  # set up elsewhere
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/?next=/admin/pages/")
    assert not signed_in(client)


def test_the_front_end_sign_in_without_a_code_gets_no_session(client, enrolled, section):
    private = factories.make_article(section, title="Board minutes")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(private.url)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    # Wagtail's own front-end form takes a password only: it is not used, even when posted to directly.
    data = {"username": "leyla", "password": PASSWORD, "next": private.url}
    refused = client.post("/_util/login/", data, REMOTE_ADDR=HOME_IP)
    assert refused.status_code == 302 and refused["Location"].startswith("/admin/login/?next=")
    assert client.get(private.url).status_code == 302
    assert not signed_in(client)


def test_turning_it_off_needs_a_code(client, enrolled):
    assert sign_in(client, "leyla", code=current_code(enrolled)).status_code == 302
    assert client.post(SET_UP, {"otp_token": wrong_code(enrolled)}).status_code == 200
    assert TOTPDevice.objects.filter(pk=enrolled.pk).exists()
    after_a_pause(enrolled)
    assert client.post(SET_UP, {"otp_token": current_code(enrolled)}).status_code == 302
    assert not TOTPDevice.objects.filter(user=enrolled.user).exists()
    client.post("/admin/logout/")
    assert sign_in(client, "leyla").status_code == 302


@override_settings(WAGTAIL_2FA_REQUIRED=True)
def test_when_required_an_editor_without_the_app_gets_only_the_set_up_page(client, editor):
    assert sign_in(client, "leyla").status_code == 302
    for path in ["/admin/", "/admin/pages/", "/admin/account/"]:
        response = client.get(path)
        assert response.status_code == 302 and response["Location"] == SET_UP, path
    page = client.get(SET_UP)
    assert "requires two-factor sign-in for everyone" in page.content.decode()

    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    response = client.post(SET_UP, {"otp_token": current_code(device)})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert signed_in(client)

    # Required means it cannot be turned off.
    client.post(SET_UP, {"otp_token": current_code(device)})
    assert TOTPDevice.objects.filter(pk=device.pk, confirmed=True).exists()
    assert "cannot be turned off" in client.get(SET_UP).content.decode()


def test_an_administrator_can_reset_a_lost_phone(client, enrolled):
    out = io.StringIO()
    call_command("reset_two_factor", "leyla", stdout=out)
    assert out.getvalue() == "Removed 1 two-factor device(s) of leyla.\n"
    assert not TOTPDevice.objects.filter(user=enrolled.user).exists()
    assert sign_in(client, "leyla").status_code == 302
    with pytest.raises(CommandError):
        call_command("reset_two_factor", "nobody")
