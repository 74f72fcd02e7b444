"""Sitemaps, the news sitemap and robots.txt, read as a search engine would: absolute links on the host
asked, real dates, and nothing a reader could not open."""

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.models import Locale, Site

from articles.models import ArticlePage
from core.models import PublicationSettings
from syndication.sitemaps import ArticlesSitemap
from tests import factories

HOST = "news.example.org"
NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
pytestmark = pytest.mark.django_db


def get_xml(client, path):
    response = client.get(path, HTTP_HOST=HOST)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def sitemap_entries(client):
    """{location: lastmod} of every URL in every file the index names."""
    entries = {}
    for location in get_xml(client, "/sitemap.xml").findall("s:sitemap/s:loc", NS):
        assert location.text.startswith(f"http://{HOST}/sitemap-")
        for url in get_xml(client, location.text.removeprefix(f"http://{HOST}")).findall("s:url", NS):
            entries[url.find("s:loc", NS).text] = url.find("s:lastmod", NS).text
    return entries


def news_entries(client):
    root = get_xml(client, "/news-sitemap.xml")
    return [
        {
            "location": url.find("s:loc", NS).text,
            "name": url.find("news:news/news:publication/news:name", NS).text,
            "language": url.find("news:news/news:publication/news:language", NS).text,
            "title": url.find("news:news/news:title", NS).text,
            "date": url.find("news:news/news:publication_date", NS).text,
        }
        for url in root.findall("s:url", NS)
    ]


@pytest.fixture
def leaks(section):
    """An article of each kind no reader may open, and a private section with an article in it."""
    draft = factories.make_article(section, title="Draft piece", publish=False)
    scheduled = factories.make_scheduled(section)
    private = factories.make_private(factories.make_article(section, title="Private piece"))
    unpublished = factories.make_article(section, title="Withdrawn piece")
    unpublished.unpublish()
    hidden_section = factories.make_private(factories.make_section(title="Members"))
    inside = factories.make_article(hidden_section, title="Members piece")
    return [draft, scheduled, private, unpublished, hidden_section, inside]


def absolute(page):
    return f"http://{HOST}{page.url}"


def test_sitemaps_list_live_public_pages_on_the_requests_host_with_real_dates(client, home, section, leaks):
    article = factories.make_article(section, title="Ports")
    revised = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    ArticlePage.objects.filter(pk=article.pk).update(last_published_at=revised - timedelta(days=1))
    ArticlePage.objects.filter(pk=article.pk).update(updated_date=revised)
    published = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
    section.__class__.objects.filter(pk=section.pk).update(last_published_at=published)

    entries = sitemap_entries(client)

    assert Site.objects.get(is_default_site=True).hostname == "localhost"  # not the Site record's host
    assert entries[f"http://{HOST}/"]
    assert entries[absolute(section)] == "2025-06-01"
    assert entries[absolute(article)] == "2026-01-02"
    for page in leaks:
        assert absolute(page) not in entries
        assert not any(page.slug in location for location in entries)
    assert len(entries) == 3  # home, the public section, the article


def test_a_canonical_base_url_replaces_the_requests_host(client, section, settings):
    settings.CANONICAL_BASE_URL = "https://www.example.com"
    article = factories.make_article(section)
    index = client.get("/sitemap.xml", HTTP_HOST=HOST).content.decode()
    assert f"<loc>https://www.example.com{month_file(article)}</loc>" in index
    articles = client.get(month_file(article), HTTP_HOST=HOST).content.decode()
    assert f"<loc>https://www.example.com{article.url}</loc>" in articles
    assert "Sitemap: https://www.example.com/news-sitemap.xml" in client.get("/robots.txt").content.decode()


@pytest.mark.parametrize("query", ["?p=junk", "?p=0", "?p=99999", "?p=-1", "?p=1.5", "?p=%00"])
def test_a_page_number_that_is_not_one_is_not_found(client, section, query):
    article = factories.make_article(section)
    assert client.get(f"{month_file(article)}{query}").status_code == 404
    assert client.get(f"/sitemap-pages.xml{query}").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/sitemap-nothing.xml",
        "/sitemap-articles.xml",
        "/sitemap-articles-2026-13.xml",
        "/sitemap-articles-2026-00.xml",
        "/sitemap-articles-0000-01.xml",
        "/sitemap-articles-1999-01.xml",  # a month with no article
        "/sitemap-articles-2026-1.xml",
    ],
)
def test_a_sitemap_file_that_does_not_exist_is_not_found(client, section, path):
    factories.make_article(section)
    assert client.get(path).status_code == 404


def month_file(article):
    article.refresh_from_db()
    return f"/sitemap-articles-{article.published_date:%Y-%m}.xml"


