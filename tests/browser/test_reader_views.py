"""A reader opens an article; the page's own script sends the view beacon and the view is counted."""

import pytest
from django.core.cache import cache
from django.db.models import Sum

from popularity import counters
from popularity.models import ArticleDailyViews
from popularity.visibility import countable
from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)

# Headless Chromium says "HeadlessChrome" in its user agent, which the beacon rightly treats as a bot;
# the reader here uses the user agent of the desktop browser it stands in for.
DESKTOP_CHROME = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36"
)


@pytest.fixture
def article():
    cache.clear()
    countable.forget()
    counters._local_counter.drain()
    home = factories.make_home()
    section = factories.make_section(home, "Energy")
    author = factories.make_author("Daniel Moreau")
    return factories.make_article(
        section,
        title="Survey the seabed first",
        authors=[author],
        body=factories.paragraphs(8, "Offshore wind needs a seabed survey before it needs an auction."),
    )


def counted(article):
    counters.flush_views()
    return ArticleDailyViews.objects.filter(article=article).aggregate(n=Sum("views"))["n"] or 0


def test_opening_an_article_counts_one_view(chromium, live_server, article):
    context = chromium.new_context(user_agent=DESKTOP_CHROME)
    page = context.new_page()
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))

    with page.expect_response(lambda r: r.url.endswith("/_/views/")) as beacon:
        page.goto(live_server.url + article.url)
    response = beacon.value
    assert response.status == 204
    assert response.request.method == "POST"
    assert "set-cookie" not in response.headers
    assert page.get_by_role("heading", level=1).inner_text() == "Survey the seabed first"
    assert counted(article) == 1

    # The same reader reading again a minute later is the same view.
    with page.expect_response(lambda r: r.url.endswith("/_/views/")):
        page.reload()
    assert counted(article) == 1
    assert problems == []  # the content security policy let the first-party script run
    context.close()


def test_a_page_without_javascript_still_reads_and_counts_nothing(chromium, live_server, article):
    context = chromium.new_context(user_agent=DESKTOP_CHROME, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + article.url)
    assert page.get_by_role("heading", level=1).inner_text() == "Survey the seabed first"
    page.wait_for_timeout(300)
    assert counted(article) == 0
    context.close()
