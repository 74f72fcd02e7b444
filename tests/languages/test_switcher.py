"""The language switcher and the hreflang links: the same page in each language that has it live,
else that language's front page; never a draft, never a 404."""

import re

import pytest

from tests import factories

from .conftest import version

SWITCHER = re.compile(r'<nav class="language-switcher".*?</nav>', re.S)
HREFLANG = re.compile(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">')


def switcher_links(html):
    nav = SWITCHER.search(html).group(0)
    return {code: url for url, code in re.findall(r'<a href="([^"]+)" lang="([^"]+)"', nav)}


def hreflang(html):
    return dict(HREFLANG.findall(html))


def test_the_switcher_goes_to_the_same_article_in_each_language(client, op_ed, russian):
    html = client.get(op_ed.url).content.decode()
    links = switcher_links(html)
    assert links["en"] == op_ed.url and links["ru"] == russian.url == "/ru/opinion/paromy-na-rassvete/"
    assert 'lang="en" hreflang="en" aria-current="true">English<' in html
    assert ">Русский<" in html and ">Azərbaycanca<" in html
    # The Azerbaijani translation is a draft: the switcher offers the Azerbaijani front page instead.
    assert links["az"] == "/az/"
    assert client.get(links["az"]).status_code == 200
    back = switcher_links(client.get(russian.url).content.decode())
    assert back["en"] == op_ed.url and back["az"] == "/az/"


def test_hreflang_pairs_point_both_ways_with_the_same_x_default(client, op_ed, russian):
    english = hreflang(client.get(op_ed.url).content.decode())
    in_russian = hreflang(client.get(russian.url).content.decode())
    assert (
        english
        == in_russian
        == {
            "en": f"http://testserver{op_ed.url}",
            "ru": "http://testserver/ru/opinion/paromy-na-rassvete/",
            "x-default": f"http://testserver{op_ed.url}",
        }
    )


def test_a_draft_or_private_translation_appears_in_no_switcher_or_hreflang(client, op_ed, azerbaijani):
    draft = azerbaijani.get_latest_revision_as_object()
    html = client.get(op_ed.url).content.decode()
    assert "/az/rey/" not in html and draft.title not in html
    assert client.get(f"/az/rey/{draft.slug}/").status_code == 404
    russian = version(op_ed, "ru")
    factories.make_private(russian)
    html = client.get(op_ed.url).content.decode()
    assert "paromy-na-rassvete" not in html and switcher_links(html)["ru"] == "/ru/"
    assert set(hreflang(html)) == {"en", "x-default"}


def test_publishing_the_translation_shows_it_at_once(client, op_ed, azerbaijani):
    client.get(op_ed.url)
    factories.translate(op_ed, "az", title="Səhər bərələri", slug="seher-bereleri")
    links = switcher_links(client.get(op_ed.url).content.decode())
    assert links["az"] == "/az/rey/seher-bereleri/"


def test_home_and_section_pages_switch_to_their_translations(client, op_ed, russian):
    assert switcher_links(client.get("/").content.decode()) == {"en": "/", "az": "/az/", "ru": "/ru/"}
    assert hreflang(client.get("/ru/").content.decode())["x-default"] == "http://testserver/"
    assert switcher_links(client.get("/ru/opinion/").content.decode())["en"] == "/opinion/"


def test_a_language_without_a_live_home_page_is_not_offered(client, section):
    article = factories.make_article(section)
    html = client.get(article.url).content.decode()
    assert "language-switcher" not in html  # only English is live
    assert 'hreflang="en"' in html and 'hreflang="x-default"' in html


def test_an_error_page_switches_to_the_front_pages(client, op_ed, russian):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    links = switcher_links(response.content.decode())
    assert links == {"en": "/no-such-page/", "az": "/az/", "ru": "/ru/"}
    assert 'hreflang="x-default"' not in response.content.decode()


@pytest.mark.parametrize("path", ["/fr/", "/de/opinion/", "/en/", "/ru-xx/", "/zz/feed/", "/xx/tags/ports/"])
def test_unknown_language_prefixes_are_not_found(client, op_ed, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("path", ["/", "/ru/", "/az/", "/opinion/", "/ru/opinion/paromy-na-rassvete/"])
@pytest.mark.parametrize("language", ["en", "ru", "az", "fr"])
def test_a_language_cookie_or_accept_language_never_redirects(client, op_ed, russian, path, language):
    client.cookies["django_language"] = language
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=f"{language},en;q=0.5")
    assert response.status_code == 200
    expected = path.split("/")[1] if path.split("/")[1] in ("ru", "az") else "en"
    assert response["Content-Language"] == expected
    assert f'<html lang="{expected}"' in response.content.decode()