def test_articles_are_filed_by_the_month_they_were_published(client, section, leaks):
    now = timezone.now()
    dated = {
        "This month": now,
        "Earlier this month": now.replace(day=1, hour=0, minute=0, second=1),
        "Last year": now - timedelta(days=366),
        "Last year, later": now - timedelta(days=360),
    }
    articles = {}
    for title, published in dated.items():
        article = factories.make_article(section, title=title)
        ArticlePage.objects.filter(pk=article.pk).update(published_date=published)
        articles[title] = article
    locations = [loc.text for loc in get_xml(client, "/sitemap.xml").findall("s:sitemap/s:loc", NS)]
    months = sorted({f"{published:%Y-%m}" for published in dated.values()}, reverse=True)
    assert locations == [
        f"http://{HOST}/sitemap-pages.xml",
        *(f"http://{HOST}/sitemap-articles-{month}.xml" for month in months),
    ]
    for month in months:
        listed = get_xml(client, f"/sitemap-articles-{month}.xml").findall("s:url/s:loc", NS)
        expected = [title for title, published in dated.items() if f"{published:%Y-%m}" == month]
        assert sorted(loc.text for loc in listed) == sorted(absolute(articles[title]) for title in expected)


def test_a_month_over_the_limit_is_split_into_numbered_files_the_index_names(client, section, monkeypatch):
    monkeypatch.setattr(ArticlesSitemap, "limit", 2)
    first = timezone.now().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    articles = [factories.make_article(section) for _ in range(5)]
    for n, article in enumerate(articles):  # the same month, newest first
        ArticlePage.objects.filter(pk=article.pk).update(published_date=first + timedelta(hours=5 - n))
    path = month_file(articles[0])
    locations = [loc.text for loc in get_xml(client, "/sitemap.xml").findall("s:sitemap/s:loc", NS)]
    assert locations == [
        f"http://{HOST}/sitemap-pages.xml",
        f"http://{HOST}{path}",
        f"http://{HOST}{path}?p=2",
        f"http://{HOST}{path}?p=3",
    ]
    listed = [
        loc.text
        for page in ("", "?p=2", "?p=3")
        for loc in get_xml(client, f"{path}{page}").findall("s:url/s:loc", NS)
    ]
    assert listed == [absolute(article) for article in articles]  # newest first, each once
    assert client.get(f"{path}?p=4").status_code == 404
    assert (
        client.get(f"{path}?p=002", HTTP_HOST=HOST).content
        == client.get(f"{path}?p=2", HTTP_HOST=HOST).content
    )


def test_news_sitemap_lists_the_last_48_hours_newest_first(client, section, leaks):
    older = factories.make_article(section, title="Two days and more", days_ago=2)
    yesterday = factories.make_article(section, title="Yesterday & today", days_ago=1)
    today = factories.make_article(section, title="This morning")
    ArticlePage.objects.filter(pk=older.pk).update(published_date=timezone.now() - timedelta(hours=49))

    entries = news_entries(client)

    assert [entry["location"] for entry in entries] == [absolute(today), absolute(yesterday)]
    assert entries[1]["title"] == "Yesterday & today"
    assert {entry["name"] for entry in entries} == {"The Caspian Review"}
    assert {entry["language"] for entry in entries} == {"en"}
    yesterday.refresh_from_db()
    assert datetime.fromisoformat(entries[1]["date"]) == yesterday.published_date.replace(microsecond=0)
    assert entries[1]["date"].endswith("+00:00")


def test_news_sitemap_stops_at_its_limit(client, section, monkeypatch):
    monkeypatch.setattr("syndication.news.NEWS_LIMIT", 2)
    newest = [factories.make_article(section) for _ in range(3)]  # each a minute older than the last
    assert [entry["location"] for entry in news_entries(client)] == [absolute(a) for a in newest[:2]]


@pytest.fixture
def publication(db):
    """The settings row as a running site has it (creating it starts a new visibility generation)."""
    PublicationSettings.load()
    cache.clear()


def test_sitemaps_are_cached_and_forgotten_when_visibility_changes(
    client, section, publication, django_assert_num_queries
):
    article = factories.make_article(section)
    assert absolute(article) in sitemap_entries(client)
    assert news_entries(client)
    path = month_file(article)
    with django_assert_num_queries(0):
        client.get(path, HTTP_HOST=HOST)
        client.get("/news-sitemap.xml", HTTP_HOST=HOST)
    article.unpublish()
    assert absolute(article) not in sitemap_entries(client)
    assert news_entries(client) == []


def this_month_file():
    return f"/sitemap-articles-{timezone.now():%Y-%m}.xml"


def translate(page, language_code):
    """The page's translation into another language, published (its parents become aliases)."""
    translation = page.copy_for_translation(
        Locale.objects.get(language_code=language_code), copy_parents=True
    )
    translation.save_revision().publish()
    return translation


def alternates(root):
    """{location: {hreflang: href}} of a sitemap file's URLs that have alternates."""
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in root.findall("s:url", NS)
        if url.find("xhtml:link", NS) is not None
    }


