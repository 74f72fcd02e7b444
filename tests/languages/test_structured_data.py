"""Structured data names each article's language, the work a translation translates and its translator,
and an original's live translations (never a draft)."""

import json
import re

from tests import factories

from .conftest import version

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def article_data(html):
    blocks = [json.loads(block) for block in SCRIPT.findall(html)]
    return next(b for b in blocks if b["@type"].endswith("Article"))


def test_a_translation_names_its_original_and_translator(client, op_ed, russian):
    translator = factories.make_author("Irina Volkova", slug="irina-volkova")
    factories.translate(op_ed, "ru", translated_by=translator)
    data = article_data(client.get(russian.url).content.decode())
    assert data["inLanguage"] == "ru"
    assert data["translationOfWork"] == {
        "@type": "CreativeWork",
        "@id": f"http://testserver{op_ed.url}",
        "url": f"http://testserver{op_ed.url}",
        "inLanguage": "en",
    }
    assert data["translator"]["name"] == "Irina Volkova" and "workTranslation" not in data


def test_an_original_names_its_live_translations_only(client, op_ed, russian, azerbaijani):
    data = article_data(client.get(op_ed.url).content.decode())
    assert data["inLanguage"] == "en" and "translationOfWork" not in data
    assert [work["url"] for work in data["workTranslation"]] == [f"http://testserver{russian.url}"]


def test_an_article_without_translations_names_only_its_language(client, section):
    article = factories.make_article(section)
    data = article_data(client.get(article.url).content.decode())
    assert data["inLanguage"] == "en"
    assert not {"translationOfWork", "workTranslation", "translator"} & set(data)


def test_the_home_page_says_its_language(client, op_ed, russian):
    html = client.get("/ru/").content.decode()
    site = next(b for b in map(json.loads, SCRIPT.findall(html)) if b["@type"] == "WebSite")
    assert site["inLanguage"] == "ru" and site["url"] == "http://testserver/ru/"
    assert version(op_ed, "ru").pk == russian.pk
