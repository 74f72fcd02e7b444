"""The search-terms log counts readers' searches, not scans: per client, per term, capped, no bots."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query

from search.terms_log import DEFAULTS
from tests.search.helpers import FIREFOX, reader

CAP = DEFAULTS["SEARCH_LOG_TERMS_PER_HOUR"]


def hits(text):
    query = Query.objects.filter(query_string=text).first()
    return query.hits if query else 0


@pytest.mark.django_db
def test_a_scan_of_451_queries_from_one_client_adds_at_most_the_cap(home):
    scanner = reader("203.0.113.7")
    for n in range(451):
        assert scanner.get("/search/", {"q": f"harbour {n} admin"}).status_code == 200
    assert Query.objects.count() == CAP
    assert reader("198.51.100.2").get("/search/", {"q": "ferry timetable"}).status_code == 200
    assert hits("ferry timetable") == 1  # another reader is not held back by the scan


@pytest.mark.django_db
def test_a_term_counts_once_per_client_and_once_more_for_another(home):
    first, second = reader("192.0.2.10"), reader("192.0.2.11")
    for _ in range(5):
        first.get("/search/", {"q": "Caspian  Ferries"})
    first.get("/search/", {"q": "caspian ferries"})  # the same term, normalised
    assert hits("caspian ferries") == 1
    second.get("/search/", {"q": "caspian ferries"})
    assert hits("caspian ferries") == 2
    assert Query.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "text, user_agent",
    [
        ("ferry timetable", "Googlebot/2.1 (+http://www.google.com/bot.html)"),
        ("ferry timetable", "python-requests/2.32"),
        ("ferry timetable", ""),
        ("'; -- 1=1", FIREFOX),
        ("12345 678", FIREFOX),
        ("ferry " * 30, FIREFOX),
    ],
)
def test_bots_and_scanner_terms_are_never_logged(home, text, user_agent):
    response = reader("192.0.2.20", user_agent).get("/search/", {"q": text})
    assert response.status_code == 200
    assert Query.objects.count() == 0


@pytest.mark.django_db
def test_a_readers_search_is_logged_and_shown_in_the_report(home, django_user_model):
    reader("192.0.2.30").get("/search/", {"q": "Metering standard"})
    assert hits("metering standard") == 1
    editor = Client()
    editor.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "pw"))
    assert "metering standard" in editor.get(reverse("wagtailsearchpromotions:search_terms")).content.decode()
