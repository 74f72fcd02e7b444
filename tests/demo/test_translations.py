"""The demo's Russian and Azerbaijani translations: live at /ru/ and /az/, made once, and made through
wagtail-localize so that the admin's translation editor and a sync of the original keep their text.

Every test here reads the same demo archive, loaded once for the module (`demo_archive`).
"""

import html

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import RequestFactory
from django.utils.translation import override as translation_override
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from articles.models import ArticlePage, Author, SectionPage
from articles.views import author_detail
from core.models import PublicationSettings, PublicationTexts
from demo.content import az, ru
from demo.models import DemoItem
from home.models import HomePage

pytestmark = pytest.mark.django_db
CONTENT = {"ru": ru, "az": az}
TRANSLATOR_SLUGS = ["marina-orlova", "translation-desk"]
TRANSLATOR = {"ru": "Марина Орлова", "az": "Tərcümə şöbəsi"}  # as their translations name them


def translations(language):
    """{English slug: its translation} of the demo articles translated into `language`."""
    locale = Locale.objects.get(language_code=language)
    originals = ArticlePage.objects.filter(slug__in=CONTENT[language].ARTICLES, locale__language_code="en")
    return {article.slug: article.get_translation(locale).specific for article in originals}


def page_counts():
    counts = {code: Page.objects.filter(locale__language_code=code).count() for code in ("en", "ru", "az")}
    translators = Author.objects.filter(slug__in=TRANSLATOR_SLUGS, locale__language_code="en")
    authors = {code: Author.objects.filter(locale__language_code=code).count() for code in ("en", "ru", "az")}
    return counts | {"translators": translators.count(), "authors": authors}


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_translated_op_eds_are_live_in_their_language(demo_archive, client, language):
    content = CONTENT[language]
    found = translations(language)
    assert len(found) == len(content.ARTICLES) == 4
    for slug, translation in found.items():
        fields = content.ARTICLES[slug]
        original = ArticlePage.objects.get(slug=slug, locale__language_code="en")
        assert translation.live and translation.slug == fields["slug"] and translation.slug.isascii()
        assert translation.url.startswith(f"/{language}/")
        page = html.unescape(client.get(translation.url).content.decode())
        for text in (fields["title"], fields["standfirst"], fields["body"][0], fields["seo_title"]):
            assert text in page, (slug, text)
        assert fields["search_description"] in page
        # Translated, not kept beside the English (the hero image's alt text is the image's, shared).
        assert original.standfirst not in page and original.body[0].value.source not in page
        assert f"<title>{original.title}" not in page
        assert TRANSLATOR[language] in page
        assert translation.translator.name == TRANSLATOR[language]
        # The original's date stays the publication date; the translation is dated after it.
        assert translation.published_date == original.published_date
        assert translation.translation_date > original.published_date.date()
        assert translation.get_parent().specific.slug == content.SECTIONS[original.get_parent().slug]["slug"]


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_home_page_and_sections_are_translated(demo_archive, client, language):
    content = CONTENT[language]
    home = HomePage.objects.get(locale__language_code=language)
    assert home.live and home.title == content.HOME["title"]
    assert client.get(f"/{language}/").status_code == 200
    for slug, fields in content.SECTIONS.items():
        section = SectionPage.objects.get(slug=fields["slug"], locale__language_code=language)
        assert section.live and section.url == f"/{language}/{fields['slug']}/"
        assert section.get_parent().pk == home.pk
        page = html.unescape(client.get(section.url).content.decode())
        assert fields["title"] in page and fields["intro"] in page
        original = SectionPage.objects.get(slug=slug, locale__language_code="en")
        assert section.translation_key == original.translation_key


def test_loading_again_duplicates_nothing(demo_archive):
    before = page_counts()
    assert before["ru"] == before["az"] == 1 + 4 + 4 and before["translators"] == 2
    assert before["authors"]["ru"] == before["authors"]["az"] == len(ru.AUTHORS) == 9
    for _ in range(2):
        call_command("load_demo", verbosity=0)
    assert page_counts() == before
    for article in ArticlePage.objects.filter(slug__in=ru.ARTICLES, locale__language_code="en"):
        assert article.get_translations().count() == 2


def test_a_demo_database_loaded_before_the_translations_gets_them(demo_archive, client):
    """As a database loaded by an earlier version: the translations, their translators and their
    records gone; the next load adds them and re-creates no English page."""
    english = Page.objects.filter(locale__language_code="en").count()
    for language in ("ru", "az"):
        HomePage.objects.get(locale__language_code=language).delete()
    Author.objects.exclude(locale__language_code="en").delete()
    Author.objects.filter(slug__in=TRANSLATOR_SLUGS).delete()
    DemoItem.objects.filter(kind=DemoItem.Kind.TRANSLATION).delete()
    assert not Page.objects.filter(locale__language_code="ru").exists()

    call_command("load_demo", verbosity=0)
    counts = page_counts()
    assert counts["ru"] == counts["az"] == 9 and counts["translators"] == 2
    assert counts["authors"]["ru"] == counts["authors"]["az"] == 9
    assert Page.objects.filter(locale__language_code="en").count() == english
    translation = translations("ru")["rooftop-solar-in-baku-courtyards"]
    assert client.get(translation.url).status_code == 200


def test_a_database_from_before_any_record_keeps_its_translations_single(demo_archive):
    DemoItem.objects.all().delete()  # loaded by a version that kept no record, then translated
    before = page_counts()
    call_command("load_demo", verbosity=0)
    assert page_counts() == before


