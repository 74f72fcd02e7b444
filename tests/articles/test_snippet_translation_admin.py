"""Authors and ad spots translated through wagtail-localize's admin: requested from the snippet, the
strings translated, saved; readers then read the translation."""

import pytest
from django.core.cache import cache
from django.utils import translation as language
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from ads import selection
from ads.models import AdSpot
from articles.models import Author
from tests import factories

pytestmark = pytest.mark.django_db


def request_translation(admin_client, obj, language_code):
    """What the snippet's Translate action submits."""
    locale = Locale.objects.get(language_code=language_code)
    meta = obj._meta
    response = admin_client.post(
        f"/admin/localize/submit/snippet/{meta.app_label}/{meta.model_name}/{obj.pk}/",
        {"locales": [locale.pk]},
    )
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=obj.translation_key, target_locale=locale)


def translate_strings(translation, texts):
    """Type a translation for each source string given (as the translation editor does), then save."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        if segment.string.data in texts:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=translation.target_locale,
                context=segment.context,
                data=texts[segment.string.data],
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
    translation.save_target()


def test_an_author_translated_in_the_admin_keeps_the_slug_and_bylines_follow(admin_client, client):
    cache.clear()
    author = factories.make_author(
        "Rustam Karimov", slug="rustam-karimov", role="Political analyst", bio="Rustam covers diplomacy."
    )
    translation = request_translation(admin_client, author, "az")
    translate_strings(
        translation,
        {
            "Rustam Karimov": "Rüstəm Kərimov",
            "Political analyst": "Siyasi analitik",
            "Rustam covers diplomacy.": "Rüstəm diplomatiyadan yazır.",
        },
    )
    azerbaijani = Author.objects.get(translation_key=author.translation_key, locale__language_code="az")
    assert (azerbaijani.slug, azerbaijani.name, azerbaijani.bio) == (
        "rustam-karimov",
        "Rüstəm Kərimov",
        "Rüstəm diplomatiyadan yazır.",
    )

    section = factories.make_section()
    article = factories.make_article(section, title="Talks in Tbilisi", authors=[author])
    translated = factories.translate(article, "az", title="Tbilisidə danışıqlar", slug="tbilisida-danisiqlar")
    html = client.get(translated.url).content.decode()
    assert "Rüstəm Kərimov" in html and "Rustam Karimov" not in html


def test_an_ad_spot_translated_in_the_admin_serves_its_creative(admin_client):
    cache.clear()
    ad = factories.make_ad(
        "Rail fund", "sidebar", image=False, sponsor_line="Supported by the Caspian Rail Fund"
    )
    translation = request_translation(admin_client, ad, "ru")
    translate_strings(translation, {"Supported by the Caspian Rail Fund": "При поддержке Каспийского фонда"})
    assert AdSpot.objects.filter(translation_key=ad.translation_key).count() == 2
    with language.override("ru"):
        assert selection.ad_for("sidebar")["sponsor_line"] == "При поддержке Каспийского фонда"
    with language.override("en"):
        assert selection.ad_for("sidebar")["sponsor_line"] == "Supported by the Caspian Rail Fund"
