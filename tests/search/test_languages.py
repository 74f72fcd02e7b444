"""Search per language: a reader finds the articles of the language they read in, by the forms that
language's words take, with facets, "did you mean" and autocomplete of that language, a way to the
same search in the others, and never a draft or private translation.

Runs on SQLite and, with DATABASE_URL, on PostgreSQL: the stemming differs (Snowball in Python for
SQLite, PostgreSQL's russian configuration) but what readers find must not.
"""

import html
import re

import pytest

from related.ranking import ranking_paused
from tests import factories
from tests.search.helpers import build_newsroom, paragraph, result_titles

RU_SEABED = "Каспийскому ветру нужна съёмка морского дна"
RU_FERRY = "Расписание паромов решает судьбу Среднего коридора"
AZ_FERRY = "Bərə cədvəlləri Orta Dəhlizin taleyini həll edir"
AZ_SEABED_DRAFT = "Xəzərdə külək enerjisi üçün dəniz dibi öyrənilməlidir"
RU_GRID_PRIVATE = "Операторы сетей договорились о стандарте учёта"


@pytest.fixture
def newsroom(db):
    room = build_newsroom()
    articles = room["articles"]
    translate = factories.translate
    translate(room["energy"], "ru", title="Энергетика", slug="energetika")
    translate(room["transport"], "ru", title="Транспорт", slug="transport")
    translate(room["transport"], "az", title="Nəqliyyat", slug="neqliyyat")
    room["ru"] = {
        "seabed": translate(
            articles["seabed"],
            "ru",
            title=RU_SEABED,
            slug="kaspiyskomu-vetru-nuzhna-semka-dna",
            standfirst="Тендеры на турбины опережают медленную работу под водой.",
            body=[
                paragraph(
                    "Инженеры хотят обследовать дно до любого аукциона: мягкий ил сдвигает фундаменты "
                    "ветряных турбин."
                )
            ],
        ),
        "ferry": translate(
            articles["ferry"],
            "ru",
            title=RU_FERRY,
            slug="raspisanie-paromov",
            standfirst="Фуры стоят в очереди в порту, пока время рейсов держат в секрете.",
            body=[paragraph("Опубликованное расписание сократило бы любую поездку по коридору.")],
        ),
        "grid": factories.make_private(
            translate(
                articles["grid"],
                "ru",
                title=RU_GRID_PRIVATE,
                slug="standart-ucheta",
                standfirst="Технический договор в Тбилиси вводит общие правила на пограничных пунктах.",
                body=[paragraph("Проверка счётчиков выявила устаревшие приборы.")],
            )
        ),
    }
    room["az"] = {
        "ferry": translate(
            articles["ferry"],
            "az",
            title=AZ_FERRY,
            slug="bere-cedvelleri",
            standfirst="Limanda yük maşınları növbə gözləyir, reyslərin vaxtı isə açıqlanmır.",
            body=[paragraph("Dərc olunmuş cədvəl dəhliz boyunca hər səfəri qısaldardı.")],
        ),
        "seabed": translate(
            articles["seabed"],
            "az",
            publish=False,
            title=AZ_SEABED_DRAFT,
            slug="xezerde-kulek-enerjisi",
            standfirst="Turbin tenderləri suyun altındakı yavaş işi qabaqlayır.",
            body=[
                paragraph(
                    "Mühəndislər hərracdan əvvəl dəniz dibini öyrənmək istəyirlər, çünki yumşaq lil "
                    "bünövrələri yerindən oynadır."
                )
            ],
        ),
    }
    return room


