"""Every page's head as a search engine or a social site reads it: the canonical address, the Open
Graph and Twitter card tags, and the schema.org JSON-LD (read with extruct, a JSON-LD extractor)."""

import io
from datetime import datetime
from html.parser import HTMLParser

import extruct
import pytest
from PIL import Image

from core.text import WORD, body_text
from demo.images import get_or_make_image
from tests import factories

HOST = "news.example.org"
BASE = f"http://{HOST}"
pytestmark = pytest.mark.django_db


class HeadParser(HTMLParser):
    """The <link rel=canonical> hrefs and the <meta> tags of a page, as [(key, content)]."""

    def __init__(self):
        super().__init__()
        self.canonical, self.meta = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "canonical":
            self.canonical.append(attrs["href"])
        elif tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta.append((attrs.get("property") or attrs["name"], attrs.get("content")))


def read_head(client, path):
    response = client.get(path, HTTP_HOST=HOST)
    assert response.status_code == 200, path
    html = response.content.decode()
    parser = HeadParser()
    parser.feed(html)
    blocks = extruct.extract(html, base_url=BASE, syntaxes=["json-ld"], uniform=False)["json-ld"]
    return parser, {block["@type"]: block for block in blocks}, html


def values(parser, key):
    return [content for name, content in parser.meta if name == key]


def one(parser, key):
    found = values(parser, key)
    assert len(found) == 1, (key, found)
    return found[0]


@pytest.fixture
def op_ed(section, board):
    return factories.make_article(
        section,
        title="The ports we need",
        authors=[board],
        tags=["Baku", "Caspian gas"],
        article_type="op-ed",
        hero=True,
    )


def test_an_op_ed_has_its_canonical_social_card_and_article_data(client, op_ed, board, section):
    parser, data, _ = read_head(client, f"{op_ed.url}?utm_source=news&utm_medium=social&ref=x")
    canonical = f"{BASE}{op_ed.url}"
    assert parser.canonical == [canonical]
    assert one(parser, "og:url") == canonical
    assert one(parser, "og:type") == "article"
    assert one(parser, "og:title") == "The ports we need"
    assert one(parser, "og:description") == op_ed.standfirst
    assert one(parser, "og:site_name") == "The Caspian Review"
    assert one(parser, "article:section") == section.title
    assert values(parser, "article:tag") == ["Baku", "Caspian gas"]
    published = datetime.fromisoformat(one(parser, "article:published_time"))
    assert published == op_ed.published_date
    assert datetime.fromisoformat(one(parser, "article:modified_time")) >= published
    assert one(parser, "twitter:card") == "summary_large_image"
    image = one(parser, "og:image")
    assert image.startswith(f"{BASE}/media/")
    width, height = int(one(parser, "og:image:width")), int(one(parser, "og:image:height"))
    assert width <= 1200 and abs(width / height - 1200 / 630) < 0.01  # fill: cut to 1200x630, not enlarged
    assert one(parser, "og:image:alt") == "A hero caption"
    served = client.get(image.removeprefix(BASE), HTTP_HOST=HOST)
    assert served.status_code == 200 and served["Content-Type"].startswith("image/")
    assert Image.open(io.BytesIO(b"".join(served.streaming_content))).size == (width, height)

    article = data["OpinionNewsArticle"]
    assert article["headline"] == "The ports we need"
    assert article["description"] == op_ed.standfirst
    assert article["image"] == [image]
    assert datetime.fromisoformat(article["datePublished"]) == published
    assert article["author"] == [
        {"@type": "Organization", "name": "Editorial Board", "url": f"{BASE}/authors/{board.slug}/"}
    ]
    assert article["publisher"]["@type"] == "NewsMediaOrganization"
    assert article["publisher"]["name"] == "The Caspian Review"
    assert article["publisher"]["logo"]["url"].startswith(f"{BASE}/static/")
    assert article["mainEntityOfPage"]["@id"] == canonical
    assert article["articleSection"] == section.title
    assert article["keywords"] == ["Baku", "Caspian gas"]
    assert article["wordCount"] == len(WORD.findall(body_text(op_ed.body.raw_data))) > 0
    assert article["inLanguage"] == "en"
    trail = data["BreadcrumbList"]["itemListElement"]
    assert [(item["position"], item["name"], item["item"]) for item in trail] == [
        (1, "The Caspian Review", f"{BASE}/"),
        (2, section.title, f"{BASE}{section.url}"),
        (3, op_ed.title, canonical),
    ]


