"""Feeds and sitemaps per language: each lists its language's articles only, never a draft, and a
sitemap names every live version of a page as its hreflang alternates."""

import xml.etree.ElementTree as ET

import pytest

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def text(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


@pytest.mark.parametrize("suffix", ["", "atom/"])
def test_each_language_has_its_own_site_feed(client, op_ed, russian, azerbaijani, suffix):
    english, in_russian = text(client, f"/feed/{suffix}"), text(client, f"/ru/feed/{suffix}")
    assert op_ed.title in english and russian.title not in english
    assert russian.title in in_russian and op_ed.title not in in_russian
    assert "http://testserver/ru/opinion/paromy-na-rassvete/" in in_russian
    assert 'xml:lang="ru"' in in_russian or "<language>ru</language>" in in_russian
    draft = azerbaijani.get_latest_revision_as_object()
    assert draft.title not in text(client, f"/az/feed/{suffix}")


def test_tag_author_and_section_feeds_per_language(client, op_ed, russian, author):
    assert russian.title in text(client, "/ru/feeds/tags/ports/")
    assert op_ed.title not in text(client, "/ru/feeds/tags/ports/")
    assert client.get("/az/feeds/tags/ports/").status_code == 404  # only a draft carries it there
    assert russian.title in text(client, f"/ru/feeds/authors/{author.slug}/")
    assert op_ed.title in text(client, f"/feeds/authors/{author.slug}/")
    assert russian.title in text(client, "/ru/feeds/sections/opinion/")
    assert russian.title not in text(client, "/feeds/sections/opinion/")
    # The feeds describe themselves in their language.
    assert "Статьи с меткой «ports»." in text(client, "/ru/feeds/tags/ports/")
    assert "Articles tagged ports." in text(client, "/feeds/tags/ports/")
    assert "последние материалы." in text(client, "/ru/feed/")


def locations(xml):
    return [loc.text for loc in ET.fromstring(xml).iter(f"{{{NS['s']}}}loc")]


def test_each_language_has_its_own_sitemaps(client, op_ed, russian, azerbaijani):
    month = f"sitemap-articles-{op_ed.published_date:%Y-%m}.xml"
    assert f"http://testserver/ru/{month}" in locations(text(client, "/ru/sitemap.xml"))
    assert f"http://testserver/{month}" in locations(text(client, "/sitemap.xml"))
    assert locations(text(client, f"/ru/{month}")) == ["http://testserver/ru/opinion/paromy-na-rassvete/"]
    assert locations(text(client, f"/{month}")) == [f"http://testserver{op_ed.url}"]
    # The Azerbaijani article is a draft: its language's month file is empty, so not found.
    assert client.get(f"/az/{month}").status_code == 404
    draft = azerbaijani.get_latest_revision_as_object()
    for path in ("/sitemap.xml", f"/{month}", "/sitemap-pages.xml", "/az/sitemap-pages.xml"):
        assert draft.slug not in text(client, path)
    news = text(client, "/ru/news-sitemap.xml")
    assert "paromy-na-rassvete" in news and op_ed.url not in news and "<news:language>ru<" in news