def page(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200
    return response, response.content.decode()


def language_links(text):
    """{language code: (url, text after the link)} of the "Search in another language" list."""
    block = re.search(r'<nav class="search-languages".*?</nav>', text, re.S)
    if block is None:
        return {}
    found = re.findall(
        r'<li><a href="([^"]+)" hreflang="([^"]+)"[^>]*>[^<]*</a>(.*?)</li>', block.group(), re.S
    )
    return {code: (html.unescape(url), re.sub(r"<[^>]+>", "", rest).strip()) for url, code, rest in found}


def test_a_russian_query_finds_the_russian_article_by_an_inflected_form(client, newsroom):
    # "турбина" (nominative) is written "турбин" and "турбины" in the article.
    response, text = page(client, "/ru/search/", q="турбина")
    assert result_titles(response) == [RU_SEABED]
    assert "Тендеры на <mark>турбины</mark> опережают" in text  # marked in the snippet too
    response, _ = page(client, "/ru/search/", q="паромы")  # the headline says "паромов"
    assert result_titles(response) == [RU_FERRY]
    response, _ = page(client, "/ru/search/", q="расписания коридор")  # "расписание", "коридору"
    assert result_titles(response) == [RU_FERRY]


def test_each_language_searches_only_its_own_articles(client, newsroom):
    response, _ = page(client, "/search/", q="timetable")
    assert set(result_titles(response)) == {
        "Ferry timetables decide the Middle Corridor",
        "Café Zürich timetable talks",
    }
    response, text = page(client, "/search/", q="турбина")
    assert result_titles(response) == []
    response, _ = page(client, "/az/search/", q="cədvəl")
    assert result_titles(response) == [AZ_FERRY]
    response, _ = page(client, "/ru/search/", q="seabed survey")
    assert result_titles(response) == []
    response, text = page(client, "/ru/search/", q="паромы")
    assert 'href="/ru/transport/raspisanie-paromov/"' in text


def test_azerbaijani_is_found_without_its_own_letters_and_is_not_stemmed_as_english(client, newsroom):
    # A reader on a keyboard without ə, ı, ş finds "Bərə cədvəlləri" as "bere cedvelleri".
    response, _ = page(client, "/az/search/", q="bere cedvelleri")
    assert result_titles(response) == [AZ_FERRY]
    response, _ = page(client, "/az/search/", q="Dəhlizin")
    assert result_titles(response) == [AZ_FERRY]
    # Whole words: "reys" is not "reyslərin", and English endings are not stripped ("maşınları").
    response, _ = page(client, "/az/search/", q="reys")
    assert result_titles(response) == []
    response, _ = page(client, "/az/search/", q="maşınları")
    assert result_titles(response) == [AZ_FERRY]


def test_the_page_links_to_the_same_search_in_the_other_languages(client, newsroom):
    _, text = page(client, "/ru/search/", q="паромы")
    links = language_links(text)
    assert set(links) == {"en", "az"}
    assert links["en"][0] == "/search/?q=%D0%BF%D0%B0%D1%80%D0%BE%D0%BC%D1%8B"
    assert links["az"][0].startswith("/az/search/?q=")
    assert ">English</a>" in text and ">Azərbaycanca</a>" in text
    # Found here: no counts. Found nothing here: how many each other language holds.
    assert links["en"][1] == links["az"][1] == ""
    response, text = page(client, "/search/", q="Dəhliz")
    assert result_titles(response) == []
    links = language_links(text)
    assert links["az"][1] == "1 article"
    assert links["ru"][1] == "0 articles"


def test_facets_and_filters_are_the_languages_own(client, newsroom):
    response, text = page(client, "/ru/search/", q="расписание")
    facets = re.search(r'<section class="search-facets".*?</section>', text, re.S).group()
    assert "Транспорт" in facets and "Transport" not in facets
    assert 'href="/ru/search/?q=' in facets
    response, text = page(client, "/ru/search/", q="расписание", section="transport")
    assert result_titles(response) == [RU_FERRY]
    assert "Мы не учли часть адреса" not in text
    # A section of another language is not a section here.
    response, text = page(client, "/ru/search/", q="расписание", section="energy")
    assert "section" in re.search(r"Мы не учли часть адреса[^<]*", text).group()


def test_did_you_mean_offers_words_of_the_readers_language(client, newsroom):
    _, text = page(client, "/ru/search/", q="тубрины")
    suggestion = re.search(r'class="did-you-mean">[^<]*<a href="([^"]+)">([^<]+)</a>', text)
    assert suggestion is not None
    assert suggestion.group(1).startswith("/ru/search/?q=")
    assert suggestion.group(2) in {"турбин", "турбины"}
    # The same misspelling on the English page: no English article holds a word like it.
    _, text = page(client, "/search/", q="тубрины")
    assert 'class="did-you-mean"' not in text
    _, text = page(client, "/search/", q="turbinne")
    assert re.search(r'class="did-you-mean">[^<]*<a href="/search/\?q=turbine">turbine</a>', text)


def test_autocomplete_suggests_titles_in_the_readers_language(client, newsroom):
    ru = client.get("/ru/search/suggest/", {"q": "Распис"}).json()["results"]
    assert ru == [{"title": RU_FERRY, "url": "/ru/transport/raspisanie-paromov/"}]
    assert client.get("/search/suggest/", {"q": "Распис"}).json()["results"] == []
    az = client.get("/az/search/suggest/", {"q": "bere"}).json()["results"]
    assert [item["title"] for item in az] == [AZ_FERRY]
    english = client.get("/search/suggest/", {"q": "Ferr"}).json()["results"]
    assert [item["title"] for item in english] == ["Ferry timetables decide the Middle Corridor"]


def test_draft_and_private_translations_are_never_found_counted_or_suggested(client, newsroom):
    for query in ("külək", "dibi", "Xəzərdə", "hərracdan"):
        response, text = page(client, "/az/search/", q=query)
        assert result_titles(response) == [], query
        assert AZ_SEABED_DRAFT not in text
    assert client.get("/az/search/suggest/", {"q": "Xəzər"}).json()["results"] == []
    _, text = page(client, "/az/search/", q="küləkk")
    assert 'class="did-you-mean"' not in text
    response, text = page(client, "/ru/search/", q="счётчиков")
    assert result_titles(response) == [] and RU_GRID_PRIVATE not in text
    assert client.get("/ru/search/suggest/", {"q": "Операт"}).json()["results"] == []
    _, text = page(client, "/search/", q="külək")
    assert language_links(text)["az"][1] == "0 articles"
    _, text = page(client, "/search/", q="счётчиков")
    assert language_links(text)["ru"][1] == "0 articles"


def test_a_translation_published_later_is_found_at_once(client, newsroom):
    with ranking_paused():
        newsroom["az"]["seabed"].get_latest_revision().publish()  # the draft above
    response, _ = page(client, "/az/search/", q="kulek")
    assert result_titles(response) == [AZ_SEABED_DRAFT]


def test_unknown_language_prefix_is_not_found(client, newsroom):
    assert client.get("/de/search/", {"q": "timetable"}).status_code == 404
    assert client.get("/ru/search/", {"q": "x" * 500, "page": "abc", "year": "🙂"}).status_code == 200


def test_a_search_in_another_language_costs_as_many_queries(client, newsroom, django_assert_max_num_queries):
    page(client, "/search/", q="timetable")
    page(client, "/ru/search/", q="расписание")
    with django_assert_max_num_queries(32):
        page(client, "/ru/search/", q="расписание")
    with django_assert_max_num_queries(34):  # and, having found nothing, two counts for the others
        page(client, "/ru/search/", q="кофе")


def test_rebuilding_the_index_keeps_each_language_apart(client, newsroom):
    from django.core.management import call_command

    call_command("wagtail_update_index", verbosity=0)
    response, _ = page(client, "/ru/search/", q="турбина")
    assert result_titles(response) == [RU_SEABED]
    response, _ = page(client, "/az/search/", q="bere")
    assert result_titles(response) == [AZ_FERRY]
    response, _ = page(client, "/search/", q="seabed")
    assert result_titles(response) == [
        "Caspian offshore wind needs a seabed survey",
        "Grid operators agree a metering standard",
    ]
