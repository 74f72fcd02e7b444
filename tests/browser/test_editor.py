"""An editor logs into the admin, writes an article with blocks, publishes it and finds it on the site."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from playwright.sync_api import expect

from articles.models import ArticlePage
from tests import factories
from tests.browser.conftest import screenshot_dir

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def newsroom():
    cache.clear()
    home = factories.make_home()
    section = factories.make_section(home, "Transport")
    author = factories.make_author("Farid Mammadli", role="Transport editor")
    get_user_model().objects.create_superuser("editor", "editor@example.org", "correct horse battery")
    return {"section": section, "author": author}


def add_block(page, label):
    """Open the StreamField block picker at the end of the body and choose a block type."""
    page.locator("[data-contentpath='body'] button[title='Insert a block']").last.click()
    page.get_by_role("option", name=label).click()


def test_editor_publishes_an_article(page, live_server, newsroom):
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name=re.compile("Sign in")).click()
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(f"{live_server.url}/admin/pages/add/articles/articlepage/{newsroom['section'].pk}/")
    page.locator("#id_title").fill("Rail freight needs night shifts")
    page.locator("#id_standfirst").fill("Border posts that close at six cost the corridor a day.")
    page.get_by_role("button", name="Choose author").click()
    page.get_by_role("dialog").get_by_role("link", name="Farid Mammadli").click()
    expect(page.get_by_role("dialog")).to_be_hidden()
    body = page.locator("[data-contentpath='body']")
    add_block(page, "Paragraph")
    page.locator(".public-DraftEditor-content").last.type("Trains wait at the border overnight.")
    add_block(page, "Pull quote")
    body.locator("textarea[name$='-value-quote']").last.fill("A corridor that sleeps is not a corridor.")
    body.locator("input[name$='-value-attribution']").last.fill("A dispatcher in Boyuk Kasik")
    add_block(page, "Newsletter sign-up")
    add_block(page, "Paragraph")
    page.locator(".public-DraftEditor-content").last.type("Night shifts would cost less than idle wagons.")
    page.screenshot(path=str(screenshot_dir() / "editor-blocks.png"))

    # Wagtail autosaves the new page as a draft; publish only once that save has landed, as an editor
    # who sees "Saved" would, so the publish does not race the autosave.
    page.locator("#id_title").click()  # leave the rich-text editor so it hands its text to the form
    page.wait_for_timeout(1500)
    expect(page.locator(".w-autosave-indicator__state--saving")).to_be_hidden(timeout=20_000)
    expect(page.locator(".w-autosave-indicator__state--saved")).to_be_visible(timeout=20_000)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.locator(".messages")).to_contain_text("published")

    article = ArticlePage.objects.get(title="Rail freight needs night shifts")
    assert article.live
    assert [b.block_type for b in article.body] == ["paragraph", "pull_quote", "newsletter", "paragraph"]
    page.goto(live_server.url + article.url)
    assert page.get_by_role("heading", level=1).inner_text() == "Rail freight needs night shifts"
    expect(page.locator("blockquote")).to_have_text("A corridor that sleeps is not a corridor.")
    expect(page.locator(".byline")).to_contain_text("Farid Mammadli")
    expect(page.locator(".newsletter-cta form")).to_be_visible()
    page.goto(live_server.url + newsroom["section"].url)
    expect(
        page.get_by_role("main").get_by_role("link", name="Rail freight needs night shifts")
    ).to_be_visible()
    latest = page.get_by_role("region", name="Latest")
    expect(latest.get_by_role("link", name="Rail freight needs night shifts")).to_be_visible()
