"""The message catalogues are complete: every string marked for translation has a real translation.

makemessages runs over a copy of the project (so the repository's own catalogues stay untouched) and
every entry it finds must be in locale/<language>/LC_MESSAGES/django.po, not fuzzy and not empty (every
plural form). A newly marked string without its Azerbaijani and Russian translation fails here.
"""

import os
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from core import catalogues

REPO = Path(settings.BASE_DIR)
LANGUAGES = ["az", "ru"]
NOT_SOURCE = shutil.ignore_patterns(
    ".*", "__pycache__", "locale", "media", "static_collected", "var", "test-results", "*.sqlite3*", "*.egg-*"
)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """{language: catalogue} as makemessages writes it for the project's current source."""
    if shutil.which("xgettext") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("makemessages needs GNU gettext's xgettext; .ci/run installs Debian's gettext")
        pytest.skip("makemessages needs GNU gettext's xgettext (apt-get install gettext)")
    copy = tmp_path_factory.mktemp("project") / "src"
    shutil.copytree(REPO, copy, ignore=NOT_SOURCE)
    (copy / "locale").mkdir()
    with pytest.MonkeyPatch.context() as patch, override_settings(LOCALE_PATHS=[copy / "locale"]):
        patch.chdir(copy)
        call_command("makemessages", locale=LANGUAGES, verbosity=0, no_obsolete=True)
    found = copy / "locale" / "{}" / "LC_MESSAGES" / "django.po"
    return {language: polib.pofile(str(found).format(language)) for language in LANGUAGES}


def repo_catalogue(language):
    return polib.pofile(str(REPO / "locale" / language / "LC_MESSAGES" / "django.po"))


def untranslated(entry):
    if entry is None:
        return "missing"
    if entry.fuzzy:
        return "fuzzy"
    forms = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
    if not all(form.strip() for form in forms):
        return "empty"
    return None


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_string_is_translated(extracted, language):
    catalogue = repo_catalogue(language)
    problems = [
        f"{untranslated(found)}: {entry.msgctxt + ' | ' if entry.msgctxt else ''}{entry.msgid!r}"
        for entry in extracted[language]
        if untranslated(found := catalogue.find(entry.msgid, msgctxt=entry.msgctxt))
    ]
    assert len(extracted[language]) > 200  # the extraction did find the templates' and Python strings
    assert problems == [], f"locale/{language}: run makemessages and translate:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_forms_match_the_language(language):
    """Russian has three forms (1, 2-4, 5+), Azerbaijani two; every plural entry has exactly that many."""
    catalogue = repo_catalogue(language)
    count = {"az": 2, "ru": 3}[language]
    assert f"nplurals={count};" in catalogue.metadata["Plural-Forms"]
    assert all(len(e.msgstr_plural) == count for e in catalogue if e.msgid_plural)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_up_to_date(tmp_path, language):
    """What Django reads (the .mo `make catalogues` writes) says what the .po says."""
    po = REPO / "locale" / language / "LC_MESSAGES" / "django.po"
    mo = po.with_suffix(".mo")
    assert mo.exists(), "run `make catalogues`"
    fresh = tmp_path / "django.po"
    shutil.copy(po, fresh)
    catalogues.compile_catalogue(fresh)
    assert fresh.with_suffix(".mo").read_bytes() == mo.read_bytes(), "run `make catalogues`"