@pytest.mark.parametrize(
    ("article_type", "schema_type"),
    [("editorial", "OpinionNewsArticle"), ("analysis", "AnalysisNewsArticle"), ("news", "NewsArticle")],
)
def test_the_article_type_names_the_schema_type(client, section, author, article_type, schema_type):
    article = factories.make_article(section, authors=[author], article_type=article_type)
    parser, data, _ = read_head(client, article.url)
    assert data[schema_type]["author"][0]["@type"] == "Person"
    assert one(parser, "twitter:card") == "summary"  # no hero image, no site-wide image
    assert values(parser, "og:image") == []


def test_script_tags_in_a_title_stay_inside_the_json(client, section, author):
    title = "Gas </script><script>alert(1)</script> <!-- deal"
    standfirst = "A standfirst with </script> and <!-- in it & more."
    article = factories.make_article(
        section, title=title, standfirst=standfirst, authors=[author], slug="script", article_type="news"
    )
    parser, data, html = read_head(client, article.url)
    assert data["NewsArticle"]["headline"] == title
    assert data["NewsArticle"]["description"] == standfirst
    assert data["BreadcrumbList"]["itemListElement"][-1]["name"] == title
    assert "<script>alert(1)" not in html
    assert one(parser, "og:title") == title


def test_a_long_headline_is_cut_to_110_characters(client, section):
    article = factories.make_article(section, title="Caspian " * 20, article_type="news")
    _, data, _ = read_head(client, article.url)
    assert data["NewsArticle"]["headline"] == ("Caspian " * 20)[:110]


def test_a_paginated_listing_keeps_its_page_as_its_canonical(client, section):
    for _ in range(13):
        factories.make_article(section)
    parser, data, _ = read_head(client, f"{section.url}?page=2&utm_campaign=x")
    assert parser.canonical == [f"{BASE}{section.url}?page=2"]
    assert one(parser, "og:url") == f"{BASE}{section.url}?page=2"
    assert one(parser, "og:type") == "website"
    trail = data["BreadcrumbList"]["itemListElement"]
    assert [item["name"] for item in trail] == ["The Caspian Review", section.title]
    first, _, _ = read_head(client, f"{section.url}?page=1&utm_source=x")
    assert first.canonical == [f"{BASE}{section.url}"]
    for path in (f"/authors/{factories.make_author().slug}/?page=2", "/tags/none/?page=abc"):
        response = client.get(path, HTTP_HOST=HOST)
        if response.status_code == 200:
            parser = HeadParser()
            parser.feed(response.content.decode())
            assert parser.canonical == [f"{BASE}{path.split('?')[0]}"]  # one page only: no ?page


def test_the_home_page_offers_a_site_search(client, home):
    parser, data, _ = read_head(client, "/?utm_source=x")
    assert parser.canonical == [f"{BASE}/"]
    assert one(parser, "og:type") == "website"
    action = data["WebSite"]["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == f"{BASE}/search/?q={{search_term_string}}"


def test_the_canonical_base_url_wins_over_the_host(client, op_ed, settings):
    settings.CANONICAL_BASE_URL = "https://www.caspianreview.example"
    parser, data, _ = read_head(client, op_ed.url)
    assert parser.canonical == [f"https://www.caspianreview.example{op_ed.url}"]
    assert one(parser, "og:image").startswith("https://www.caspianreview.example/media/")


def test_a_private_article_shows_no_data_to_a_reader(client, section):
    article = factories.make_private(factories.make_article(section, title="Board minutes"))
    response = client.get(article.url, HTTP_HOST=HOST)
    assert response.status_code == 200  # Wagtail's password form
    assert b"Board minutes" not in response.content and b"NewsArticle" not in response.content


def test_an_authors_page_is_a_profile_of_a_person_or_an_organisation(client, section, author, board):
    author.bio = "Writes on energy and the sea </script><script>alert(1)</script>"
    author.photo = get_or_make_image("Leyla Hasanova", "culture")
    author.save()
    factories.make_article(section, authors=[author])
    factories.make_article(section, authors=[board])

    parser, blocks, html = read_head(client, author.get_absolute_url())
    assert one(parser, "og:type") == "profile"
    assert one(parser, "og:title") == "Leyla Hasanova"
    profile = blocks["ProfilePage"]
    assert profile["url"] == BASE + author.get_absolute_url() == parser.canonical[0]
    person = profile["mainEntity"]
    assert person["@type"] == "Person"
    assert (person["name"], person["jobTitle"], person["url"]) == (
        "Leyla Hasanova",
        "Columnist",
        BASE + author.get_absolute_url(),
    )
    assert person["description"] == author.bio  # kept whole, and inert inside the script
    assert "<script>alert(1)" not in html
    assert person["image"] == one(parser, "og:image")

    _, blocks, _ = read_head(client, board.get_absolute_url())
    assert blocks["ProfilePage"]["mainEntity"]["@type"] == "Organization"
