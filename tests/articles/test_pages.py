"""What a reader sees on article, section, author, tag and home pages."""

import pytest
from django.core.cache import cache

from demo.images import get_or_make_image
from tests import factories


def test_article_page_shows_everything_a_reader_needs(client, section, author, board):
    body = factories.paragraphs(6) + [
        {"type": "pull_quote", "value": {"quote": "Timetables beat slogans.", "attribution": "A forwarder"}},
        {"type": "newsletter", "value": {"heading": "", "text": ""}},
    ]
    article = factories.make_article(
        section,
        title="Ports need a timetable",
        authors=[author, board],
        tags=["ports", "rail freight"],
        body=body,
        hero=True,
    )
    html = client.get(article.url).content.decode()
    assert '<h1 id="article-title">Ports need a timetable</h1>' in html
    assert f'<a href="{section.url}">Opinion</a>' in html
    assert '<p class="standfirst">Standfirst of Ports need a timetable.</p>' in html
    assert f'<a href="/authors/{author.slug}/" rel="author">Leyla Hasanova</a> and ' in html
    assert f'<a href="/authors/{board.slug}/" rel="author">Editorial Board</a>' in html
    assert f'<time datetime="{article.published_date.isoformat()}">' in html
    assert "1 min read" in html
    assert "A hero caption" in html and "Photo: Test Desk" in html
    assert '<a href="/tags/rail-freight/" rel="tag">rail freight</a>' in html
    assert "<blockquote><p>Timetables beat slogans.</p></blockquote>" in html
    assert 'class="newsletter-cta"' in html
    assert '<body id="top"' in html and 'href="#top">Back to top</a>' in html


def test_reading_time_grows_with_the_body(section, author):
    long_text = " ".join(["word"] * 700)
    article = factories.make_article(section, authors=[author], body=factories.paragraphs(1, long_text))
    assert article.reading_minutes == 4


def test_listing_fields_fall_back_to_the_page(section, author):
    article = factories.make_article(section, title="Full title", authors=[author], hero=True)
    assert article.display_title == "Full title"
    assert article.summary == article.standfirst
    assert article.card_image == article.hero_image
    article.listing_title, article.listing_summary = "Short", "Teaser"
    article.listing_image = get_or_make_image("Other", "culture")
    assert (article.display_title, article.summary, article.card_image) == (
        "Short",
        "Teaser",
        article.listing_image,
    )


def test_section_author_and_tag_listings(client, section, author):
    article = factories.make_article(section, title="Tagged piece", authors=[author], tags=["caspian"])
    for url in (section.url, f"/authors/{author.slug}/", "/tags/caspian/"):
        response = client.get(url)
        assert response.status_code == 200
        assert f'href="{article.url}">Tagged piece</a>' in response.content.decode(), url


def test_unknown_author_or_tag_is_404(client, home):
    assert client.get("/authors/nobody/").status_code == 404
    assert client.get("/tags/nothing/").status_code == 404


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999", "1.5", "%00", ""])
def test_pagination_never_breaks(client, section, author, page):
    for i in range(14):
        factories.make_article(section, title=f"Piece {i}", authors=[author])
    for url in (section.url, f"/authors/{author.slug}/"):
        response = client.get(url, {"page": page})
        assert response.status_code == 200
        assert "Page " in response.content.decode()


def test_last_page_is_shown_for_out_of_range(client, section, author):
    for i in range(13):
        factories.make_article(section, title=f"Piece {i}", days_ago=i, authors=[author])
    html = client.get(section.url, {"page": 99999}).content.decode()
    assert "Page 2 of 2" in html and "Piece 12" in html


def test_drafts_private_and_scheduled_never_leak(client, home, section, author):
    live = factories.make_article(section, title="Visible piece", authors=[author], tags=["leak"])
    factories.make_article(section, title="Draft piece", authors=[author], tags=["leak"], publish=False)
    factories.make_private(
        factories.make_article(section, title="Private piece", authors=[author], tags=["leak"])
    )
    factories.make_scheduled(section, title="Scheduled piece", authors=[author], tags=["leak"])
    for url in ("/", section.url, f"/authors/{author.slug}/", "/tags/leak/", live.url):
        html = client.get(url).content.decode()
        assert "Visible piece" in html, url
        for hidden in ("Draft piece", "Private piece", "Scheduled piece"):
            assert hidden not in html, (url, hidden)


def test_latest_updates_when_an_article_is_published_or_unpublished(client, section, author):
    first = factories.make_article(section, title="First story", authors=[author])
    assert "First story" in client.get("/").content.decode()
    second = factories.make_article(section, title="Second story", authors=[author])
    assert "Second story" in client.get(first.url).content.decode()
    second.unpublish()
    assert "Second story" not in client.get(first.url).content.decode()


def test_home_page_leads_with_the_newest_and_groups_by_section(client, home, author):
    energy = factories.make_section(home, "Energy")
    culture = factories.make_section(home, "Culture")
    factories.make_article(energy, title="Old energy piece", authors=[author], days_ago=5)
    factories.make_article(culture, title="Culture piece", authors=[author], days_ago=3)
    factories.make_article(energy, title="Newest energy piece", authors=[author], days_ago=0)
    response = client.get("/")
    lead = response.context["lead_article"]
    assert lead.title == "Newest energy piece"
    grouped = {s.title: [a.title for a in arts] for s, arts in response.context["sections_with_articles"]}
    assert grouped == {"Energy": ["Old energy piece"], "Culture": ["Culture piece"]}


