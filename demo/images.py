"""Abstract illustrations drawn locally with Pillow, so the demo needs no downloads."""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

PALETTES = {
    "opinion": [(138, 28, 28), (233, 216, 196), (60, 40, 40)],
    "analysis": [(31, 73, 125), (210, 224, 240), (20, 30, 60)],
    "politics": [(90, 60, 120), (225, 215, 235), (40, 30, 60)],
    "energy": [(196, 120, 20), (250, 232, 200), (70, 45, 10)],
    "transport": [(30, 110, 90), (205, 235, 225), (15, 50, 40)],
    "culture": [(160, 60, 110), (240, 215, 230), (70, 25, 50)],
}


def draw_illustration(seed, palette_name, size=(1200, 675)):
    """A deterministic abstract picture: a gradient sky, a horizon and a few shapes."""
    rng = random.Random(seed)
    strong, light, dark = PALETTES.get(palette_name, PALETTES["analysis"])
    width, height = size
    picture = PILImage.new("RGB", size, light)
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        t = y / height
        row = tuple(int(light[i] * (1 - t) + strong[i] * t * 0.6 + dark[i] * t * 0.4) for i in range(3))
        draw.line([(0, y), (width, y)], fill=row)
    horizon = int(height * rng.uniform(0.55, 0.75))
    points = [(0, height)] + [(x, horizon - rng.randint(0, height // 5)) for x in range(0, width + 100, 100)]
    draw.polygon(points + [(width, height)], fill=dark)
    for _ in range(rng.randint(2, 5)):
        r = rng.randint(30, 140)
        cx, cy = rng.randint(0, width), rng.randint(0, horizon)
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=strong, width=rng.randint(3, 10))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=82)
    return buffer


def get_or_make_image(title, palette_name):
    """The image with this title, drawn and saved the first time it is asked for."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    seed = int(hashlib.sha256(title.encode()).hexdigest()[:8], 16)
    filename = hashlib.sha256(title.encode()).hexdigest()[:16] + ".jpg"
    image = Image(title=title, file=ImageFile(draw_illustration(seed, palette_name), name=filename))
    image.save()
    return image
