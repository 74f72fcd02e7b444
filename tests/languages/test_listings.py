"""Listings, LATEST, Popular, related posts and previous/next stay within the reader's language, in a
number of queries that does not grow with the articles; a draft translation is listed nowhere."""

import re

import pytest
from django.utils import timezone, translation

from popularity.models import ArticleDailyViews
from related.models import RelatedArticle
from tests import factories

from .conftest import version
from .test_switcher import switcher_links

LISTING_QUERY_LIMIT = 18


def section_of(html, css_class):
    return re.search(rf'<(section|nav|aside) class="{css_class}.*?</\1>', html, re.S).group(0)


def test_front_pages_list_their_own_language(client, op_ed, russian):
    english, in_russian = client.get("/").content.decode(), client.get("/ru/").content.decode()
    assert russian.title in in_russian and op_ed.title not in in_russian.split('class="sidebar"')[0]
    assert op_ed.title in english and russian.title not in english
    assert 'href="/ru/opinion/"' in in_russian and 'href="/opinion/"' not in in_russian


def test_latest_and_sections_follow_the_reader(client, op_ed, russian):
    in_russian = client.get("/ru/").content.decode()
    latest = section_of(in_russian, "latest")
    assert russian.title in latest and op_ed.title not in latest
    latest = section_of(client.get("/").content.decode(), "latest")
    assert op_ed.title in latest and russian.title not in latest


def test_a_draft_translation_is_listed_nowhere(client, op_ed, azerbaijani):
    draft = azerbaijani.get_latest_revision_as_object()
    for path in ("/az/", "/az/rey/", "/", "/ru/", "/opinion/", "/ru/opinion/"):
        html = client.get(path).content.decode()
        assert draft.title not in html and "/az/rey/article-" not in html, path
    assert client.get("/az/tags/ports/").status_code == 404


def test_popular_articles_are_counted_per_language(client, op_ed, russian, section):
    other = factories.make_article(section, title="Caviar and quotas")
    today = timezone.localdate()
    ArticleDailyViews.objects.create(article=op_ed, day=today, views=50)
    ArticleDailyViews.objects.create(article=other, day=today, views=5)
    ArticleDailyViews.objects.create(article=russian, day=today, views=7)
    popular = section_of(client.get("/").content.decode(), "popular")
    assert op_ed.title in popular and other.title in popular and russian.title not in popular
    popular = section_of(client.get("/ru/").content.decode(), "popular")
    assert russian.title in popular and op_ed.title not in popular


def test_related_posts_are_the_originals_in_the_readers_language(client, op_ed, russian, section):
    kin = factories.make_article(section, title="Ports of the north")
    lonely = factories.make_article(section, title="Only in English")
    RelatedArticle.objects.create(article=op_ed, related=kin, rank=1, score=0.9)
    RelatedArticle.objects.create(article=op_ed, related=lonely, rank=2, score=0.5)
    kin_ru = factories.translate(kin, "ru", title="Северные порты", slug="severnye-porty")
    english = section_of(client.get(op_ed.url).content.decode(), "related-posts")
    assert kin.title in english and lonely.title in english
    related = section_of(client.get(russian.url).content.decode(), "related-posts")
    assert kin_ru.title in related and kin_ru.url in related
    assert lonely.title not in related and kin.title not in related


def test_previous_and_next_stay_in_the_section_of_the_language(client, op_ed, russian, section):
    newer = factories.make_article(section, title="Newer in English")
    newer_ru = factories.translate(newer, "ru", title="Новее по-русски", slug="novee")
    factories.make_article(section, title="Newest, English only")
    nav = section_of(client.get(russian.url).content.decode(), "prev-next")
    assert newer_ru.url in nav and "English" not in nav


def test_authors_and_tags_list_the_readers_language(client, op_ed, russian, author):
    with translation.override("en"):
        path = author.get_absolute_url()
    english = client.get(path).content.decode()
    in_russian = client.get(f"/ru{path}").content.decode()
    assert op_ed.title in english and russian.title not in english
    assert russian.title in in_russian and f'href="{op_ed.url}"' not in in_russian
    assert client.get("/ru/tags/ports/").status_code == 200
    assert russian.title in client.get("/ru/tags/ports/").content.decode()
    assert client.get("/az/tags/ports/").status_code == 404
    # The switcher offers the author's page where it lists articles, else that language's front page.
    assert switcher_links(in_russian) == {"en": path, "az": "/az/", "ru": f"/ru{path}"}
    assert switcher_links(client.get("/ru/tags/ports/").content.decode())["en"] == "/tags/ports/"
    # The Azerbaijani page of the author exists (an empty list).
    assert client.get(f"/az{path}").status_code == 200


@pytest.mark.parametrize("n_articles", [2, 8])
def test_listing_queries_do_not_grow_in_a_translation(
    client, home, section, django_assert_max_num_queries, n_articles
):
    authors = [factories.make_author() for _ in range(2)]
    for n in range(n_articles):
        article = factories.make_article(section, authors=authors, tags=["x"], hero=True)
        factories.translate(article, "ru", title=f"Статья {n}", slug=f"statya-{n}")
    paths = ("/ru/", "/ru/opinion/", f"/ru/authors/{authors[0].slug}/", "/ru/tags/x/", "/")
    for path in paths:
        client.get(path)
        with django_assert_max_num_queries(LISTING_QUERY_LIMIT):
            assert client.get(path).status_code == 200
    article = version(factories.ArticlePage.objects.filter(locale__language_code="en").first(), "ru")
    assert client.get(article.url).status_code == 200


def test_a_hand_pick_in_another_language_shows_its_translation(client, section):
    kin = factories.make_article(section, title="Ports of the north")
    kin_ru = factories.translate(kin, "ru", title="Северные порты", slug="severnye-porty")
    pick = {"type": "item", "value": kin.pk, "id": "pick"}
    value = {"heading": "", "automatic": 0, "articles": [pick]}
    block = {"type": "related_posts", "id": "rel", "value": value}
    article = factories.make_article(section, body=[*factories.paragraphs(2), block])
    russian = factories.translate(article, "ru", title="Выбор редактора", slug="vybor")
    html = client.get(russian.url).content.decode()
    assert kin_ru.url in html and f'href="{kin.url}"' not in html
    assert f'href="{kin.url}"' in client.get(article.url).content.decode()