def test_home_page_lead_can_be_chosen(client, home, section, author):
    chosen = factories.make_article(section, title="Chosen lead", authors=[author], days_ago=9)
    factories.make_article(section, title="Newer piece", authors=[author])
    home.lead_article = chosen
    home.save_revision().publish()
    assert client.get("/").context["lead_article"].title == "Chosen lead"


def rich_body(n_blocks, image, picks=(), ad=None):
    """Every kind of body block, `n_blocks` times; related-posts blocks pick `picks`, ad blocks show `ad`."""
    body = []
    for i in range(n_blocks):
        body += [
            {"type": "paragraph", "value": f"<p>Paragraph {i}</p>"},
            {"type": "pull_quote", "value": {"quote": f"Quote {i}", "attribution": ""}},
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "decorative": False, "alt_text": "x"},
                    "caption": "c",
                    "credit": "",
                },
            },
            {"type": "newsletter", "value": {"heading": "", "text": ""}},
            {
                "type": "related_posts",
                "value": {
                    "heading": f"Related {i}",
                    "automatic": 2,
                    "articles": [{"type": "item", "value": p.pk, "id": f"{i}-{p.pk}"} for p in picks],
                },
            },
        ]
        if ad is not None:
            body.append({"type": "ad_spot", "value": ad.pk})
    return body


def count_article_queries(client, django_assert_max_num_queries, article):
    """(cold, warm) query counts: after every cache was emptied (as after a publish), and on a repeat."""
    client.get(article.url)  # creates the renditions (and the settings row, on a first request)
    cache.clear()
    with django_assert_max_num_queries(ARTICLE_QUERY_LIMIT) as cold:
        assert client.get(article.url).status_code == 200
    with django_assert_max_num_queries(ARTICLE_WARM_QUERY_LIMIT) as warm:
        assert client.get(article.url).status_code == 200
    return len(cold), len(warm)


# Fixed, whatever the number of body blocks, bylines, tags, related posts (stored or hand-picked),
# corrections and active ads. Cold (every cache empty): routing, bylines, tags, corrections, section, the
# related-posts pool, previous, next, more from the author, the furniture lists, the live versions of the
# article and of the home page (language switcher, hreflang), the publication's texts in the other
# languages and one bulk lookup per chooser block type.
# Warm (the rendered article and what surrounds it come from the cache): routing and Wagtail's privacy
# checks.
ARTICLE_QUERY_LIMIT = 35
ARTICLE_WARM_QUERY_LIMIT = 7
LISTING_QUERY_LIMIT = 18


def test_article_page_queries_do_not_grow(client, section, django_assert_max_num_queries, ranked_publishing):
    image = get_or_make_image("Query image", "energy")
    neighbours = [factories.make_article(section, title=f"Neighbour {i}", tags=["a"]) for i in range(14)]
    body_ad = factories.make_ad("Body ad", "body")
    for placement in ("header", "sidebar", "in_article", "article_end"):
        factories.make_ad(f"{placement} ad", placement, paragraph=1)
    small = factories.make_article(
        section,
        authors=[factories.make_author()],
        tags=["a"],
        body=rich_body(1, image, picks=neighbours[:1], ad=body_ad),
        hero=True,
    )
    for placement in ("header", "sidebar", "in_article", "article_end", "body"):
        factories.make_ad(f"Another {placement} ad", placement, paragraph=3)
    big = factories.make_article(
        section,
        authors=[factories.make_author() for _ in range(5)],
        tags=[f"t{i}" for i in range(8)] + ["a"],
        body=rich_body(10, get_or_make_image("Another", "culture"), picks=neighbours[:6], ad=body_ad),
        hero=True,
    )
    plain = factories.make_article(section, authors=[factories.make_author()], body=factories.paragraphs(3))
    small.corrections.create(text="<p>A name was misspelt.</p>")
    for n in range(4):
        big.corrections.create(kind="update", text=f"<p>Update {n}, see <b>the figures</b>.</p>")
    n_small = count_article_queries(client, django_assert_max_num_queries, small)
    html = client.get(big.url).content.decode()
    # Blocks render until the visible related articles run out (none is shown twice).
    assert html.count('class="related-posts related-posts--inline"') >= 3
    assert html.count('class="ad ad--body') == 10 and 'class="ad ad--in_article' in html
    n_big = count_article_queries(client, django_assert_max_num_queries, big)
    assert n_small == n_big
    n_plain = count_article_queries(client, django_assert_max_num_queries, plain)
    assert n_plain[0] < n_big[0] and n_plain[1] == n_big[1]  # a repeat costs the same for any article
    print(f"\narticle page queries (cold, warm): {n_big}")


@pytest.mark.parametrize("n_articles", [3, 12])
def test_listing_queries_do_not_grow(client, home, section, django_assert_max_num_queries, n_articles):
    authors = [factories.make_author() for _ in range(3)]
    for _ in range(n_articles):
        factories.make_article(section, authors=authors, tags=["x", "y"], hero=True)
    for url in ("/", section.url, f"/authors/{authors[0].slug}/", "/tags/x/"):
        client.get(url)
        with django_assert_max_num_queries(LISTING_QUERY_LIMIT):
            assert client.get(url).status_code == 200


def test_header_shows_the_logo_with_the_publication_name_as_alt(client, home):
    from core.models import PublicationSettings

    settings = PublicationSettings.load()
    settings.logo = get_or_make_image("Masthead logo", "opinion")
    settings.save()
    html = client.get("/").content.decode()
    assert 'alt="The Caspian Review" class="brand-logo"' in html
