from io import StringIO
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from PIL import Image

from tests import factories

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"
EXPORT = DATA / "newsroom.xml"
# The export's attachments; pipeline.jpg is left out on purpose (a missing file is a warning).
UPLOADS = {"2024/03/tankers.jpg": (40, 90, 140), "2024/03/polling.jpg": (150, 60, 40)}


def make_uploads(root):
    """A small wp-content/uploads copy, drawn with Pillow."""
    for relative, colour in UPLOADS.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        Image.new("RGB", (64, 36), colour).save(path, "JPEG")
    return root


def run_import(*args, export=EXPORT):
    out = StringIO()
    call_command("import_wordpress", str(export), *args, stdout=out, verbosity=0)
    return out.getvalue()


@pytest.fixture(scope="module")
def uploads(tmp_path_factory):
    return make_uploads(tmp_path_factory.mktemp("uploads"))


@pytest.fixture(scope="module")
def imported(django_db_setup, django_db_blocker, uploads):
    """The newsroom export imported once for the module, rolled back after it; yields the summary."""
    with django_db_blocker.unblock(), transaction.atomic():
        factories.ensure_wagtail_roots()
        factories.make_home()
        output = run_import("--media-dir", str(uploads))
        cache.clear()
        yield output
        transaction.set_rollback(True)
        cache.clear()
