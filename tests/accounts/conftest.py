import time
from datetime import timedelta

import html5lib
import pytest
from django.db.models import F
from django_otp.oath import TOTP

PASSWORD = "a long and unusual passphrase"
HOME_IP, OTHER_IP = "203.0.113.5", "198.51.100.20"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("leyla", "leyla@example.org", PASSWORD)


def sign_in(client, username, password=PASSWORD, ip=HOME_IP, code=None, **headers):
    """POST the real admin sign-in form (with a two-factor `code`, if given), as a browser at `ip` would."""
    data = {"username": username, "password": password}
    if code is not None:
        data["otp_token"] = code
    return client.post("/admin/login/", data, REMOTE_ADDR=ip, **headers)


def signed_in(client):
    """Whether the client's session reaches the admin dashboard."""
    return client.get("/admin/").status_code == 200


def assert_valid_html(response):
    html5lib.HTMLParser(strict=True).parse(response.content.decode())


def current_code(device):
    """The code the editor's app shows now (django-otp's own TOTP), skipping steps already used."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    while totp.t() <= device.last_t:  # a code is good once: an app user would wait for the next one
        totp.time += device.step
    return f"{totp.token():0{device.digits}d}"


def wrong_code(device):
    return f"{(int(current_code(device)) + 1) % 10**device.digits:0{device.digits}d}"


def after_a_pause(device):
    """Age the device's last wrong code, as the few seconds an editor takes to read the next one would.

    django-otp refuses every code for 1, 2, 4... seconds after each wrong one."""
    type(device).objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=F("throttling_failure_timestamp") - timedelta(minutes=1)
    )
