"""An author translated in the admin (wagtail-localize's snippet translation) is one person in every
language: the bylines, the author page and the feed name them in the reader's language."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Locale

from articles.models import Author
from articles.views import author_detail
from tests import factories

pytestmark = pytest.mark.django_db


def translate_author(author, language, **texts):
    translation = author.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in texts.items():
        setattr(translation, name, value)
    translation.save()
    return translation


@pytest.fixture
def leyla():
    author = factories.make_author(
        "Leyla Hasanova",
        slug="leyla-hasanova",
        role="Energy correspondent",
        bio="Leyla covers the gas trade.",
    )
    translate_author(
        author,
        "ru",
        name="Лейла Гасанова",
        role="Корреспондент по энергетике",
        bio="Лейла пишет о торговле газом.",
    )
    return author


def test_a_new_author_is_in_the_default_language():
    assert factories.make_author("Farid Aliyev").locale.language_code == "en"


def test_a_second_author_with_the_same_slug_is_refused_with_a_message(admin_client, leyla):
    response = admin_client.post(
        "/admin/snippets/articles/author/add/",
        {"name": "Leyla Hasanova", "slug": "leyla-hasanova", "kind": "person", "links-count": "0"},
    )
    assert response.status_code == 200
    assert "Another author already has this slug" in response.content.decode()
    assert Author.objects.filter(slug="leyla-hasanova").count() == 2  # the original and its translation


def test_a_translation_keeps_the_slug_and_is_one_person(leyla):
    assert sorted(
        Author.objects.filter(slug="leyla-hasanova").values_list("locale__language_code", flat=True)
    ) == [
        "en",
        "ru",
    ]
    assert Author.objects.original("leyla-hasanova") == leyla


def test_bylines_and_author_pages_speak_the_readers_language(client, leyla):
    section = factories.make_section()
    original = factories.make_article(section, title="Gas at Sangachal", authors=[leyla])
    translation = factories.translate(original, "ru", title="Газ в Сангачале", slug="gaz-v-sangachale")

    russian = client.get(translation.url).content.decode()
    assert "Лейла Гасанова" in russian and "Leyla Hasanova" not in russian
    assert "Leyla Hasanova" in client.get(original.url).content.decode()

    html = author_page("ru")
    assert "<h1>Лейла Гасанова</h1>" in html and "Корреспондент по энергетике" in html
    assert "Лейла пишет о торговле газом." in html
    assert "Газ в Сангачале" in html  # the bylines name the original; the Russian article is still hers
    english = author_page("en")
    assert "<h1>Leyla Hasanova</h1>" in english and "Leyla covers the gas trade." in english
    assert "Leyla covers the gas trade." in author_page("az")  # no Azerbaijani translation: the original


def author_page(language, slug="leyla-hasanova"):
    """The author page as a reader of `language` gets it (which URLs carry a language prefix is the
    readers' side; the page itself follows the active language)."""
    with translation.override(language):
        response = author_detail(RequestFactory().get(f"/authors/{slug}/"), slug)
    assert response.status_code == 200
    return response.content.decode()


def test_a_listing_localises_its_bylines_in_constant_queries(client, leyla, django_assert_max_num_queries):
    section = factories.make_section()
    for n in range(3):
        factories.translate(
            factories.make_article(section, title=f"Gas {n}", authors=[leyla]),
            "ru",
            title=f"Газ {n}",
            slug=f"gaz-{n}",
        )
    ru_section = section.get_translation(Locale.objects.get(language_code="ru"))
    with django_assert_max_num_queries(60) as first:  # just published: nothing cached yet
        assert "Лейла Гасанова" in client.get(ru_section.url).content.decode()
    factories.translate(
        factories.make_article(section, title="Gas 4", authors=[leyla]), "ru", title="Газ 4", slug="gaz-4"
    )
    with django_assert_max_num_queries(len(first)):
        assert client.get(ru_section.url).content.decode().count("Лейла Гасанова") == 4


def test_the_translator_is_named_in_the_translations_language(client, leyla):
    desk = factories.make_author("Translation Desk", slug="translation-desk", kind="organisation")
    translate_author(desk, "ru", name="Бюро переводов")
    original = factories.make_article(factories.make_section(), title="Gas prices", authors=[leyla])
    translation = factories.translate(
        original, "ru", title="Цены на газ", slug="tseny-na-gaz", translated_by=desk
    )
    html = client.get(translation.url).content.decode()
    assert "Бюро переводов" in html and "Translation Desk" not in html
