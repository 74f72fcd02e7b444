"""Drafts, unpublished, scheduled and private pages never reach results, counts, suggestions or picks."""

from urllib.parse import quote_plus

import pytest
from django.core.cache import cache
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests import factories
from tests.search.helpers import paragraph, result_titles


@pytest.fixture
def hidden(db):
    """One visible article and one hidden article of each kind, all mentioning "pelican"."""
    cache.clear()
    home = factories.make_home()
    energy = factories.make_section(home, "Energy")
    members = factories.make_private(factories.make_section(home, "Members"))
    visible_author = factories.make_author("Visible Writer", slug="visible-writer")
    secret_author = factories.make_author("Zoltan Quaglio", slug="zoltan-quaglio")

    def article(section, title, **kwargs):
        return factories.make_article(
            section,
            title=title,
            authors=[secret_author],
            article_type="editorial",
            body=[paragraph(f"A pelican story: {title}.")],
            **kwargs,
        )

    visible = factories.make_article(
        energy,
        title="Pelican migration over the Caspian",
        authors=[visible_author],
        article_type="news",
        body=[paragraph("A pelican story that readers may see.")],
    )
    draft = article(energy, "Pelican draft Xylophonic", publish=False)
    unpublished = article(energy, "Pelican unpublished Marzipanic")
    unpublished.unpublish()
    scheduled = factories.make_scheduled(
        energy,
        title="Pelican scheduled Quixotic",
        authors=[secret_author],
        body=[paragraph("A pelican story.")],
    )
    private = factories.make_private(article(energy, "Pelican private Zeppelinic"))
    in_private_section = article(members, "Pelican members Obsidianic")
    cache.clear()
    return {
        "visible": visible,
        "hidden": [draft, unpublished, scheduled, private, in_private_section],
        "members": members,
    }


def test_results_show_only_the_visible_article(client, hidden):
    response = client.get("/search/", {"q": "pelican"})
    assert result_titles(response) == ["Pelican migration over the Caspian"]
    assert "1 article matches “pelican”" in response.content.decode()


@pytest.mark.parametrize("word", ["xylophonic", "marzipanic", "quixotic", "zeppelinic", "obsidianic"])
def test_searching_a_hidden_title_finds_nothing(client, hidden, word):
    html = client.get("/search/", {"q": word}).content.decode()
    assert "We found no articles" in html
    assert word not in html.lower().replace(f"“{word}”", "").replace(f"q={word}", "").replace(
        f'value="{word}"', ""
    )


def test_facet_counts_ignore_hidden_articles(client, hidden):
    html = client.get("/search/", {"q": "pelican"}).content.decode()
    assert "Zoltan Quaglio" not in html
    assert "Members" not in html.split('class="search-facets"')[1].split("</section>")[0]
    assert "Editorial" not in html
    assert '>News <span class="facet-count">(1)</span>' in html
    assert '>Energy <span class="facet-count">(1)</span>' in html
    # Even when a reader asks for the hidden author's facet by hand, nothing is counted or shown.
    response = client.get("/search/", {"q": "pelican", "author": "zoltan-quaglio"})
    assert result_titles(response) == []
    assert "No articles match “pelican” with these filters" in response.content.decode()


def test_autocomplete_suggests_only_visible_titles(client, hidden):
    assert client.get("/search/suggest/", {"q": "pelic"}).json() == {
        "results": [{"title": "Pelican migration over the Caspian", "url": hidden["visible"].url}]
    }
    for word in ["xylo", "marzip", "quixo", "zeppel", "obsid"]:
        assert client.get("/search/suggest/", {"q": word}).json() == {"results": []}


@pytest.mark.parametrize(
    "misspelt", ["xylophonc", "marzipanc", "quixotc", "zeppelinc", "obsidianc", "quaglo"]
)
def test_did_you_mean_never_suggests_hidden_words(client, hidden, misspelt):
    html = client.get("/search/", {"q": misspelt}).content.decode()
    assert "We found no articles" in html
    assert "Did you mean" not in html


def test_did_you_mean_does_suggest_visible_words(client, hidden):
    html = client.get("/search/", {"q": "migraton"}).content.decode()
    assert 'Did you mean <a href="/search/?q=migration">migration</a>?' in html


def test_editors_picks_of_hidden_pages_are_not_shown(client, hidden):
    query = Query.get("pelican")
    for page in hidden["hidden"]:
        SearchPromotion.objects.create(query=query, page=page, description=f"Pick {page.title}")
    SearchPromotion.objects.create(query=query, page=hidden["members"], description="Members section")
    html = client.get("/search/", {"q": "pelican"}).content.decode()
    assert "Editors’ picks" not in html
    for page in hidden["hidden"]:
        assert page.title not in html


def test_a_page_made_private_disappears_at_once_and_comes_back(client, hidden):
    visible = hidden["visible"]
    factories.make_private(visible)
    assert result_titles(client.get("/search/", {"q": "pelican"})) == []
    assert client.get("/search/suggest/", {"q": "pelic"}).json() == {"results": []}
    visible.view_restrictions.all().delete()
    assert result_titles(client.get("/search/", {"q": "pelican"})) == ["Pelican migration over the Caspian"]


def test_a_hidden_word_looks_exactly_like_an_unknown_word(client, hidden):
    """No side channel: the page for a word only hidden pages hold equals the page for nonsense."""

    def page_for(word):
        html = client.get("/search/", {"q": word}).content.decode()
        main = html.split("<main", 1)[1].split("</main>", 1)[0]
        return main.replace(quote_plus(word), "WORD").replace(word, "WORD")

    assert page_for("xylophonic") == page_for("qwrtplkjh")
    assert page_for("pelican xylophonic") == page_for("pelican qwrtplkjh")
