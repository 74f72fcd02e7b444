"""Tags in Azerbaijani, Russian and Georgian work end to end: article page, tag page and search."""

import html
from urllib.parse import unquote

import pytest

from tests import factories

TAGS = ["Gəncə", "Bakı", "Şəki", "Баку", "თბილისი"]


@pytest.fixture
def tagged(section, author):
    return factories.make_article(
        section, title="Rail freight through the Ganja gap", authors=[author], tags=TAGS
    )


def tag_links(page_html):
    """(href, name) of the article's tag links, URL-decoded."""
    nav = page_html.split('aria-label="Tags"', 1)[1].split("</nav>", 1)[0]
    pairs = []
    for chunk in nav.split('<a href="')[1:]:
        href, rest = chunk.split('"', 1)
        pairs.append((unquote(href), html.unescape(rest.split(">", 1)[1].split("<", 1)[0])))
    return pairs


def test_an_article_with_unicode_tags_renders_and_links_each_tag(client, tagged):
    response = client.get(tagged.url)
    assert response.status_code == 200
    links = tag_links(response.content.decode())
    assert {name for _, name in links} == set(TAGS)
    for href, name in links:
        page = client.get(href)
        assert page.status_code == 200, href
        body = page.content.decode()
        assert f"<h1>{name}</h1>" in body and "Rail freight through the Ganja gap" in body


def test_unicode_tag_slugs_keep_their_letters(tagged):
    assert {tag.slug for tag in tagged.tags.all()} == {"gəncə", "bakı", "şəki", "баку", "თბილისი"}


def test_a_tag_that_only_hidden_articles_carry_is_not_found(client, section, author):
    draft = factories.make_article(section, title="Draft", authors=[author], tags=["Lənkəran"], publish=False)
    private = factories.make_private(factories.make_article(section, authors=[author], tags=["Quba"]))
    scheduled = factories.make_scheduled(section, authors=[author], tags=["Xaçmaz"])
    for article in (draft, private, scheduled):
        slug = article.tags.first().slug
        assert client.get(f"/tags/{slug}/").status_code == 404, slug
    assert client.get("/tags/no-such-tag/").status_code == 404


def test_search_results_and_facets_render_for_an_article_with_unicode_tags(client, tagged):
    response = client.get("/search/", {"q": "Ganja freight"})
    assert response.status_code == 200
    assert "Rail freight through the Ganja gap" in html.unescape(response.content.decode())
    assert client.get("/search/", {"q": "Gəncə"}).status_code == 200
    assert client.get("/search/", {"q": "Баку"}).status_code == 200
