"""Image uploads whose pixels are counted from the file's header, before anything decodes the image.

Wagtail checks WAGTAILIMAGES_MAX_IMAGE_PIXELS through Willow, which decodes the whole image to learn its
size: an 11,000 x 11,000 upload cost 121 megapixels of memory (367 MB in RGB) before it could be refused.
Pillow reads the size from the header alone, so the check here costs microseconds; everything else is
Wagtail's own form and field (WAGTAILIMAGES_IMAGE_FORM_BASE).
"""

import warnings

from django.core.exceptions import ValidationError
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class HeaderCheckedImageField(WagtailImageField):
    def to_python(self, data):
        if data and self.max_image_pixels is not None:
            self.check_header_pixels(data)
        return super().to_python(data)

    def check_header_pixels(self, upload):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
                with PILImage.open(upload) as image:
                    width, height = image.size
        except (OSError, PILImage.DecompressionBombError):
            return  # not an image Pillow reads, or too large for it to open: Wagtail's checks say which
        finally:
            upload.seek(0)
        if width * height > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": width * height, "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            )


class ImageForm(BaseImageForm):
    """Wagtail's image form (admin, chooser and multiple uploader) with the header-checked file field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if original := self.fields.get("file"):
            self.fields["file"] = HeaderCheckedImageField(
                label=original.label, required=original.required, widget=original.widget
            )
