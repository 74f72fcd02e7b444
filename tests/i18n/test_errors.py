"""Error pages in the reader's language: 404 under a language prefix, 500 and 503 from core.errors."""

import re
import sys

import pytest
from django.db import OperationalError
from django.test import RequestFactory
from django.utils import translation

from core.errors import server_error

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "heading", "home_link"),
    [
        ("ru", "Страница не найдена", "Перейти на главную страницу"),
        ("az", "Səhifə tapılmadı", "Ana səhifəyə keçin"),
    ],
)
def test_not_found_in_the_readers_language(client, bilingual, language, heading, home_link):
    response = client.get(f"/{language}/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{language}" dir="ltr">' in html
    assert f"<h1>{heading}</h1>" in html
    assert f'<a href="/{language}/">{home_link}</a>' in html
    assert "Page not found" not in html


def test_not_found_in_english_at_the_root(client, bilingual):
    html = client.get("/no-such-page/").content.decode()
    assert '<html lang="en" dir="ltr">' in html and "<h1>Page not found</h1>" in html


def failing_with(error, language):
    """What the site answers when `error` escapes a view of a page in `language`."""
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        try:
            raise error
        except type(error):
            assert sys.exc_info()[1] is error
            return server_error(request)


@pytest.mark.parametrize(
    ("language", "heading", "seconds"),
    [("ru", "Скоро вернёмся", "через 30 секунд."), ("az", "Tezliklə qayıdırıq", "təxminən 30 saniyə sonra")],
)
def test_database_outage_page_in_the_readers_language(language, heading, seconds):
    response = failing_with(OperationalError("connection refused"), language)
    html = response.content.decode()
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert f'<html lang="{language}" dir="ltr">' in html
    assert f"<h1>{heading}</h1>" in html and seconds in html
    assert f'<a href="/{language}/">' in html


@pytest.mark.parametrize(("language", "heading"), [("ru", "Что-то пошло не так"), ("az", "Nəsə düz getmədi")])
def test_server_error_page_in_the_readers_language(language, heading):
    response = failing_with(ValueError("boom"), language)
    html = response.content.decode()
    assert response.status_code == 500
    assert re.search(rf'<html lang="{language}" dir="ltr">', html)
    assert f"<h1>{heading}</h1>" in html
