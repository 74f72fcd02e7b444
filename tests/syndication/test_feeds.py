"""The feeds as a feed reader gets them: valid, complete, on the request's host, never a hidden article."""

import feedparser
import pytest
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from articles.models import ArticlePage
from demo.images import get_or_make_image
from syndication.feeds import FEED_LENGTH
from tests import factories

HOST = "news.example.org"
LEAKS = ("Draft leak", "Scheduled leak", "Private leak", "Unpublished leak")


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """An op-ed signed by an organisation and a person, and one of each kind of hidden article beside it,
    all in the same section, by the same authors and with the same tags; built once for the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        factories.ensure_wagtail_roots()
        section = factories.make_section(factories.make_home(), "Opinion")
        board = factories.make_author("Editorial Board", kind="organisation")
        person = factories.make_author("Leyla Hasanova")
        signed = {"authors": [board, person], "tags": ["Baku", "Caspian gas"]}
        picture = {
            "image": get_or_make_image("Cranes", "energy").pk,
            "alt_text": "Cranes",
            "decorative": False,
        }
        body = [
            {"type": "paragraph", "value": '<p>Read <a href="/opinion/">the section</a> first.</p>'},
            {"type": "heading", "value": {"text": "What the ports need", "level": "h2"}},
            {"type": "image", "value": {"image": picture, "caption": "Cranes at Alat", "credit": ""}},
        ]
        op_ed = factories.make_article(
            section,
            title="Ports & pipelines",
            standfirst="Why the ports matter.",
            body=body,
            hero=True,
            **signed,
        )
        factories.make_article(section, title="Draft leak", publish=False, **signed)
        factories.make_scheduled(section, title="Scheduled leak", **signed)
        factories.make_private(factories.make_article(section, title="Private leak", **signed))
        factories.make_article(section, title="Unpublished leak", **signed).unpublish()
        factories.make_article(section, title="Hidden tag", publish=False, tags=["only-hidden"])
        cache.clear()
        yield {
            "section": section,
            "board": board,
            "person": person,
            "op_ed": ArticlePage.objects.get(pk=op_ed.pk),
        }
        transaction.set_rollback(True)
        cache.clear()


def feed_urls(world):
    section, board = world["section"].slug, world["board"].slug
    paths = ["/feed/", f"/feeds/sections/{section}/", f"/feeds/authors/{board}/", "/feeds/tags/baku/"]
    return [(path, "rss20") for path in paths] + [
        ("/feed/atom/" if path == "/feed/" else f"{path}atom/", "atom10") for path in paths
    ]


def fetch(client, path, **headers):
    response = client.get(path, HTTP_HOST=HOST, **headers)
    assert response.status_code == 200, path
    return response, feedparser.parse(response.content)


@pytest.mark.django_db
def test_every_feed_is_valid_has_one_self_link_and_lists_only_what_readers_may_see(client, world):
    for path, version in feed_urls(world):
        response, parsed = fetch(client, path)
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        assert parsed.version == version
        assert response["Content-Type"].startswith(
            "application/rss+xml" if version == "rss20" else "application/atom+xml"
        )
        assert [link.href for link in parsed.feed.links if link.rel == "self"] == [f"http://{HOST}{path}"]
        assert [entry.title for entry in parsed.entries] == ["Ports & pipelines"], path
        assert not any(leak.encode() in response.content for leak in LEAKS), path


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/feed/", "/feed/atom/"])
def test_an_entry_carries_everything_a_reader_needs(client, world, path):
    op_ed = world["op_ed"]
    entry = fetch(client, path)[1].entries[0]
    assert entry.link == f"http://{HOST}/opinion/{op_ed.slug}/"
    assert entry.id == f"tag:{HOST},2026:article:{op_ed.pk}"
    assert entry.summary == "Why the ports matter."
    assert [author.name for author in entry.authors] == ["Editorial Board", "Leyla Hasanova"]
    assert entry.published_parsed[:6] == op_ed.published_date.astimezone(timezone.UTC).timetuple()[:6]
    assert entry.updated_parsed[:6] == op_ed.last_published_at.astimezone(timezone.UTC).timetuple()[:6]
    assert [tag.term for tag in entry.tags] == ["Opinion", "Baku", "Caspian gas"]
    content = entry.content[0].value
    assert f'<a href="http://{HOST}/opinion/">the section</a>' in content
    assert '<h2 class="body-heading">What the ports need</h2>' in content
    assert f'src="http://{HOST}/media/images/' in content
    rendition = op_ed.hero_image.get_rendition("fill-1200x675")
    (enclosure,) = entry.enclosures
    assert enclosure.href == f"http://{HOST}{rendition.url}"
    assert int(enclosure.length) == rendition.file.size > 0
    assert enclosure.type == "image/jpeg"


@pytest.mark.django_db
def test_a_canonical_base_url_replaces_the_requests_host_in_every_link(client, world, settings):
    settings.CANONICAL_BASE_URL = "https://www.example.com"
    for path, _ in feed_urls(world):
        response, parsed = fetch(client, path)
        links = [parsed.feed.link, *(link.href for link in parsed.feed.links)]
        links += [
            link for entry in parsed.entries for link in (entry.link, *(e.href for e in entry.enclosures))
        ]
        assert links and all(link.startswith("https://www.example.com/") for link in links), (path, links)
        assert all(entry.id.startswith("tag:www.example.com,2026:") for entry in parsed.entries)
        assert HOST.encode() not in response.content, path


@pytest.mark.django_db
def test_only_the_site_feed_carries_the_full_text(client, world):
    entry = fetch(client, f"/feeds/sections/{world['section'].slug}/")[1].entries[0]
    assert "content" not in entry
    assert entry.summary == "Why the ports matter."


@pytest.mark.django_db
def test_the_guid_survives_a_new_title_which_the_feed_shows_at_once(client, world):
    before = fetch(client, "/feed/atom/")[1].entries[0]
    op_ed = ArticlePage.objects.get(pk=world["op_ed"].pk)
    op_ed.title = "Ports, pipelines and the sea"
    op_ed.save_revision().publish()
    after = fetch(client, "/feed/atom/")[1].entries[0]
    assert after.title == "Ports, pipelines and the sea"
    assert after.id == before.id


@pytest.mark.django_db
def test_a_repeat_request_is_answered_not_modified(client, world, settings):
    settings.PAGE_CACHE_SECONDS = 60  # as in production: the stored copy keeps its ETag and Last-Modified
    response, _ = fetch(client, "/feed/")
    again = client.get("/feed/", HTTP_HOST=HOST, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    since = client.get("/feed/", HTTP_HOST=HOST, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert since.status_code == 304


@pytest.mark.django_db
def test_unknown_or_hidden_subjects_are_not_found(client, world):
    private_section = factories.make_private(factories.make_section(title="Members"))
    for path in [
        "/feeds/sections/no-such-section/",
        f"/feeds/sections/{private_section.slug}/atom/",
        "/feeds/authors/no-such-author/",
        "/feeds/tags/no-such-tag/atom/",
        "/feeds/tags/only-hidden/",
        "/feeds/tags/only-hidden/atom/",
    ]:
        assert client.get(path).status_code == 404, path


@pytest.mark.django_db
def test_the_usual_addresses_redirect_to_the_site_feeds(client, world):
    assert client.get("/rss/")["Location"] == "/feed/"
    assert client.get("/rss/").status_code == 301
    assert client.get("/atom.xml")["Location"] == "/feed/atom/"
    assert client.get("/atom.xml").status_code == 301


# The publication's name (and its texts in the other languages); the articles (and Wagtail's privacy
# check), their bylines, tags, corrections and hero renditions; their sections (and the privacy check);
# the site and its root paths for the links. Then finding the subject: a section (and its privacy
# check), an author, a tag (and whether a visible article carries it). The same whatever the number of
# articles; a body image block costs its own two lookups in the site feed's full text, as on the
# article page.
FEED_QUERIES = 13
SUBJECT_QUERIES = {"sections": 2, "authors": 1, "tags": 3}


@pytest.mark.django_db
@pytest.mark.parametrize("count", [5, 20])
def test_a_feed_costs_the_same_queries_for_five_articles_or_twenty(
    client, world, count, django_assert_max_num_queries
):
    section = factories.make_section(title="Energy")
    image = get_or_make_image("Feed hero", "energy")
    author = factories.make_author("Energy correspondent")
    for i in range(count):
        article = factories.make_article(
            section, title=f"Energy {i}", authors=[author], tags=["lng"], hero_image=image
        )
        article.corrections.create(text=f"<p>The <i>price</i> in paragraph {i} was wrong.</p>")
    expected = {
        "/feed/": (min(count + 1, FEED_LENGTH), FEED_QUERIES + 2),  # and the op-ed, with its body image
        f"/feeds/sections/{section.slug}/atom/": (count, FEED_QUERIES + SUBJECT_QUERIES["sections"]),
        f"/feeds/authors/{author.slug}/": (count, FEED_QUERIES + SUBJECT_QUERIES["authors"]),
        "/feeds/tags/lng/atom/": (count, FEED_QUERIES + SUBJECT_QUERIES["tags"]),
    }
    for path, (entries, queries) in expected.items():
        client.get(path)  # makes the hero renditions once
        cache.clear()
        with django_assert_max_num_queries(queries):
            assert len(fetch(client, path)[1].entries) == entries
        with django_assert_max_num_queries(0):
            fetch(client, path)  # the written feed is kept until visibility changes


@pytest.mark.django_db
def test_pages_advertise_and_link_their_feeds(client, world):
    section, board = world["section"], world["board"]
    pages = {
        "/": [],
        section.url: [f"/feeds/sections/{section.slug}/", f"/feeds/sections/{section.slug}/atom/"],
        board.get_absolute_url(): [f"/feeds/authors/{board.slug}/", f"/feeds/authors/{board.slug}/atom/"],
        "/tags/baku/": ["/feeds/tags/baku/", "/feeds/tags/baku/atom/"],
    }
    for path, own in pages.items():
        html = client.get(path).content.decode()
        assert (
            '<link rel="alternate" type="application/rss+xml" title="The Caspian Review (RSS)" href="/feed/">'
            in html
        )
        assert 'href="/feed/atom/"' in html
        assert '<a href="/feed/" type="application/rss+xml">RSS feed</a>' in html  # the footer
        for feed in own:
            assert (
                f'<link rel="alternate" type="application/{"atom" if "atom" in feed else "rss"}+xml"' in html
            )
            assert f'<a href="{feed}" type=' in html, (path, feed)