def test_translated_pages_name_every_language_as_hreflang_alternates(client, home, section):
    article = factories.make_article(section, title="Ports")
    alone = factories.make_article(section, title="Only in English")
    azerbaijani = translate(article, "az")
    russian = translate(article, "ru")
    draft = factories.make_article(section, title="Draft")
    draft.copy_for_translation(Locale.objects.get(language_code="az"))  # an unpublished translation

    languages = {"en": absolute(article), "az": absolute(azerbaijani), "ru": absolute(russian)}
    assert languages["az"] == f"http://{HOST}/az{section.url}{azerbaijani.slug}/"
    # Each language's file lists its own version, naming every version (itself too) as an alternate.
    for code, prefix in (("en", ""), ("az", "/az"), ("ru", "/ru")):
        listed = alternates(get_xml(client, prefix + month_file(article)))
        assert listed == {languages[code]: languages}
    assert absolute(alone) not in alternates(get_xml(client, month_file(article)))
    homes = {"en": f"http://{HOST}/", "az": f"http://{HOST}/az/", "ru": f"http://{HOST}/ru/"}
    assert alternates(get_xml(client, "/sitemap-pages.xml"))[f"http://{HOST}/"] == homes
    pages = alternates(get_xml(client, "/ru/sitemap-pages.xml"))
    russian_section = absolute(russian.get_parent())
    assert pages[f"http://{HOST}/ru/"] == homes and set(pages) == {homes["ru"], russian_section}
    assert set(pages[russian_section]) == {"en", "az", "ru"}


def test_the_generators_archive_fills_month_files_that_list_every_article_once(client, home, monkeypatch):
    """The generator spreads articles over five years (about 25 a month here): the files the index names
    list each exactly once. `make bench BENCH=syndication` checks the same at 10,000 articles."""
    monkeypatch.setattr(ArticlesSitemap, "limit", 20)  # so that busy months split as a 50,000 one would
    call_command("generate_articles", count=1500, seed=3, verbosity=0)
    hidden = ArticlePage.objects.live().order_by("pk")[:3]
    for article in hidden:
        article.unpublish()
    listed = []
    for location in get_xml(client, "/sitemap.xml").findall("s:sitemap/s:loc", NS):
        path = location.text.removeprefix(f"http://{HOST}")
        if path.startswith("/sitemap-articles-"):
            urls = get_xml(client, path).findall("s:url/s:loc", NS)
            assert 0 < len(urls) <= 20
            listed.extend(url.text for url in urls)
    visible = ArticlePage.objects.visible()
    assert sorted(listed) == sorted(absolute(article) for article in visible)
    assert len(listed) == 1500 - 3
    assert any("?p=2" in loc.text for loc in get_xml(client, "/sitemap.xml").findall("s:sitemap/s:loc", NS))


PATHS = ("/sitemap.xml", "/sitemap-pages.xml", "this month", "/news-sitemap.xml")


def queries_per_file(client, django_assert_max_num_queries):
    counts = {}
    for path in PATHS:
        path = this_month_file() if path == "this month" else path
        cache.clear()
        with django_assert_max_num_queries(10) as captured:
            assert client.get(path, HTTP_HOST=HOST).status_code == 200
        counts[path] = len(captured)
    return counts


def test_each_sitemap_costs_the_same_queries_for_5_or_30_articles(
    client, section, publication, django_assert_max_num_queries
):
    for _ in range(5):
        factories.make_article(section)
    few = queries_per_file(client, django_assert_max_num_queries)
    factories.make_section(title="Energy")
    for n in range(25):
        article = factories.make_article(section)
        if n % 5 == 0:
            translate(article, "az")
    assert queries_per_file(client, django_assert_max_num_queries) == few


def test_robots_txt_allows_the_site_and_names_both_sitemaps(client):
    response = client.get("/robots.txt", HTTP_HOST=HOST)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[:2] == ["User-agent: *", "Allow: /"]
    for path in ("/admin/", "/search/", "/newsletter/", "/_/", "/documents/"):
        assert f"Disallow: {path}" in lines
    for prefix in ("", "/az", "/ru"):
        assert f"Sitemap: http://{HOST}{prefix}/sitemap.xml" in lines
        assert f"Sitemap: http://{HOST}{prefix}/news-sitemap.xml" in lines


def test_set_site_host_points_the_default_site_at_the_public_host(home, capsys):
    call_command("set_site_host", "News.Example.org", "--site-name", "The Caspian Review")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.site_name) == ("news.example.org", 443, "The Caspian Review")
    assert site.root_url == "https://news.example.org"
    assert home.specific.get_full_url() == "https://news.example.org/"
    call_command("set_site_host", "news.example.org", "--port", "8080")
    assert Site.objects.get(is_default_site=True).root_url == "http://news.example.org:8080"
    for bad in (["https://news.example.org"], ["news.example.org", "--port", "0"]):
        with pytest.raises(CommandError):
            call_command("set_site_host", *bad)
