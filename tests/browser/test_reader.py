"""A reader opens the front page, follows an article and uses back-to-top, all without JavaScript help."""

import re

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from tests import factories
from tests.browser.conftest import screenshot_dir

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def newsroom():
    cache.clear()
    home = factories.make_home()
    energy = factories.make_section(home, "Energy")
    author = factories.make_author("Daniel Moreau", role="Energy correspondent")
    body = factories.paragraphs(12, "Offshore wind needs a seabed survey before it needs an auction.") + [
        {
            "type": "pull_quote",
            "value": {"quote": "Survey first, auction second.", "attribution": "An engineer"},
        }
    ]
    article = factories.make_article(
        energy,
        title="Survey the seabed first",
        authors=[author],
        tags=["offshore wind"],
        body=body,
        hero=True,
    )
    return {"article": article, "author": author}


def test_reader_follows_an_article_and_goes_back_to_top(page, live_server, newsroom):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Survey the seabed first").first.click()
    page.wait_for_url(re.compile(r"/energy/"))
    assert page.get_by_role("heading", level=1).inner_text() == "Survey the seabed first"
    byline = page.locator(".byline a[rel=author]")
    assert byline.inner_text() == "Daniel Moreau"
    assert page.locator("blockquote").inner_text() == "Survey first, auction second."
    assert page.locator(".article-body .rich-text").count() == 12
    page.screenshot(path=str(screenshot_dir() / "article.png"), full_page=True)

    page.locator(".article-footer .back-to-top").scroll_into_view_if_needed()
    assert page.evaluate("window.scrollY") > 500
    page.locator(".article-footer .back-to-top").click()
    expect(page).to_have_url(re.compile(r"#top$"))
    for _ in range(40):  # smooth scrolling takes a moment
        if page.evaluate("window.scrollY") < 5:
            break
        page.wait_for_timeout(50)
    assert page.evaluate("window.scrollY") < 5

    byline.click()
    page.wait_for_url(re.compile(r"/authors/"))
    assert page.get_by_role("heading", level=1).inner_text() == "Daniel Moreau"


def test_reader_sees_the_site_without_javascript(chromium, live_server, newsroom):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + newsroom["article"].url)
    assert page.get_by_role("heading", level=1).inner_text() == "Survey the seabed first"
    assert page.get_by_role("navigation", name="Sections").is_visible()
    assert page.get_by_role("heading", name="Latest").is_visible()
    page.get_by_role("link", name="offshore wind").click()
    page.wait_for_url(re.compile(r"/tags/offshore-wind/"))
    assert "Survey the seabed first" in page.content()
    context.close()


def test_article_layout_uses_the_whole_window(page, live_server, newsroom):
    """The article column keeps its reading measure while the page around it spans the window."""
    page.goto(live_server.url + newsroom["article"].url)
    body_width = page.evaluate("document.body.getBoundingClientRect().width")
    article_width = page.evaluate("document.querySelector('article.article').getBoundingClientRect().width")
    sidebar_visible = page.get_by_role("complementary", name="More from the site").is_visible()
    assert body_width == 1280
    assert article_width <= 42 * 16
    assert sidebar_visible
