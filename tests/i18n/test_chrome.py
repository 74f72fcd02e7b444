"""The page chrome a reader sees in Russian and Azerbaijani: furniture, article page, listings, dates."""

import re
from datetime import datetime

import pytest
from django.core.paginator import Paginator
from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import timezone, translation

from articles.models import ArticlePage

pytestmark = pytest.mark.django_db

CHROME = {
    # language: strings every page carries (skip link, LATEST heading, footer)
    "ru": ["Перейти к содержанию", "Последние материалы", "Наверх", "Следите за всеми", "Подписаться"],
    "az": ["Məzmuna keç", "Son yazılar", "Yuxarı qayıt", "Bütün məqalələri izləyin", "Abunə ol"],
    "en": ["Skip to content", "Latest", "Back to top", "Follow every article", "Sign up"],
}


def html_tag(html):
    return re.search(r"<html[^>]*>", html)[0]


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_home_page_chrome_is_in_the_readers_language(client, bilingual, language):
    html = client.get(f"/{language}/").content.decode()
    assert html_tag(html) == f'<html lang="{language}" dir="ltr">'
    for text in CHROME[language]:
        assert text in html, text
    assert "Skip to content" not in html and "Back to top" not in html


def test_english_stays_english(client, bilingual):
    html = client.get("/").content.decode()
    assert html_tag(html) == '<html lang="en" dir="ltr">'
    for text in CHROME["en"]:
        assert text in html


@pytest.mark.parametrize(
    ("language", "byline", "reading", "date"),
    [
        ("ru", "Текст:", r"\d+ (минута|минуты|минут) чтения", "2 декабря 2026"),
        ("az", "Müəllif:", r"\d+ dəqiqəlik oxu", "2 dekabr 2026"),
    ],
)
def test_the_article_page_furniture_and_dates(client, bilingual, language, byline, reading, date):
    published = timezone.make_aware(datetime(2026, 12, 2, 9, 30))
    ArticlePage.objects.filter(pk=bilingual[language].pk).update(published_date=published)
    response = client.get(bilingual[language].url)
    html = response.content.decode()
    assert response.status_code == 200
    assert html_tag(html) == f'<html lang="{language}" dir="ltr">'
    assert f'<span class="byline">{byline} <a href=' in html
    assert re.search(reading, html)
    assert f'<time datetime="2026-12-02T09:30:00+00:00">{date}</time>' in html
    assert "min read" not in html and "December" not in html


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", ["Популярные статьи", "Похожие материалы", "Другие материалы автора: Лейла"]),
        ("az", ["Populyar məqalələr", "Əlaqəli yazılar", "Müəllifin digər yazıları: Leyla"]),
    ],
)
def test_popular_related_and_more_from_the_author(bilingual, language, expected):
    article = bilingual[language]
    name = {"ru": "Лейла", "az": "Leyla"}[language]
    with translation.override(language):
        html = render_to_string("popularity/popular.html", {"popular": [{"url": "/x/", "title": "X"}]})
        html += render_to_string(
            "articles/includes/article_end.html",
            {"related_articles": [article], "more_from_author": [article], "more_author": {"name": name}},
        )
    for text in expected:
        assert text in html, text
    assert "Related Posts" not in html and "Popular Articles" not in html


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", ["Страница 2 из 3", "Более новые", "Более старые", 'aria-label="Страницы"']),
        ("az", ["Səhifə 2 / 3", "Daha yenilər", "Daha köhnələr", 'aria-label="Səhifələr"']),
    ],
)
def test_listing_pagination(language, expected):
    page = Paginator(list(range(30)), 12).page(2)
    with translation.override(language):
        html = render_to_string("articles/includes/pagination.html", {"page_obj": page})
    for text in expected:
        assert text in html, text


@pytest.mark.parametrize(
    ("language", "heading", "button"),
    [("ru", "Поиск по архиву", "Найти"), ("az", "Arxivdə axtarış", "Axtar")],
)
def test_the_header_search_form(client, bilingual, language, heading, button):
    html = client.get(f"/{language}/").content.decode()
    assert f'placeholder="{heading}"' in html
    assert f'<button type="submit">{button}</button>' in html


@pytest.mark.parametrize(("language", "count"), [("en", "12,345"), ("ru", "12\xa0345"), ("az", "12\xa0345")])
def test_counts_are_written_as_the_language_writes_numbers(language, count):
    value = {"active": False, "url": "?section=x", "label": "X", "count": 12345}
    facet = {"name": "section", "title": "Section", "values": [value]}
    with translation.override(language):
        html = render_to_string("search/includes/facets.html", {"facets": [facet], "search": {}})
    assert f'<span class="facet-count">({count})</span>' in html


def test_a_cached_fragment_is_never_served_in_another_language(bilingual):
    """Fragments hold translated chrome, so the language is part of their cache key."""
    fragment = Template(
        '{% load furniture i18n %}{% cache_visible "probe" 1 %}'
        '{% translate "Back to top" %}{% endcache_visible %}'
    )
    rendered = []
    for language in ["en", "ru", "az", "en", "ru"]:
        with translation.override(language):
            rendered.append(fragment.render(Context({})))
    assert rendered == ["Back to top", "Наверх", "Yuxarı qayıt", "Back to top", "Наверх"]
