"""Editors' picks above the results, the search log behind the admin's search terms report."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from tests.search.helpers import FIREFOX, build_newsroom, reader, result_titles


@pytest.fixture
def newsroom(db):
    return build_newsroom()


def test_editors_picks_come_first_and_are_not_repeated(client, newsroom):
    seabed = newsroom["articles"]["seabed"]
    query = Query.get("survey")
    SearchPromotion.objects.create(query=query, page=seabed, description="Our best explainer.", sort_order=0)
    SearchPromotion.objects.create(
        query=query,
        external_link_url="https://example.org/survey-data",
        external_link_text="Survey data",
        sort_order=1,
    )
    html = client.get("/search/", {"q": "Survey"}).content.decode()
    picks = html.split('class="editors-picks"')[1].split("</section>")[0]
    assert f'<a href="{seabed.url}">{seabed.title}</a>' in picks
    assert "Our best explainer." in picks
    assert '<a href="https://example.org/survey-data">Survey data</a>' in picks
    assert picks.index(seabed.title) < picks.index("Survey data")
    assert html.index("Editors’ picks") < html.index('class="search-results"')
    assert result_titles(client.get("/search/", {"q": "survey"})) == [
        "Grid operators agree a metering standard"
    ]
    assert "1 article matches “Survey”" in html


def test_picks_are_not_shown_once_the_reader_filters(client, newsroom):
    SearchPromotion.objects.create(query=Query.get("survey"), page=newsroom["articles"]["seabed"])
    response = client.get("/search/", {"q": "survey", "section": "energy"})
    assert "Editors’ picks" not in response.content.decode()
    assert "Caspian offshore wind needs a seabed survey" in result_titles(response)


def test_searches_are_logged_once_per_search(newsroom):
    for address in ("192.0.2.1", "192.0.2.2"):  # one reader's repeats count once (test_terms_log.py)
        browser = reader(address)
        browser.get("/search/", {"q": "Ferry  Timetables"})
        browser.get("/search/", {"q": "ferry timetables", "page": "2"})  # paging is not a new search
        browser.get("/search/", {"q": "ferry timetables", "type": "news"})  # nor is a filter
        browser.get("/search/", {"q": "   "})  # nothing to log
    query = Query.objects.get(query_string="ferry timetables")
    assert query.hits == 2
    assert Query.objects.count() == 1


def test_the_admin_search_terms_report_lists_reader_searches(client, newsroom):
    client.defaults["HTTP_USER_AGENT"] = FIREFOX
    for _ in range(3):
        client.get("/search/", {"q": "metering"})
    client.get("/search/", {"q": "ferry"})
    admin = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(admin)
    html = client.get(reverse("wagtailsearchpromotions:search_terms")).content.decode()
    assert "metering" in html and "ferry" in html


def test_popular_searches_are_this_weeks_and_only_real_words(client, newsroom):
    today = timezone.localdate()
    for text, hits, days_ago in [
        ("timetable", 9, 1),
        ("ferry", 5, 0),
        ("seabed", 3, 6),
        ("grid", 20, 9),  # last week's: not shown
        ("buy cheap watches", 50, 0),  # no such words in the archive: not shown
    ]:
        QueryDailyHits.objects.create(
            query=Query.get(text), date=today - datetime.timedelta(days=days_ago), hits=hits
        )
    cache.clear()
    html = client.get("/search/", {"q": "qwzxv"}).content.decode()
    popular = html.split('class="popular-searches"')[1].split("</section>")[0]
    shown = [
        text
        for text in ("timetable", "ferry", "seabed", "grid", "buy cheap watches")
        if f">{text}<" in popular
    ]
    assert shown == ["timetable", "ferry", "seabed"]
    assert popular.index(">timetable<") < popular.index(">ferry<") < popular.index(">seabed<")