def test_a_translation_an_editor_deleted_or_unpublished_stays_so(demo_archive):
    deleted = translations("ru")["small-states-need-long-memories-and-short-grudges"]
    unpublished = translations("az")["rooftop-solar-in-baku-courtyards"]
    deleted.delete()
    unpublished.unpublish()
    before = page_counts()
    call_command("load_demo", verbosity=0)
    assert page_counts() == before
    assert not ArticlePage.objects.filter(slug=deleted.slug).exists()
    assert not ArticlePage.objects.get(pk=unpublished.pk).live


def test_a_page_an_editor_translated_is_left_as_it_is(demo_archive):
    """A database where an editor translated a demo page before the demo did: the demo keeps out."""
    op_ed = translations("az")["small-states-need-long-memories-and-short-grudges"]
    DemoItem.objects.filter(kind=DemoItem.Kind.TRANSLATION, slug__startswith="az:").delete()
    op_ed.title = "Redaktorun tərcüməsi"
    op_ed.save_revision().publish()
    call_command("load_demo", verbosity=0)
    assert ArticlePage.objects.get(pk=op_ed.pk).title == "Redaktorun tərcüməsi"
    assert len(translations("az")) == 4


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_translations_are_wagtail_localize_translations_a_sync_keeps(demo_archive, language):
    """Each translation is registered with wagtail-localize (the admin's translation editor opens
    it), and syncing it from its original, as an editor would after the original changed, keeps the
    translated text instead of English."""
    locale = Locale.objects.get(language_code=language)
    for slug, translation in translations(language).items():
        original = ArticlePage.objects.get(slug=slug, locale__language_code="en")
        assert Translation.objects.filter(
            source__object_id=original.translation_key, target_locale=locale, enabled=True
        ).exists()
        source, _ = TranslationSource.update_or_create_from_instance(original)
        synced, created = source.create_or_update_translation(locale, publish=False)
        assert not created and synced.pk == translation.pk
        fields = CONTENT[language].ARTICLES[slug]
        draft = synced.get_latest_revision_as_object()
        assert draft.title == fields["title"] and draft.standfirst == fields["standfirst"]
        paragraphs = [block.value.source for block in draft.body if block.block_type == "paragraph"]
        assert html.unescape(paragraphs[-1]) == f"<p>{fields['body'][-1]}</p>"


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_authors_read_in_the_readers_language(demo_archive, client, language):
    """The demo's authors and translators are translated (name, role, bio): the bylines of a
    translated article and the author page speak its language; the author is one person, one slug."""
    locale = Locale.objects.get(language_code=language)
    for slug, texts in CONTENT[language].AUTHORS.items():
        original = Author.objects.original(slug)
        assert original.locale.language_code == "en"
        translation = original.get_translation(locale)
        assert (translation.slug, translation.name, translation.role, translation.bio) == (
            slug,
            texts["name"],
            texts["role"],
            texts["bio"],
        )
        sources = TranslationSource.objects.filter(object_id=original.translation_key)
        assert Translation.objects.filter(source__in=sources, target_locale=locale).exists()
    leyla = CONTENT[language].AUTHORS["leyla-hasanova"]
    op_ed = translations(language)["small-states-need-long-memories-and-short-grudges"]
    assert [author.name for author in op_ed.bylines] == [leyla["name"]]
    assert leyla["name"] in html.unescape(client.get(op_ed.url).content.decode())
    with translation_override(language):
        response = author_detail(RequestFactory().get("/authors/leyla-hasanova/"), "leyla-hasanova")
    page = html.unescape(response.content.decode())
    assert leyla["bio"] in page and leyla["role"] in page


@pytest.mark.parametrize("language", ["ru", "az"])
def test_the_publication_texts_are_translated_once(demo_archive, client, language):
    texts = CONTENT[language].PUBLICATION
    page = html.unescape(client.get(f"/{language}/").content.decode())
    assert texts["tagline"] in page and texts["newsletter_heading"] in page
    assert PublicationTexts.objects.filter(language=language).count() == 1
    call_command("load_demo", verbosity=0)
    assert PublicationTexts.objects.filter(language=language).count() == 1


def test_an_editors_own_english_tagline_is_not_overwritten_by_the_demos_translation(demo_archive):
    PublicationTexts.objects.all().delete()
    DemoItem.objects.filter(kind=DemoItem.Kind.TRANSLATION, slug__endswith=":settings:publication").delete()
    publication = PublicationSettings.objects.get()
    publication.tagline = "Our own tagline"
    publication.save()
    call_command("load_demo", verbosity=0)
    russian = PublicationTexts.objects.get(language="ru")
    assert russian.tagline == "" and russian.newsletter_heading == ru.PUBLICATION["newsletter_heading"]


def test_the_admin_opens_the_demo_translations_in_wagtail_localizes_editor(demo_archive, client):
    client.force_login(get_user_model().objects.create_superuser("editor", "editor@example.org", "pw"))
    slug = "small-states-need-long-memories-and-short-grudges"
    op_ed = translations("ru")[slug]
    author = Author.objects.get(slug="leyla-hasanova", locale__language_code="az")
    for url, text in (
        (f"/admin/pages/{op_ed.pk}/edit/", ru.ARTICLES[slug]["title"]),
        (f"/admin/snippets/articles/author/edit/{author.pk}/", "Leyla Hasanova"),  # into Azerbaijani
    ):
        response = client.get(url)
        assert response.status_code == 200
        page = html.unescape(response.content.decode())
        assert "Translation of" in page and "header-meta--locales" in page and text in page
