"""What a translation made in wagtail-localize translates, and what it keeps from the original."""

import pytest
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from ads.models import AdSpot
from articles.localize import OwnField
from articles.models import ArticlePage, Author, SectionPage
from home.models import HomePage


def fields(model):
    """{field name: "translated" | "synchronised" | "overridable" | "own"} as wagtail-localize sees the
    model ("own": each translation keeps its value, never copied from the source)."""
    kinds = {}
    for field in get_translatable_fields(model):
        if isinstance(field, OwnField):
            kinds[field.field_name] = "own"
        elif not isinstance(field, SynchronizedField):
            kinds[field.field_name] = "translated"
        else:
            kinds[field.field_name] = "overridable" if field.overridable else "synchronised"
    return kinds


@pytest.mark.parametrize("model", [ArticlePage, SectionPage, HomePage])
def test_every_page_translates_its_title_address_and_seo_texts(model):
    kinds = fields(model)
    for name in ("title", "slug", "seo_title", "search_description"):
        assert kinds[name] == "translated", name


def test_an_article_translates_its_texts_and_keeps_the_originals_facts():
    kinds = fields(ArticlePage)
    for name in ("standfirst", "body", "listing_title", "listing_summary", "hero_caption", "hero_credit"):
        assert kinds[name] == "translated", name
    for name in ("published_date", "updated_date"):  # the original's dates stay the dates readers see
        assert kinds[name] == "synchronised", name
    for name in ("article_type", "article_authors", "tags", "corrections"):
        assert kinds[name] != "translated", name
    for name in ("hero_image", "listing_image"):
        assert kinds[name] == "overridable", name
    assert kinds["translated_by"] == kinds["translated_on"] == "own"  # the translation's credit


def test_snippets_translate_what_readers_read():
    author = fields(Author)
    assert {name: author[name] for name in ("name", "role", "bio", "links", "slug")} == {
        "name": "translated",
        "role": "translated",
        "bio": "translated",
        "links": "translated",
        "slug": "synchronised",  # one address in every language
    }
    ad = fields(AdSpot)
    assert ad["sponsor_line"] == ad["image_alt"] == "translated"
    assert ad["image"] == ad["link_url"] == "overridable"
    assert ad["name"] == "synchronised"
    assert ad["placement"] != "translated" and ad["active_until"] != "translated"
    assert fields(SectionPage)["intro"] == "translated"
    assert fields(HomePage)["lead_article"] == "overridable"
