"""LATEST, Popular Articles, Related Posts, more from the author and previous/next: what readers see,
and that drafts, scheduled and private articles never get into any of them."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles.generation import visibility_generation
from popularity.lists import popular_articles
from popularity.models import ArticleDailyViews
from popularity.visibility import countable
from related.models import RelatedArticle
from tests import factories

WIND = "Offshore wind turbines need a seabed survey before the auction of the wind farm."


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    countable.forget()


def latest_items(html):
    part = html.split('id="latest-heading"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<a href="[^"]*">([^<]*)</a>\s*<time datetime="([^"]+)">([^<]*)</time>', part)


def test_latest_lists_the_newest_live_articles_with_their_time(client, home, section, author):
    older = factories.make_article(section, title="Older story", authors=[author], days_ago=2)
    newer = factories.make_article(section, title="Newer story", authors=[author])
    (first, when_iso, when_text), (second, *_) = latest_items(client.get("/").content.decode())
    assert (first, second) == ("Newer story", "Older story")
    local = timezone.localtime(newer.published_date)
    assert when_iso == local.isoformat() and when_text == local.strftime("%-d %b %Y, %H:%M")
    assert older.published_date < newer.published_date


def test_latest_is_cached_and_refreshed_on_publish_and_privacy_change(client, home, section, author):
    story = factories.make_article(section, title="Story one", authors=[author], days_ago=1)
    client.get("/")
    assert cache.get(f"visible:{visibility_generation()}:latest:en")
    factories.make_article(section, title="Story two", authors=[author])
    assert latest_items(client.get(story.url).content.decode())[0][0] == "Story two"
    factories.make_private(story)
    assert "Story one" not in [t for t, *_ in latest_items(client.get("/").content.decode())]


def make_hidden_trio(section, author, **kwargs):
    """A draft, a private and a scheduled article that would otherwise rank at the top of every list."""
    body = factories.paragraphs(5, WIND)
    draft = factories.make_article(
        section, title="Draft wind piece", authors=[author], body=body, publish=False, **kwargs
    )
    private = factories.make_private(
        factories.make_article(section, title="Private wind piece", authors=[author], body=body, **kwargs)
    )
    scheduled = factories.make_scheduled(
        section, title="Scheduled wind piece", authors=[author], body=body, **kwargs
    )
    return draft, private, scheduled


HIDDEN_TITLES = ("Draft wind piece", "Private wind piece", "Scheduled wind piece")


def test_drafts_private_and_scheduled_articles_never_reach_any_list(client, home, section, author):
    body = factories.paragraphs(5, WIND)
    other = factories.make_article(
        section, title="Other wind piece", authors=[author], body=body, tags=["wind"]
    )
    hidden = make_hidden_trio(section, author, tags=["wind"])
    related_block = {
        "type": "related_posts",
        "value": {
            "heading": "Hand-picked",
            "automatic": 3,
            "articles": [{"type": "item", "value": a.pk, "id": f"pick-{a.pk}"} for a in (*hidden, other)],
        },
    }
    reader = factories.make_article(
        section, title="Reader's wind piece", authors=[author], body=[*body, related_block], tags=["wind"]
    )
    # Give them everything a list could rank them by: views, and stored rankings that still name them.
    for article in (*hidden, other, reader):
        ArticleDailyViews.objects.create(article=article, day=timezone.localdate(), views=100)
    for rank, article in enumerate(hidden, start=1):
        RelatedArticle.objects.update_or_create(
            article=reader, related=article, defaults={"rank": rank, "score": 9.0}
        )
    urls = ("/", section.url, reader.url, other.url, f"/authors/{author.slug}/", "/tags/wind/")
    for url in urls:
        html = client.get(url).content.decode()
        assert "Other wind piece" in html or url == other.url, url
        for title in HIDDEN_TITLES:
            assert title not in html, (url, title)
    assert {item["title"] for item in popular_articles()} == {
        "Other wind piece",
        "Reader's wind piece",
    }


def test_an_article_made_private_after_it_was_listed_disappears_at_once(client, home, section, author):
    body = factories.paragraphs(5, WIND)
    reader = factories.make_article(section, title="Reader piece", authors=[author], body=body)
    later = factories.make_article(section, title="Later wind piece", authors=[author], body=body)
    ArticleDailyViews.objects.create(article=later, day=timezone.localdate(), views=10)
    html = client.get(reader.url).content.decode()
    assert html.count("Later wind piece") >= 3  # latest, popular, related, more from the author, next
    factories.make_private(later)
    assert "Later wind piece" not in client.get(reader.url).content.decode()


def test_more_from_this_author_lists_their_other_newest_articles(
    client, section, author, board, ranked_publishing
):
    article = factories.make_article(section, title="The piece", authors=[author, board])
    others = [
        factories.make_article(section, title=f"Column {i}", authors=[author], days_ago=i) for i in range(5)
    ]
    factories.make_article(section, title="Board editorial", authors=[board])
    html = client.get(article.url).content.decode()
    part = html.split('id="more-from-author-heading"', 1)[1].split("</section>", 1)[0]
    assert part.startswith(' class="furniture-heading">More from Leyla Hasanova</h2>')
    titles = re.findall(r'<li><a href="[^"]*">([^<]*)</a>', part)
    related = re.findall(
        r'<li><a href="[^"]*">([^<]*)</a>',
        html.split('id="related-posts-heading"', 1)[-1].split("</section>")[0],
    )
    expected = [a.title for a in others if a.title not in related][:3]
    assert titles == expected and "The piece" not in titles and "Board editorial" not in titles


def test_no_more_from_the_author_when_there_is_nothing_more(client, section, author):
    article = factories.make_article(section, title="Only piece", authors=[author])
    assert "more-from-author" not in client.get(article.url).content.decode()


def test_previous_and_next_stay_within_the_section_in_date_order(client, home, author):
    opinion, energy = factories.make_section(home, "Opinion"), factories.make_section(home, "Energy")
    oldest = factories.make_article(opinion, title="Oldest opinion", authors=[author], days_ago=30)
    factories.make_article(energy, title="Energy in between", authors=[author], days_ago=20)
    middle = factories.make_article(opinion, title="Middle opinion", authors=[author], days_ago=10)
    factories.make_article(opinion, title="Newest draft", authors=[author], days_ago=5, publish=False)
    newest = factories.make_article(opinion, title="Newest opinion", authors=[author], days_ago=1)

    def neighbours(article):
        html = client.get(article.url).content.decode()
        if 'class="prev-next"' not in html:
            return None
        nav = html.split('class="prev-next"', 1)[1].split("</nav>", 1)[0]
        assert nav.startswith(' aria-label="More in Opinion"')
        return re.findall(
            r'<span class="prev-next-label">(\w+) in Opinion</span> <a href="[^"]*">([^<]*)</a>', nav
        )

    assert neighbours(middle) == [("Previous", "Oldest opinion"), ("Next", "Newest opinion")]
    assert neighbours(oldest) == [("Next", "Middle opinion")]
    assert neighbours(newest) == [("Previous", "Middle opinion")]
    assert timezone.now() - newest.published_date < timedelta(days=2)
