"""Image uploads through the admin's uploader: a camera photo goes in, an image of too many pixels is
turned away from its header, before anything decodes it (edge/image_uploads.py)."""

import io
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

Image = get_image_model()


def upload(client, name, data, content_type):
    return client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile(name, data, content_type=content_type)},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )


def huge_png(side=11_000):
    """An 11,000 x 11,000 one-colour PNG: 121 megapixels in about 20 KB (1 bit a pixel while made)."""
    buffer = io.BytesIO()
    PILImage.new("1", (side, side), 1).save(buffer, "PNG")
    return buffer.getvalue()


def photo(width=4000, height=3000):
    """A 12-megapixel JPEG with a photo's fine detail (noise over a gradient): a few megabytes."""
    grain = PILImage.effect_noise((width, height), 40)
    sky = PILImage.linear_gradient("L").resize((width, height))
    buffer = io.BytesIO()
    PILImage.merge("RGB", (grain, sky, grain)).save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def test_an_11000_pixel_square_is_refused_quickly_with_a_clear_message(admin_client):
    data = huge_png()
    assert len(data) < 100_000
    assert admin_client.get(reverse("wagtailimages:add_multiple")).status_code == 200  # the editor's page
    started = time.monotonic()
    response = upload(admin_client, "poster.png", data, "image/png")
    elapsed = time.monotonic() - started
    result = response.json()
    assert result["success"] is False
    assert result["error_message"] == "This file has too many pixels (121000000). Maximum pixels 64000000."
    # From the header: decoding it first, as Wagtail alone does, takes 0.3-0.7 s even at 1 bit a pixel.
    assert elapsed < 0.25, f"{elapsed:.2f}s"
    print(f"\n11,000 x 11,000 PNG ({len(data):,} bytes) refused in {elapsed * 1000:.0f} ms")
    assert not Image.objects.exists()


def test_a_camera_photo_is_accepted(admin_client):
    data = photo()
    assert len(data) > 1024 * 1024  # larger than every reader's cap and than in-memory uploads
    response = upload(admin_client, "harbour.jpg", data, "image/jpeg")
    assert response.json()["success"] is True
    image = Image.objects.get()
    assert (image.width, image.height) == (4000, 3000)


def test_the_upload_forms_tell_editors_the_limit_and_keep_wagtails_widget(admin_client):
    html = admin_client.get(reverse("wagtailimages:add")).content.decode()
    assert "Maximum filesize: 20.0\xa0MB" in html
    assert 'data-w-sync-target-value="#id_title"' in html  # the file input still fills in the title
