"""Pages full of furniture (ads in every placement, related blocks, Popular Articles, previous/next)
pass axe-core's WCAG 2.2 AA rules, parse as valid HTML and do not shift when the ad images load."""

import html5lib
import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.cache import cache
from django.utils import timezone

from demo.images import get_or_make_image
from popularity.models import ArticleDailyViews
from popularity.visibility import countable
from tests import factories
from tests.articles.test_pages import rich_body
from tests.browser.conftest import screenshot_dir

pytestmark = pytest.mark.django_db(transaction=True)

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}


@pytest.fixture
def furnished_article():
    cache.clear()
    countable.forget()
    home = factories.make_home()
    section = factories.make_section(home, "Energy")
    author = factories.make_author("Daniel Moreau")
    others = [
        factories.make_article(
            section, title=f"Seabed piece {i}", authors=[author], tags=["wind"], days_ago=i
        )
        for i in range(6)
    ]
    body_ad = factories.make_ad("Body campaign", "body")
    for placement in ("header", "sidebar", "in_article", "article_end"):
        factories.make_ad(f"{placement} campaign", placement, paragraph=2)
    factories.make_ad("House promotion", "sidebar", is_house_ad=True)
    factories.make_ad("Sponsor line", "article_end", image=False, sponsor_line="Supported by the Rail Fund")
    article = factories.make_article(
        section,
        title="Survey the seabed first",
        authors=[author],
        tags=["wind"],
        body=factories.paragraphs(3) + rich_body(2, get_or_make_image("Body", "energy"), others[:2], body_ad),
        days_ago=3,
    )
    for n, other in enumerate(others):
        ArticleDailyViews.objects.create(article=other, day=timezone.localdate(), views=10 + n)
    return article


def test_furnished_pages_are_accessible_valid_and_stable(
    page, live_server, furnished_article, ranked_publishing
):
    axe = Axe()
    parser = html5lib.HTMLParser(strict=True)
    problems = {}
    for path in (furnished_article.url, "/"):
        response = page.goto(live_server.url + path)
        assert response.status == 200
        html = response.text()
        assert "ad--header" in html and "Popular Articles" in html
        parser.parse(html)
        violations = [
            f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}"
            for v in axe.run(page, options=WCAG_AA).response["violations"]
        ]
        if violations:
            problems[path] = violations
    assert problems == {}

    # Every served ad image declares its size, so its box is reserved before the image arrives.
    page.goto(live_server.url + furnished_article.url)
    page.screenshot(path=str(screenshot_dir() / "article-furniture.png"), full_page=True)
    sizes = page.eval_on_selector_all(
        ".ad img", "images => images.map(i => [i.getAttribute('width'), i.getAttribute('height')])"
    )
    assert sizes and all(w and h and int(w) > 0 and int(h) > 0 for w, h in sizes)
    assert page.locator(".related-posts--inline").count() >= 1
    assert page.get_by_role("navigation", name="More in Energy").is_visible()
