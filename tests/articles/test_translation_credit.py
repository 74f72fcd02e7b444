"""A translation names its translator and its own day; the publication date stays the original's."""

import datetime

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_a_translation_names_its_translator_and_day_and_keeps_the_originals_date(client):
    section = factories.make_section()
    author = factories.make_author("Leyla Hasanova")
    desk = factories.make_author("Translation Desk", kind="organisation")
    original = factories.make_article(section, title="Ferries at Alat", authors=[author], days_ago=30)
    translation = factories.translate(
        original,
        "ru",
        title="Паромы в Алате",
        slug="paromy-v-alate",
        translated_by=desk,
        translated_on=datetime.date(2026, 3, 9),
    )

    html = client.get(translation.url).content.decode()
    assert "Перевод: Translation Desk, дата перевода:" in html  # the Russian catalogue
    assert '<time datetime="2026-03-09">9 марта 2026</time>' in html  # Django's Russian month names
    assert translation.published_date == original.published_date
    assert original.published_date.strftime("%Y-%m-%d") in html  # the date readers see is the original's

    assert "Translated by" not in client.get(original.url).content.decode()
