"""A reader signs up in the footer, confirms from the email, then unsubscribes from it; no JavaScript."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from newsletter.models import Subscriber
from tests import factories
from tests.browser.conftest import screenshot_dir

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site():
    cache.clear()
    mail.outbox = []  # the live server runs in a thread of this process: it shares the outbox
    return factories.make_home()


@pytest.fixture
def reader(chromium):
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_sign_up_confirm_and_unsubscribe(reader, live_server, site):
    reader.goto(live_server.url + "/")
    footer = reader.get_by_role("contentinfo")
    # The honeypot is out of reach of people and assistive technology.
    assert footer.get_by_role("textbox", name="Leave this field empty").count() == 0
    footer.get_by_role("textbox", name="Email address").fill("Reader@Example.org")
    footer.get_by_role("button", name="Sign up").click()
    reader.wait_for_url(re.compile(r"/newsletter/check-your-inbox/$"))
    expect(reader.get_by_role("heading", level=1)).to_have_text("Check your inbox")
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.status, subscriber.consent_source) == (
        "reader@example.org",
        "pending",
        "footer",
    )

    [message] = mail.outbox
    confirm_url, unsubscribe_url, _home = factories.links_in(message)
    assert confirm_url.startswith(live_server.url + "/newsletter/confirm/")
    reader.goto(confirm_url)
    expect(reader.get_by_role("heading", level=1)).to_have_text("Thank you for subscribing")
    reader.screenshot(path=str(screenshot_dir() / "newsletter-confirmed.png"), full_page=True)
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed"

    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"
    reader.goto(unsubscribe_url)
    expect(reader.get_by_role("heading", level=1)).to_have_text("Unsubscribe from the newsletter")
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed"  # opening the link changed nothing
    reader.get_by_role("main").get_by_role("button", name="Unsubscribe").click()
    expect(reader.get_by_role("heading", level=1)).to_have_text("You are unsubscribed")
    subscriber.refresh_from_db()
    assert subscriber.status == "unsubscribed"
    assert subscriber.unsubscribed_at is not None


def test_a_mistyped_address_is_kept_with_a_clear_error(reader, live_server, site):
    reader.goto(live_server.url + "/")
    footer = reader.get_by_role("contentinfo")
    field = footer.get_by_role("textbox", name="Email address")
    # type="email" lets the browser catch some mistakes; this one only the server knows about.
    field.fill("reader@localhost")
    footer.get_by_role("button", name="Sign up").click()
    reader.wait_for_url(re.compile(r"/newsletter/$"))
    main = reader.get_by_role("main")
    expect(main.get_by_role("alert")).to_have_text(
        "Enter a valid email address, for example name@example.org."
    )
    retry = main.get_by_role("textbox", name="Email address")
    expect(retry).to_have_value("reader@localhost")
    expect(retry).to_have_attribute("aria-invalid", "true")
    assert reader.title().startswith("Error: ")
    retry.fill("reader@example.org")
    main.get_by_role("button", name="Sign up").click()
    reader.wait_for_url(re.compile(r"/newsletter/check-your-inbox/$"))
    assert Subscriber.objects.get().consent_source == "footer"  # where the reader first was
