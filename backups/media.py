"""Uploaded media (MEDIA_ROOT): which files a backup takes, and how a restore swaps them in.

A restore extracts into a hidden folder inside MEDIA_ROOT (so every move is a rename on one file system,
even when MEDIA_ROOT is a mount point), moves the current files aside, moves the restored ones in, and
deletes the old ones last.
"""

import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

STAGING_PREFIXES = (".restore-", ".previous-")


@dataclass(frozen=True)
class MediaFile:
    path: Path
    name: str  # relative to MEDIA_ROOT, with forward slashes
    size: int


def media_files(root):
    """Every regular file under `root` (none when it does not exist), leftovers of a restore excepted."""
    root = Path(root)
    found = []
    for folder, subfolders, files in os.walk(root):
        if Path(folder) == root:
            subfolders[:] = [name for name in subfolders if not name.startswith(STAGING_PREFIXES)]
        subfolders.sort()
        for name in sorted(files):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                found.append(MediaFile(path, path.relative_to(root).as_posix(), path.stat().st_size))
    return found


def staging_folder(root):
    """A new, empty hidden folder inside `root` to extract restored media into."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    folder = root / f"{STAGING_PREFIXES[0]}{secrets.token_hex(4)}"
    folder.mkdir()
    return folder


def replace_media(root, restored):
    """Make `root` hold exactly the tree `restored` holds (which may be absent: no media at all)."""
    root, restored = Path(root), Path(restored)
    previous = root / f"{STAGING_PREFIXES[1]}{secrets.token_hex(4)}"
    previous.mkdir()
    for entry in root.iterdir():
        if not entry.name.startswith(STAGING_PREFIXES):
            entry.rename(previous / entry.name)
    if restored.is_dir():
        for entry in restored.iterdir():
            entry.rename(root / entry.name)
    shutil.rmtree(previous)
