"""The page cache keeps one copy per address and language: a reader never gets another language's page,
whatever cookie or Accept-Language the browser sends."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from pagecache import store


@pytest.fixture(autouse=True)
def stored_pages(settings):
    settings.PAGE_CACHE_SECONDS = 60


@pytest.mark.parametrize("path", ["/", "/opinion/", "/ru/", "/ru/opinion/paromy-na-rassvete/"])
def test_each_language_has_its_own_copy(client, op_ed, russian, path):
    language = "ru" if path.startswith("/ru/") else "en"
    first = client.get(path, HTTP_ACCEPT_LANGUAGE="az")
    assert first["X-Cache"] == "MISS" and first["Content-Language"] == language
    for other in ("en", "ru", "az"):
        client.cookies["django_language"] = other
        again = client.get(path, HTTP_ACCEPT_LANGUAGE=other)
        assert again["X-Cache"] == "HIT" and again["Content-Language"] == language
        assert again.content == first.content
    assert "accept-language" not in first.get("Vary", "").lower()


def test_the_russian_home_is_not_the_english_one(client, op_ed, russian):
    english = client.get("/").content.decode()
    in_russian = client.get("/ru/").content.decode()
    assert '<html lang="en"' in english and '<html lang="ru"' in in_russian
    assert russian.title in in_russian and russian.title not in english


def test_a_page_rendered_in_another_language_than_its_address_is_not_stored(db):
    request = RequestFactory().get("/opinion/")
    response = HttpResponse("страница", headers={"Content-Language": "ru"})
    store.save(request, response)
    assert store.load(request) is None
    store.save(request, HttpResponse("page", headers={"Content-Language": "en"}))
    assert store.load(request).response.content == b"page"
