"""An ad spot translated in the admin is one ad: readers of the translation's language get its creative,
everyone else the original's, and the original decides where and when it runs."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone, translation
from wagtail.models import Locale

from ads import selection
from tests import factories

SIDEBAR = re.compile(r'<div class="ad ad--sidebar[^"]*">(.*?)</div>', re.S)


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


def translate_ad(ad, language, **fields):
    copy = ad.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.full_clean()
    copy.save()
    return copy


def sidebar(client, url):
    return SIDEBAR.search(client.get(url).content.decode()).group(1)


def test_readers_get_the_creative_of_their_language(client, section, author):
    article = factories.make_article(section, authors=[author])
    russian = factories.translate(article, "ru", title="Паромы", slug="paromy")
    ad = factories.make_ad(
        "Rail fund", "sidebar", image=False, sponsor_line="Supported by the Caspian Rail Fund"
    )
    translate_ad(ad, "ru", sponsor_line="При поддержке Каспийского железнодорожного фонда")

    assert "При поддержке Каспийского железнодорожного фонда" in sidebar(client, russian.url)
    assert "Supported by the Caspian Rail Fund" in sidebar(client, article.url)
    with translation.override("az"):  # no Azerbaijani translation: the original
        assert selection.ad_for("sidebar")["sponsor_line"] == "Supported by the Caspian Rail Fund"


def test_the_original_decides_when_the_ad_runs(db):
    ad = factories.make_ad("Rail fund", "header", image=False, sponsor_line="Supported by the Rail Fund")
    translate_ad(ad, "ru", sponsor_line="При поддержке фонда")
    with translation.override("ru"):
        assert selection.ad_for("header")["sponsor_line"] == "При поддержке фонда"
        assert len(selection.active_ads()) == 1  # one ad, not one per language
        ad.active_until = timezone.now() - timedelta(minutes=1)
        ad.save()
        assert selection.ad_for("header") is None


def test_a_translated_article_body_serves_the_translated_ad(db):
    ad = factories.make_ad("In the body", "body", image=False, sponsor_line="Supported by the Rail Fund")
    copy = translate_ad(ad, "az", sponsor_line="Dəmir Yolu Fondunun dəstəyi ilə")
    with translation.override("az"):
        assert selection.ad_by_id(copy.pk)["sponsor_line"] == "Dəmir Yolu Fondunun dəstəyi ilə"
        assert selection.ad_by_id(ad.pk)["sponsor_line"] == "Dəmir Yolu Fondunun dəstəyi ilə"
