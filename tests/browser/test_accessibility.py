"""Every kind of page passes axe-core's WCAG 2.2 AA rules and parses as valid HTML."""

import html5lib
import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.cache import cache

from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}


@pytest.fixture
def site_pages():
    cache.clear()
    home = factories.make_home()
    section = factories.make_section(home, "Energy")
    author = factories.make_author("Daniel Moreau", role="Energy correspondent", bio="Writes about grids.")
    board = factories.make_author("Editorial Board", kind="organisation")
    body = factories.paragraphs(6) + [
        {"type": "heading", "value": {"text": "What follows", "level": "h2"}},
        {"type": "pull_quote", "value": {"quote": "Survey first.", "attribution": "An engineer"}},
        {"type": "fact_box", "value": {"title": "Key figures", "facts": ["One", "Two"]}},
        {"type": "newsletter", "value": {"heading": "", "text": ""}},
    ]
    article = factories.make_article(
        section, title="Survey the seabed first", authors=[author, board], tags=["wind"], body=body, hero=True
    )
    for i in range(3):
        factories.make_article(section, title=f"Other piece {i}", authors=[author], hero=True)
    return [
        "/",
        section.url,
        article.url,
        f"/authors/{author.slug}/",
        "/tags/wind/",
        "/newsletter/",
        "/missing/",
    ]


def test_pages_have_no_wcag_violations_and_valid_html(page, live_server, site_pages):
    axe = Axe()
    parser = html5lib.HTMLParser(strict=True)
    problems = {}
    for path in site_pages:
        response = page.goto(live_server.url + path)
        assert response.status in (200, 404), path
        parser.parse(response.text())  # raises on any HTML parse error
        results = axe.run(page, options=WCAG_AA)
        violations = [
            f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in results.response["violations"]
        ]
        if violations:
            problems[path] = violations
    assert problems == {}
