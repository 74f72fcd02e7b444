"""An editor composes an edition in the admin, previews it, sends a test, then sends it for real."""

import re

import html5lib
import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group, Permission, User
from django.core.cache import cache
from playwright.sync_api import expect

from editions.models import Edition
from newsletter.models import Subscriber
from tests import factories
from tests.browser.conftest import screenshot_dir
from tests.editions.smtp import SmtpServer

pytestmark = pytest.mark.django_db(transaction=True)
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}


@pytest.fixture
def newsroom(settings):
    cache.clear()
    section = factories.make_section(factories.make_home(), "Energy")
    factories.make_article(section, title="Gas prices and the winter", standfirst="Who pays for storage.")
    for email in ("one@example.org", "two@example.org"):
        factories.make_subscriber(email, status=Subscriber.Status.CONFIRMED)
    group = Group.objects.create(name="Newsletter editors")
    codenames = ["access_admin", "add_edition", "change_edition", "view_edition", "send_edition"]
    group.permissions.add(*Permission.objects.filter(codename__in=codenames))
    User.objects.create_user("nadia", "nadia@example.org", "correct horse battery").groups.add(group)
    with SmtpServer() as smtp:
        settings.MAILERS = smtp.mailers()
        yield smtp


def test_an_editor_composes_previews_and_sends_an_edition(page, live_server, newsroom):
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("nadia")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name=re.compile("Sign in")).click()
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(live_server.url + "/admin/snippets/editions/edition/add/")
    page.locator("#id_subject").fill("Friday: the energy week")
    page.locator("#id_preheader").fill("One piece worth your time")
    page.locator("[data-contentpath='intro'] .public-DraftEditor-content").type("Good morning from the desk.")
    page.get_by_role("button", name="Add article").click()
    page.get_by_role("button", name=re.compile("Choose a page")).click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("link", name="Gas prices and the winter").click()
    expect(dialog).to_be_hidden()
    page.get_by_role("button", name="Save").first.click()
    page.wait_for_url(re.compile(r"/admin/editions/\d+/$"))
    page.screenshot(path=str(screenshot_dir() / "edition-preview.png"), full_page=True)

    edition = Edition.objects.get()
    preview = page.frame_locator("iframe[title^='The edition as mailed']")
    expect(preview.get_by_role("link", name="Gas prices and the winter")).to_be_visible()
    expect(preview.get_by_text("Good morning from the desk.")).to_be_visible()
    expect(page.locator(".edition-text")).to_contain_text("Who pays for storage.")

    page.get_by_role("button", name=re.compile("Send a test")).click()
    expect(page.locator(".messages")).to_contain_text("A test was sent to nadia@example.org")
    assert newsroom.sink.per_recipient() == {"nadia@example.org": 1}

    page.get_by_role("button", name="Send now to every confirmed subscriber").click()
    expect(page.locator(".messages")).to_contain_text("is being sent")
    edition.refresh_from_db()
    assert edition.status == Edition.Status.SENT
    counts = newsroom.sink.per_recipient()
    assert counts == {"nadia@example.org": 1, "one@example.org": 1, "two@example.org": 1}
    expect(page.get_by_role("list", name="Deliveries per status")).to_contain_text("2 sent")
    expect(page.get_by_role("button", name="Send now to every confirmed subscriber")).to_have_count(0)

    page.goto(f"{live_server.url}/newsletter/editions/{edition.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Friday: the energy week")

    # The archive pages and the mailed HTML itself: valid HTML, no WCAG 2.2 AA violation.
    mailed = next(m for m in newsroom.sink.messages() if m["To"] == "one@example.org")
    html = mailed.get_body(("html",)).get_content()
    problems = {}
    for name, load in [
        ("archive", lambda: page.goto(f"{live_server.url}/newsletter/editions/").text()),
        ("view in browser", lambda: page.goto(f"{live_server.url}/newsletter/editions/{edition.pk}/").text()),
        ("mailed HTML", lambda: page.set_content(html) or html),
    ]:
        html5lib.HTMLParser(strict=True).parse(load())
        violations = Axe().run(page, options=WCAG_AA).response["violations"]
        if violations:
            problems[name] = [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in violations]
    assert problems == {}
