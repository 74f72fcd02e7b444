"""The publication's name, tagline and newsletter call-to-action in the reader's language, written on
the settings screen once per language; an empty field shows the English text."""

import pytest
from django.core.cache import cache
from django.utils import translation

from core.models import PublicationSettings, PublicationTexts
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()


@pytest.fixture
def publication():
    settings = PublicationSettings.load()
    settings.tagline = "Opinion and analysis from the Caspian and beyond"
    settings.save()
    PublicationTexts.objects.create(
        settings=settings,
        language="ru",
        tagline="Мнения и аналитика о Каспии и не только",
        newsletter_heading="Будьте в курсе событий региона",
        newsletter_text="Лучшие мнения и аналитика недели по выбору редакции — каждую пятницу на вашу почту.",
    )
    PublicationTexts.objects.create(
        settings=settings, language="az", tagline="Xəzər və ondan kənar: rəy və təhlil"
    )
    return settings


def test_readers_see_the_texts_of_their_language(client, home, publication):
    russian_home = factories.translate(home, "ru", title="Главная", slug="glavnaya")
    html = client.get(russian_home.url).content.decode()
    assert '<p class="tagline">Мнения и аналитика о Каспии и не только</p>' in html
    assert "Будьте в курсе событий региона" in html
    assert "каждую пятницу на вашу почту" in html

    english = client.get("/").content.decode()
    assert "Opinion and analysis from the Caspian and beyond" in english and "Мнения" not in english


def test_an_empty_field_shows_the_default_text(publication):
    with translation.override("az"):
        shown = PublicationSettings.load()
    assert shown.tagline == "Xəzər və ondan kənar: rəy və təhlil"
    assert shown.newsletter_heading == "Stay ahead of the region"
    assert shown.name == "The Caspian Review"


def test_the_settings_row_keeps_the_default_texts(publication):
    with translation.override("ru"):
        PublicationSettings.load()
    assert PublicationSettings.objects.get().tagline == "Opinion and analysis from the Caspian and beyond"


def test_a_change_of_a_translation_shows_at_once(publication):
    texts = publication.texts.get(language="ru")
    with translation.override("ru"):
        assert PublicationSettings.load().tagline.startswith("Мнения")
        texts.tagline = "Каспий и мир: мнения и аналитика"
        texts.save()
        assert PublicationSettings.load().tagline == "Каспий и мир: мнения и аналитика"


def test_the_settings_screen_shows_the_default_texts_and_the_translations(admin_client, publication):
    edit = f"/admin/settings/core/publicationsettings/{publication.pk}/"
    with translation.override("ru"):
        page = admin_client.get(edit)
    html = page.content.decode()
    assert page.status_code == 200
    assert 'value="Opinion and analysis from the Caspian and beyond"' in html  # the row, not the overlay
    assert "Мнения и аналитика о Каспии и не только" in html  # the Russian row, in the inline panel


def settings_form(publication, *rows):
    data = {
        "name": "The Caspian Review",
        "tagline": "Opinion and analysis from the Caspian and beyond",
        "newsletter_heading": "Stay ahead of the region",
        "newsletter_text": "Our editors' pick, every Friday.",
        "related_posts_count": "4",
        "social_links-count": "0",
        "texts-TOTAL_FORMS": str(len(rows)),
        "texts-INITIAL_FORMS": "0",
        "texts-MIN_NUM_FORMS": "0",
        "texts-MAX_NUM_FORMS": "1000",
    }
    for n, (language, tagline) in enumerate(rows):
        data |= {f"texts-{n}-language": language, f"texts-{n}-tagline": tagline, f"texts-{n}-id": ""}
    return data


def test_a_language_twice_is_refused_with_a_message(admin_client, publication):
    publication.texts.all().delete()
    edit = f"/admin/settings/core/publicationsettings/{publication.pk}/"
    twice = settings_form(publication, ("ru", "Раз"), ("ru", "Два"))
    response = admin_client.post(edit, twice)
    assert response.status_code == 200
    assert "Please correct the duplicate data for settings and language" in response.content.decode()
    assert not publication.texts.exists()

    response = admin_client.post(
        edit, settings_form(publication, ("ru", "Каспий и мир"), ("az", "Xəzər və dünya"))
    )
    assert response.status_code == 302
    with translation.override("az"):
        assert PublicationSettings.load().tagline == "Xəzər və dünya"
