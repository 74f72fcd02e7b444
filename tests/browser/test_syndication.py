"""A reader follows a section's feed link to the feed; a shared article's card names an image that exists."""

import feedparser
import pytest
from django.core.cache import cache
from PIL import Image

from tests import factories
from tests.browser.conftest import screenshot_dir

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def article():
    cache.clear()
    home = factories.make_home()
    energy = factories.make_section(home, "Energy")
    author = factories.make_author("Daniel Moreau", role="Energy correspondent")
    return factories.make_article(
        energy,
        title="Survey the seabed first",
        standfirst="Offshore wind needs a map of the seabed before it needs an auction.",
        authors=[author],
        body=factories.paragraphs(3, "A survey takes two summers; an auction takes an afternoon."),
        hero=True,
    )


def test_reader_follows_the_sections_feed_link_to_a_feed_listing_the_article(page, live_server, article):
    page.goto(live_server.url + article.get_parent().url)
    feed_links = page.locator(".feed-links")
    feed_links.scroll_into_view_if_needed()
    assert feed_links.inner_text() == "Follow Energy: RSS feed or Atom feed"
    page.screenshot(path=str(screenshot_dir() / "section-feed-link.png"), full_page=True)

    with page.expect_response(lambda response: "/feeds/sections/" in response.url) as answer:
        feed_links.get_by_role("link", name="RSS feed").click()
    response = answer.value
    assert response.status == 200
    assert response.headers["content-type"].startswith("application/rss+xml")
    parsed = feedparser.parse(response.body())
    assert not parsed.bozo
    assert parsed.feed.title == "Energy | The Caspian Review"
    assert [entry.title for entry in parsed.entries] == ["Survey the seabed first"]
    assert parsed.entries[0].link == live_server.url + article.url


def test_a_shared_articles_card_names_an_image_that_exists_at_its_stated_size(page, live_server, article):
    page.goto(live_server.url + article.url)
    meta = {
        name: page.locator(f'meta[property="{name}"]').get_attribute("content")
        for name in ("og:title", "og:type", "og:image", "og:image:width", "og:image:height", "og:image:alt")
    }
    assert meta["og:title"] == "Survey the seabed first"
    assert meta["og:type"] == "article"
    assert meta["og:image"].startswith(live_server.url + "/media/images/")
    assert meta["og:image:alt"]
    twitter = page.locator('meta[name="twitter:image"]').get_attribute("content")
    assert twitter == meta["og:image"]

    image = page.request.get(meta["og:image"])  # as the network's crawler fetches it
    assert image.status == 200
    assert image.headers["content-type"] == "image/jpeg"
    path = screenshot_dir() / "og-image.jpg"
    path.write_bytes(image.body())
    with Image.open(path) as picture:
        assert picture.size == (int(meta["og:image:width"]), int(meta["og:image:height"]))
        assert picture.width >= 1200  # what the networks ask for a large card
