"""A reader searches from the header box, reads highlighted results, narrows them, and gets suggestions."""

import re

import html5lib
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.conftest import screenshot_dir
from tests.search.helpers import build_newsroom

pytestmark = pytest.mark.django_db(transaction=True)

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}


@pytest.fixture
def newsroom():
    return build_newsroom()


def test_reader_searches_narrows_and_follows_a_suggestion(page, live_server, newsroom):
    page.goto(live_server.url + "/")
    box = page.get_by_role("combobox", name="Search the archive")
    box.fill("timetable")
    box.press("Enter")  # no suggestion chosen: the form is submitted
    page.wait_for_url(re.compile(r"/search/\?q=timetable"))

    results = page.locator(".search-result")
    expect(results).to_have_count(2)
    expect(page.get_by_role("heading", level=2, name=re.compile("2 articles match"))).to_be_visible()
    expect(page.locator(".search-result-title mark").first).to_have_text(re.compile("timetable", re.I))
    assert page.locator(".search-snippet mark").count() >= 1
    page.screenshot(path=str(screenshot_dir() / "search-results.png"), full_page=True)

    page.locator(".search-facets").get_by_role("link", name=re.compile(r"^News")).click()
    page.wait_for_url(re.compile(r"type=news"))
    expect(results).to_have_count(1)
    expect(results.first.get_by_role("heading", level=3)).to_have_text("Café Zürich timetable talks")
    expect(page.locator(".facet-active")).to_contain_text("News")

    # With JavaScript, typing in the header box offers titles; the keyboard picks one.
    header_box = page.get_by_role("combobox", name="Search the archive")
    header_box.fill("ferry tim")
    listbox = page.get_by_role("listbox", name="Suggested articles").first
    expect(listbox).to_be_visible()
    option = listbox.get_by_role("option", name="Ferry timetables decide the Middle Corridor")
    expect(option).to_be_visible()
    expect(header_box).to_have_attribute("aria-expanded", "true")
    page.screenshot(path=str(screenshot_dir() / "search-suggestions.png"))
    header_box.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    header_box.press("Enter")
    page.wait_for_url(re.compile(re.escape(newsroom["articles"]["ferry"].url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ferry timetables decide the Middle Corridor")


def test_search_works_without_javascript(chromium, live_server, newsroom):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + newsroom["articles"]["grid"].url)
    box = page.get_by_role("searchbox", name="Search the archive")
    box.fill('"seabed survey"')
    page.get_by_role("search", name="Site search").get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"/search/"))
    assert page.locator(".search-result-title").all_inner_texts() == [
        "Caspian offshore wind needs a seabed survey"
    ]
    assert page.locator(".search-result-title mark").all_inner_texts() == ["seabed", "survey"]

    page.get_by_role("searchbox", name=re.compile("Search for words")).fill("timetable")
    page.get_by_role("search", name="Search the archive").get_by_role("button", name="Search").click()
    page.get_by_role("link", name="Newest first").click()
    page.wait_for_url(re.compile(r"sort=newest"))
    assert page.locator(".search-result-title").all_inner_texts() == [
        "Ferry timetables decide the Middle Corridor",
        "Café Zürich timetable talks",
    ]
    context.close()


def test_search_pages_are_accessible_and_valid(page, live_server, newsroom):
    axe = Axe()
    parser = html5lib.HTMLParser(strict=True)
    problems = {}
    for path in ["/search/?q=timetable", "/search/?q=timetable&type=news", "/search/?q=hasanva", "/search/"]:
        response = page.goto(live_server.url + path)
        assert response.status == 200
        parser.parse(response.text())
        violations = axe.run(page, options=WCAG_AA).response["violations"]
        if violations:
            problems[path] = [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in violations]
    # The page with suggestions open.
    page.goto(live_server.url + "/search/?q=timetable")
    page.get_by_role("combobox", name="Search the archive").fill("ferr")
    expect(page.get_by_role("listbox").first).to_be_visible()
    violations = axe.run(page, options=WCAG_AA).response["violations"]
    if violations:
        problems["suggestions"] = [v["id"] for v in violations]
    assert problems == {}
