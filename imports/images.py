"""Images of an export, taken from a local copy of wp-content/uploads (never from the network)."""

import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

from django.core.files import File
from wagtail.images import get_image_model

from .models import ImportedImage

UPLOADS = "wp-content/uploads/"
# WordPress's resized copies: photo-1024x683.jpg is photo.jpg at another size.
SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.\w+$)")


def upload_path(src):
    """The path under wp-content/uploads of an image address, or ''."""
    path = unquote(urlparse(src).path)
    if UPLOADS in path:
        return path.split(UPLOADS, 1)[1]
    return ""


class ImageLibrary:
    """Finds or makes the Wagtail image for an upload; one image per file however often it is used."""

    def __init__(self, media_dir, attachments, dry_run):
        self.media_dir = Path(media_dir) if media_dir else None
        self.dry_run = dry_run
        self.by_file = {attachment.file: attachment for attachment in attachments.values() if attachment.file}

    def resolve(self, src, alt, notes):
        """(image id, alt text) for an image address, or None with a note saying why."""
        relative = upload_path(src)
        if not relative:
            notes.append(f"image {src[:80]} is not in wp-content/uploads: not imported")
            return None
        original = SIZE_SUFFIX.sub("", relative)
        attachment = self.by_file.get(original) or self.by_file.get(relative)
        alt = alt or (attachment.alt if attachment else "")
        if not alt:
            alt = (attachment.title if attachment else "") or PurePosixPath(original).stem.replace("-", " ")
            notes.append(f"image {original} has no alt text: its title is used")
        image_id = self.image_id(original, relative, attachment, notes)
        return (image_id, alt[:255]) if image_id else None

    def for_attachment(self, attachment, notes):
        image_id = self.image_id(attachment.file, attachment.file, attachment, notes)
        alt = attachment.alt or attachment.title
        return image_id, alt

    def image_id(self, original, relative, attachment, notes):
        for candidate in dict.fromkeys((original, relative)):
            known = ImportedImage.objects.filter(path=candidate).values_list("image_id", flat=True).first()
            if known:
                return known
        if self.media_dir is None:
            notes.append(f"image {original} not imported: no --media-dir given")
            return None
        for candidate in dict.fromkeys((original, relative)):
            file_path = self.media_dir / candidate
            if file_path.is_file() and self.media_dir.resolve() in file_path.resolve().parents:
                return self.make(candidate, file_path, attachment)
        notes.append(f"image file {original} missing from the media directory")
        return None

    def make(self, relative, file_path, attachment):
        if self.dry_run:
            return -1  # nothing is written on a dry run; the id is never stored
        title = (attachment.title if attachment else "") or file_path.stem
        with file_path.open("rb") as handle:
            image = get_image_model()(title=title[:255], file=File(handle, name=file_path.name))
            image.save()
        ImportedImage.objects.create(path=relative, image=image)
        return image.pk
