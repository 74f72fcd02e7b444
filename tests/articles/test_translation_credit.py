"""A translation names its translator and its own day; the publication date stays the original's."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from articles.models import ArticlePage
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


# The credit in wagtail-localize and the admin: a sync keeps it, the "Translation credit" action sets it.


def localize_translation(original, language):
    """The original's translation made through wagtail-localize (as "Translate this page" does), its
    title translated, published."""
    source, _ = TranslationSource.get_or_create_from_instance(original)
    locale = Locale.objects.get(language_code=language)
    translation = Translation.objects.create(source=source, target_locale=locale)
    segment = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.create(
        translation_of=segment.string, locale=locale, context=segment.context, data="Паромы в Алате"
    )
    translation.save_target(publish=True)
    return ArticlePage.objects.get(translation_key=original.translation_key, locale=locale)


def credit_url(page):
    return reverse("articles_translation_credit", args=[page.pk])


@pytest.fixture
def russian(section, author, django_capture_on_commit_callbacks):
    """An English article and its Russian translation made in wagtail-localize, without a credit."""
    original = factories.make_article(section, title="Ferries at Alat", authors=[author], days_ago=30)
    with django_capture_on_commit_callbacks(execute=True):
        return original, localize_translation(original, "ru")


def test_the_credit_is_set_in_the_admin_and_readers_see_it(admin_client, client, russian, board):
    original, translation = russian
    section_listing = reverse("wagtailadmin_explore", args=[translation.get_parent().pk])
    assert credit_url(translation) in admin_client.get(section_listing).content.decode()
    english_listing = reverse("wagtailadmin_explore", args=[original.get_parent().pk])
    assert "Translation credit" not in admin_client.get(english_listing).content.decode()
    assert "Перевод:" not in client.get(translation.url).content.decode()

    response = admin_client.post(
        credit_url(translation), {"translated_by": board.pk, "translated_on": "2026-03-09"}
    )
    assert response.status_code == 302
    html = client.get(translation.url).content.decode()
    assert 'Перевод: Editorial Board, дата перевода: <time datetime="2026-03-09">9 марта 2026</time>' in html
    translation.refresh_from_db()
    assert not translation.has_unpublished_changes  # published, as a new revision
    assert translation.live_revision.as_object().translated_by == board


def test_the_credit_is_cleared_in_the_admin(admin_client, client, russian, board):
    _, translation = russian
    admin_client.post(credit_url(translation), {"translated_by": board.pk, "translated_on": "2026-03-09"})
    form = admin_client.get(credit_url(translation)).content.decode()
    assert 'value="2026-03-09"' in form and "Editorial Board (organisation)" in form

    response = admin_client.post(credit_url(translation), {"translated_by": "", "translated_on": ""})
    assert response.status_code == 302
    assert "Перевод:" not in client.get(translation.url).content.decode()


def test_a_sync_from_the_original_keeps_the_credit(
    admin_client, client, russian, board, django_capture_on_commit_callbacks
):
    original, translation = russian
    admin_client.post(credit_url(translation), {"translated_by": board.pk, "translated_on": "2026-03-09"})
    original.standfirst = "Two new ferries sail to Turkmenbashi."
    original.save_revision().publish()

    source = TranslationSource.objects.get_for_instance(original)
    with django_capture_on_commit_callbacks(execute=True):  # the sync publishes once committed
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), {"publish_translations": "on"}
        )
    assert response.status_code == 302

    html = client.get(translation.url).content.decode()
    assert "Two new ferries sail to Turkmenbashi." in html  # the sync brought the original's change
    assert 'Перевод: Editorial Board, дата перевода: <time datetime="2026-03-09">' in html
    translation.refresh_from_db()
    assert (translation.translated_by, translation.translated_on) == (board, datetime.date(2026, 3, 9))


def test_a_sync_in_code_keeps_a_credit_set_on_the_translation(russian, django_capture_on_commit_callbacks):
    original, translation = russian
    translation.translated_on = datetime.date(2026, 3, 9)
    translation.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(original)
    source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(translation.locale, publish=True, fallback=True)
    translation.refresh_from_db()
    assert translation.translated_on == datetime.date(2026, 3, 9)
    assert translation.live_revision.as_object().translated_on == datetime.date(2026, 3, 9)


def test_an_invalid_date_is_a_form_error(admin_client, client, russian):
    _, translation = russian
    for day in ("9 March", "2026-02-30", "2999-01-01"):
        response = admin_client.post(credit_url(translation), {"translated_on": day})
        assert response.status_code == 200, day
        assert response.context["form"].errors["translated_on"], day
    response = admin_client.post(credit_url(translation), {"translated_by": "999999"})
    assert response.status_code == 200 and response.context["form"].errors["translated_by"]
    assert "Перевод:" not in client.get(translation.url).content.decode()


def test_editors_who_may_not_publish_get_403(client, russian):
    original, translation = russian
    editor = get_user_model().objects.create_user("editor", "editor@example.com", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))  # may edit pages, not publish them
    client.force_login(editor)
    assert client.get(credit_url(translation)).status_code == 403
    assert client.post(credit_url(translation), {"translated_on": "2026-03-09"}).status_code == 403
    assert (
        credit_url(translation)
        not in client.get(
            reverse("wagtailadmin_explore", args=[translation.get_parent().pk])
        ).content.decode()
    )


def test_an_original_offers_no_credit(admin_client, russian):
    original, _ = russian
    assert admin_client.get(credit_url(original)).status_code == 403


def test_setting_the_credit_publishes_no_waiting_draft(admin_client, client, russian, board):
    _, translation = russian
    translation.title = "Паромы в Алате: черновик"
    translation.save_revision()  # an editor's unpublished change
    admin_client.post(credit_url(translation), {"translated_by": board.pk, "translated_on": "2026-03-09"})

    html = client.get(translation.url).content.decode()
    assert "Перевод: Editorial Board" in html and "черновик" not in html
    translation.refresh_from_db()
    draft = translation.get_latest_revision_as_object()
    assert translation.has_unpublished_changes and draft.title == "Паромы в Алате: черновик"
    assert draft.translated_by == board  # the draft has the credit too, for when it is published
