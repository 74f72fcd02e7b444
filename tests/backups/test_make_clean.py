"""`make clean` removes what can be rebuilt and never the site's data."""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ["db.sqlite3", "db.sqlite3-wal", "media/original_images/harbour.jpg", "var/backups/site.tar.gz"]
REBUILT = [
    ".venv/bin/python",
    "static_collected/site.css",
    "var/cache/page.djcache",
    "articles/__pycache__/models.cpython-312.pyc",
    ".pytest_cache/README.md",
    ".ruff_cache/CACHEDIR.TAG",
]


def test_make_clean_keeps_the_database_media_and_backups(tmp_path):
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    for name in DATA + REBUILT + ["articles/models.py"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name)
    subprocess.run(
        ["make", "--no-print-directory", "-C", str(tmp_path), "clean"], check=True, capture_output=True
    )
    assert [name for name in DATA + ["articles/models.py"] if not (tmp_path / name).exists()] == []
    assert [name for name in REBUILT if (tmp_path / name).exists()] == []
