"""Compile the message catalogues (locale/<lang>/LC_MESSAGES/*.po) into the .mo files Django reads.

Run at install and by `make catalogues`: `python -m core.catalogues`. It uses polib (installed with
wagtail-localize), so GNU gettext is not needed to install the site; only .po files are in the
repository. Fuzzy entries are left out, as msgfmt does, so a guessed translation never reaches readers.
"""

import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def catalogues(locale_dir=LOCALE_DIR):
    return sorted(Path(locale_dir).glob("*/LC_MESSAGES/*.po"))


def compile_catalogue(po_path):
    """Write the .mo next to the .po (every time: it takes milliseconds, and mtimes can mislead)."""
    catalogue = polib.pofile(str(po_path))
    for entry in catalogue.fuzzy_entries():
        catalogue.remove(entry)
    catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
    return catalogue


def main(locale_dir=LOCALE_DIR):
    for po_path in catalogues(locale_dir):
        catalogue = compile_catalogue(po_path)
        print(f"compiled {po_path.relative_to(Path(locale_dir).parent)}: {catalogue.percent_translated()}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
