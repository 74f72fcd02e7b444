"""Builders shared by the search tests: a small newsroom whose texts make each expectation unambiguous."""

from django.core.cache import cache
from django.test import Client

from tests import factories

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"


def reader(address, user_agent=FIREFOX):
    """A test client that searches like a reader's browser from its own address."""
    return Client(headers={"user-agent": user_agent}, REMOTE_ADDR=address)


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def filler(n, text="Officials met again to discuss budgets, staffing and plans for next year."):
    return [paragraph(f"{text} ({i})") for i in range(n)]


def build_newsroom():
    """Two sections, three authors and articles written for the search tests."""
    cache.clear()
    home = factories.make_home()
    energy = factories.make_section(home, "Energy")
    transport = factories.make_section(home, "Transport")
    daniel = factories.make_author("Daniel Moreau", slug="daniel-moreau")
    farid = factories.make_author("Farid Mammadli", slug="farid-mammadli")
    leyla = factories.make_author("Leyla Hasanova", slug="leyla-hasanova")
    make = factories.make_article
    articles = {
        "seabed": make(
            energy,
            title="Caspian offshore wind needs a seabed survey",
            standfirst="Turbine tenders run ahead of the slow work under the water.",
            authors=[daniel],
            article_type="analysis",
            days_ago=40,
            body=filler(3)
            + [
                paragraph(
                    "Engineers want a seabed survey before any auction, because soft silt moves foundations."
                )
            ],
        ),
        "ferry": make(
            transport,
            title="Ferry timetables decide the Middle Corridor",
            standfirst="Trucks queue at the port while sailings stay unpublished.",
            authors=[farid],
            article_type="op-ed",
            days_ago=5,
            body=filler(2) + [paragraph("A published timetable would shorten every corridor journey.")],
        ),
        "grid": make(
            energy,
            title="Grid operators agree a metering standard",
            standfirst="A technical deal in Tbilisi sets common rules at border points.",
            authors=[daniel, leyla],
            article_type="news",
            days_ago=400,
            body=filler(2)
            + [paragraph("The survey of meters found old devices; the seabed cable is a separate question.")],
        ),
        "cafe": make(
            transport,
            title="Café Zürich timetable talks",
            standfirst="Rail planners met over coffee to compare notes.",
            authors=[leyla],
            article_type="news",
            days_ago=12,
            body=filler(2),
        ),
    }
    return {
        "home": home,
        "energy": energy,
        "transport": transport,
        "authors": {"daniel": daniel, "farid": farid, "leyla": leyla},
        "articles": articles,
    }


def result_titles(response):
    """Titles of the results list, in order, without the highlighting."""
    import html as html_module
    import re

    html = response.content.decode()
    found = re.findall(r'<h3 class="search-result-title"><a href="[^"]*">(.*?)</a></h3>', html, re.S)
    return [html_module.unescape(re.sub(r"</?mark>", "", title)) for title in found]
