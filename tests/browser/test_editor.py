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
    """Choose a block type from the picker at the end of the body; returns the new block once it is there.

    Waits for the block to appear, so the next block goes after it rather than racing its rendering.
    """
    blocks = page.locator("[data-contentpath='body'] [data-streamfield-child]")
    count = blocks.count()
    page.locator("[data-contentpath='body'] button[title='Insert a block']").last.click()
    page.get_by_role("option", name=label).click()
    expect(blocks).to_have_count(count + 1)
    return blocks.last


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
    add_block(page, "Paragraph").locator(".public-DraftEditor-content").type(
        "Trains wait at the border overnight."
    )
    quote = add_block(page, "Pull quote")
    quote.locator("textarea[name$='-value-quote']").fill("A corridor that sleeps is not a corridor.")
    quote.locator("input[name$='-value-attribution']").fill("A dispatcher in Boyuk Kasik")
    add_block(page, "Newsletter sign-up")
    closing = add_block(page, "Paragraph")
    closing.locator(".public-DraftEditor-content").type("Night shifts would cost less than idle wagons.")
    page.screenshot(path=str(screenshot_dir() / "editor-blocks.png"))

    # Wagtail autosaves the new page as a draft; publish only once that save has landed, as an editor
    # who sees "Saved" would, so the publish does not race the autosave.
    page.locator("#id_title").click()  # leave the rich-text editor so it hands its text to the form
    page.wait_for_timeout(1500)
    expect(page.locator(".w-autosave-indicator__state--saving")).to_be_hidden(timeout=20_000)
    expect(page.locator(".w-autosave-indicator__state--saved")).to_be_visible(timeout=20_000)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_load_state()
    errors = page.evaluate(
        """() => [...document.querySelectorAll('.error-message')]
            .filter(e => e.innerText.trim())
            .map(e => (e.closest('[data-field-wrapper], [data-contentpath]')?.outerHTML || '').slice(0, 400)
                + ' : ' + e.innerText.trim())"""
    )
    assert not errors, f"the publish was refused: {errors}"
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
