"""An editor sets up two-factor sign-in in a real browser; the sign-in pages pass axe-core's WCAG AA rules."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.accounts.conftest import current_code
from tests.browser.test_accessibility import WCAG_AA

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "correct horse battery"


def violations(page):
    # Wagtail's messages fade in; axe would measure the contrast half-way through. (wait_for_function
    # evaluates a string, which the admin's CSP forbids.)
    running = "() => document.getAnimations().filter(a => a.playState === 'running').length"
    for _ in range(50):
        if not page.evaluate(running):
            break
        page.wait_for_timeout(100)
    # Only what this project renders: the main content (the admin's sidebar is Wagtail's own).
    found = Axe().run(page, context="#main", options=WCAG_AA).response["violations"]
    return [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in found]


def sign_in(page, base, password=PASSWORD, code=""):
    page.goto(base + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(password)
    page.get_by_label("Two-factor code").fill(code)
    page.get_by_role("button", name=re.compile("Sign in")).click()


def test_an_editor_sets_up_two_factor_sign_in_and_is_paused_after_wrong_guesses(page, live_server):
    get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)
    base = live_server.url
    problems = {}

    sign_in(page, base)
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(base + "/admin/account/two-factor/")
    expect(page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
    problems["set-up"] = violations(page)
    device = TOTPDevice.objects.get(user__username="editor", confirmed=False)
    page.get_by_label("Code from your app").fill(current_code(device))
    page.get_by_role("button", name="Turn on two-factor sign-in").click()
    expect(page.get_by_text("Two-factor sign-in is on").first).to_be_visible()
    page.context.clear_cookies()

    sign_in(page, base, code="")
    expect(page.get_by_text("This account uses two-factor sign-in")).to_be_visible()
    problems["sign-in"] = violations(page)
    sign_in(page, base, code=current_code(device))
    page.wait_for_url(re.compile(r"/admin/$"))
    page.context.clear_cookies()

    sign_in(page, base, password="wrong guess")
    for _ in range(4):  # the form comes back after each failure: guess again
        page.get_by_label("Password").fill("another guess")
        page.get_by_role("button", name=re.compile("Sign in")).click()
    expect(page.get_by_role("heading", name="Sign-in paused")).to_be_visible()
    problems["paused"] = violations(page)
    assert problems == {"set-up": [], "sign-in": [], "paused": []}
