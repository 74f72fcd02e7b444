"""Files the importer must refuse with a clear message, a non-zero exit and nothing written."""

import os
import subprocess
import sys

import pytest
from django.core.management.base import CommandError

from articles.models import ArticlePage, Author
from imports.models import ImportedPost

from .conftest import EXPORT, ROOT, run_import

BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<rss><channel><item><title>&d;</title></item></channel></rss>"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss><channel><item><title>&secret;</title></item></channel></rss>"""


def refused(tmp_path, text, message):
    path = tmp_path / "export.xml"
    path.write_text(text)
    with pytest.raises(CommandError, match=message):
        run_import(export=path)


@pytest.mark.parametrize(
    "text, message",
    [
        ("This is a CSV file,\nnot,an,export\n", "not a readable XML file"),
        (EXPORT.read_text()[: len(EXPORT.read_text()) // 2], "not a readable XML file .*is it complete"),
        (BOMB, "refused, the file declares entities"),
        (EXTERNAL, "refused, the file declares entities or external references"),
        ("<html><body>Hello</body></html>", "not a WordPress export"),
        ("", "not a readable XML file"),
    ],
    ids=["not-xml", "truncated", "entity-bomb", "external-entity", "not-rss", "empty"],
)
@pytest.mark.django_db
def test_unreadable_files_are_refused_and_nothing_is_written(tmp_path, home, text, message):
    refused(tmp_path, text, message)
    assert not ArticlePage.objects.exists() and not Author.objects.exists()


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(CommandError, match="cannot be opened"):
        run_import(export=tmp_path / "nowhere.xml")


def test_the_command_exits_non_zero(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_text(EXPORT.read_text()[:5000])
    done = subprocess.run(
        [sys.executable, "manage.py", "import_wordpress", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
    )
    assert done.returncode == 1
    assert "is it complete?" in done.stderr


@pytest.mark.django_db
def test_bad_section_map_is_refused(home):
    with pytest.raises(CommandError, match="category=section"):
        run_import("--section-map", "elections")


@pytest.mark.django_db
def test_a_dry_run_writes_nothing(home):
    output = run_import("--dry-run")
    assert output.startswith("Dry run: nothing was written.")
    assert "Created 4, updated 0, unchanged 0, skipped 5" in output
    assert not ArticlePage.objects.exists() and not ImportedPost.objects.exists()
    assert not Author.objects.exists()
