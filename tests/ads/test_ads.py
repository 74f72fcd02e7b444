"""Ad spots: each placement serves its ad or nothing at all, with sponsored links and reserved space."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import timezone

from ads import selection
from ads.models import AdSpot
from demo.images import get_or_make_image
from tests import factories

AD_BOX = re.compile(r'<div class="ad ad--([a-z_]+)[^"]*">(.*?)</div>', re.S)


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def served(html):
    """{slot: inner html} of every ad box on the page."""
    return {slot: inner for slot, inner in AD_BOX.findall(html)}


def numbered_paragraphs(n):
    return [{"type": "paragraph", "value": f"<p>Paragraph number {i}.</p>"} for i in range(1, n + 1)]


def test_an_ad_needs_a_creative_alt_text_a_web_link_and_a_sane_window(db):
    cases = [
        ({"name": "Empty"}, "sponsor_line"),
        ({"name": "No alt", "image": get_or_make_image("x", "energy")}, "image_alt"),
        ({"name": "Script", "sponsor_line": "Hi", "link_url": "javascript:alert(1)"}, "link_url"),
        (
            {
                "name": "Backwards",
                "sponsor_line": "Hi",
                "active_from": timezone.now(),
                "active_until": timezone.now() - timedelta(hours=1),
            },
            "active_until",
        ),
    ]
    for fields, field in cases:
        with pytest.raises(ValidationError) as caught:
            AdSpot(**fields).full_clean()
        assert field in caught.value.message_dict, fields["name"]
    AdSpot(name="Fine", sponsor_line="Supported by the Rail Fund").full_clean()


def test_no_active_ad_means_no_box_no_label_nothing(client, section, author):
    article = factories.make_article(section, authors=[author], body=numbered_paragraphs(5))
    factories.make_ad("Expired", "header", active_until=timezone.now() - timedelta(minutes=1))
    factories.make_ad("Not yet", "sidebar", active_from=timezone.now() + timedelta(days=1))
    for url in ("/", section.url, article.url, f"/authors/{author.slug}/"):
        html = client.get(url).content.decode()
        assert 'class="ad ' not in html and "Advertisement" not in html, url


def test_header_and_sidebar_ads_appear_on_every_page(client, section, author):
    article = factories.make_article(section, authors=[author], tags=["ports"])
    factories.make_ad("Leaderboard", "header")
    factories.make_ad("Skyscraper", "sidebar")
    for url in ("/", section.url, article.url, f"/authors/{author.slug}/", "/tags/ports/"):
        boxes = served(client.get(url).content.decode())
        assert set(boxes) == {"header", "sidebar"}, url
    header = boxes["header"]
    assert 'rel="sponsored noopener"' in header and 'href="https://sponsor.example/"' in header
    assert re.search(
        r'<img class="ad-image" src="[^"]+" width="\d+" height="\d+" alt="Leaderboard creative"', header
    )
    assert 'loading="lazy"' not in header and 'loading="lazy"' in boxes["sidebar"]
    assert '<p class="ad-label">Advertisement</p>' in header


def test_in_article_ad_follows_paragraph_n_and_skips_short_articles(client, section, author):
    long = factories.make_article(section, authors=[author], body=numbered_paragraphs(6))
    short = factories.make_article(section, authors=[author], body=numbered_paragraphs(2))
    factories.make_ad("Mid-article", "in_article", paragraph=3)
    html = client.get(long.url).content.decode()
    ad_at = html.index('<div class="ad ad--in_article')
    assert html.index("Paragraph number 3.") < ad_at < html.index("Paragraph number 4.")
    assert html.count('class="ad ad--in_article') == 1
    assert "ad--in_article" not in client.get(short.url).content.decode()


def test_article_end_ad_only_on_articles(client, section, author):
    article = factories.make_article(section, authors=[author])
    factories.make_ad(
        "After the piece", "article_end", image=False, sponsor_line="Supported by the Rail Fund"
    )
    html = client.get(article.url).content.decode()
    assert served(html).keys() == {"article_end"}
    assert (
        '<p class="ad-sponsor"><a class="ad-link" href="https://sponsor.example/" rel="sponsored noopener">'
        "Supported by the Rail Fund</a></p>" in html
    )
    assert html.index("ad--article_end") > html.index('class="article-footer"')
    assert "ad--article_end" not in client.get("/").content.decode()


def test_paid_ads_come_before_house_ads(client, home):
    factories.make_ad("Our newsletter", "sidebar", is_house_ad=True)
    html = client.get("/").content.decode()
    assert "ad--house" in html and "From The Caspian Review" in html
    factories.make_ad("Paid campaign", "sidebar")  # saving clears the cache of served ads
    box = served(client.get("/").content.decode())["sidebar"]
    assert "Paid campaign creative" in box and "From The" not in box


def test_the_active_window_is_checked_at_render_time_even_from_the_cache(home):
    now = timezone.now()
    factories.make_ad(
        "Tomorrow", "header", active_from=now + timedelta(days=1), active_until=now + timedelta(days=2)
    )
    assert selection.ad_for("header") is None
    assert selection.ad_for("header", now=now + timedelta(days=1, hours=1))[
        "pk"
    ]  # same cached list, later clock
    assert selection.ad_for("header", now=now + timedelta(days=3)) is None


def ad_block(ad):
    return {"type": "ad_spot", "value": ad.pk}


def test_ad_spot_block_shows_the_chosen_ad_only_while_active(client, section, author):
    chosen = factories.make_ad("Chosen for the body", "body")
    ended = factories.make_ad("Ended campaign", "body", active_until=timezone.now() - timedelta(hours=1))
    body = [*numbered_paragraphs(2), ad_block(chosen), *numbered_paragraphs(1), ad_block(ended)]
    article = factories.make_article(section, authors=[author], body=body)
    html = client.get(article.url).content.decode()
    assert list(served(html)) == ["body"]
    assert "Chosen for the body creative" in html and "Ended campaign" not in html
    chosen.delete()
    html = client.get(article.url).content.decode()
    assert 'class="ad ' not in html


def test_body_only_ads_are_never_placed_automatically(client, section, author):
    article = factories.make_article(section, authors=[author], body=numbered_paragraphs(6))
    factories.make_ad("Only where placed", "body")
    assert 'class="ad ' not in client.get(article.url).content.decode()


def test_editors_manage_ad_spots_in_the_admin(client, django_user_model, home):
    factories.make_ad("Listed campaign", "header")
    client.force_login(django_user_model.objects.create_superuser("ads", "ads@example.org", "x"))
    html = client.get("/admin/snippets/ads/adspot/").content.decode()
    assert "Listed campaign" in html
    assert client.get("/admin/snippets/ads/adspot/add/").status_code == 200
