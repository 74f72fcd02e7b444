"""Ad spots: the AdSpot snippet and which ad, if any, each slot serves right now.

Served ads are kept in the cache as plain dicts (with their image rendition's URL and size), so the
header, sidebar, in-article and end-of-article slots cost no queries per page; the active window is
checked at render time, so a cached ad still starts and stops on the minute. A slot with no active ad
renders nothing at all: no box, no placeholder, no reserved space.
"""

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, URLValidator
from django.db import models
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

SERVED_CACHE_KEY = "ads:served"
SERVED_CACHE_SECONDS = 5 * 60


class AdPlacement(models.TextChoices):
    HEADER = "header", "Header, on every page"
    SIDEBAR = "sidebar", "Sidebar, on every page"
    IN_ARTICLE = "in_article", "Inside every article, after paragraph N"
    ARTICLE_END = "article_end", "End of every article"
    BODY = "body", "Only where an editor places it in an article body"


# The largest box each placement may fill; the image keeps its proportions within it.
RENDITION_SPECS = {
    AdPlacement.HEADER: "max-970x250",
    AdPlacement.SIDEBAR: "max-300x600",
}
DEFAULT_RENDITION_SPEC = "max-728x400"


class AdSpot(index.Indexed, models.Model):
    name = models.CharField(max_length=120, help_text="For editors only; readers never see it.")
    placement = models.CharField(max_length=20, choices=AdPlacement.choices, default=AdPlacement.SIDEBAR)
    paragraph = models.PositiveSmallIntegerField(
        default=3,
        validators=[MinValueValidator(1)],
        help_text="Inside articles: the ad follows this paragraph. Shorter articles show none.",
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    image_alt = models.CharField(
        max_length=250, blank=True, help_text="What the image says or shows; required with an image."
    )
    link_url = models.URLField(
        blank=True, validators=[URLValidator(schemes=["http", "https"])], help_text="Where the ad leads."
    )
    sponsor_line = models.CharField(
        max_length=200, blank=True, help_text="Plain text, e.g. 'Supported by the Caspian Rail Fund'."
    )
    is_house_ad = models.BooleanField(
        default=False, help_text="Our own promotion; served only where no paid ad is active."
    )
    active_from = models.DateTimeField(null=True, blank=True, help_text="Empty: from now.")
    active_until = models.DateTimeField(null=True, blank=True, help_text="Empty: until switched off.")

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("placement"), FieldPanel("paragraph")]),
        MultiFieldPanel(
            [
                FieldPanel("image"),
                FieldPanel("image_alt"),
                FieldPanel("link_url"),
                FieldPanel("sponsor_line"),
            ],
            heading="Creative",
        ),
        FieldPanel("is_house_ad"),
        FieldRowPanel([FieldPanel("active_from"), FieldPanel("active_until")], heading="Active"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = "ad spot"
        ordering = ["placement", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        if not self.image and not self.sponsor_line.strip():
            errors["sponsor_line"] = "Give the ad an image or a sponsor line."
        if self.image and not self.image_alt.strip():
            errors["image_alt"] = "Describe the image for readers who cannot see it."
        if self.active_from and self.active_until and self.active_until <= self.active_from:
            errors["active_until"] = "The end must come after the start."
        if errors:
            raise ValidationError(errors)

    def is_active(self, now=None):
        return is_active(serve(self, with_image=False), now)


def serve(ad, with_image=True):
    """An ad as the templates use it; fetching the image rendition may create it (cold cache only)."""
    image = None
    if with_image and ad.image_id:
        spec = RENDITION_SPECS.get(ad.placement, DEFAULT_RENDITION_SPEC)
        rendition = ad.image.get_rendition(spec)
        image = {"url": rendition.url, "width": rendition.width, "height": rendition.height}
    return {
        "pk": ad.pk,
        "placement": ad.placement,
        "paragraph": ad.paragraph,
        "image": image,
        "alt": ad.image_alt,
        "link": ad.link_url,
        "sponsor_line": ad.sponsor_line,
        "is_house": ad.is_house_ad,
        "active_from": ad.active_from,
        "active_until": ad.active_until,
    }


def is_active(ad, now=None):
    now = now or timezone.now()
    starts, ends = ad["active_from"], ad["active_until"]
    return (starts is None or starts <= now) and (ends is None or now < ends)


def served_ads():
    """Every ad that is active now or may become active later, from the cache when possible."""
    ads = cache.get(SERVED_CACHE_KEY)
    if ads is None:
        spots = AdSpot.objects.filter(Q(active_until__isnull=True) | Q(active_until__gt=timezone.now()))
        ads = [serve(ad) for ad in spots.select_related("image")]
        cache.set(SERVED_CACHE_KEY, ads, SERVED_CACHE_SECONDS)
    return ads


def _choose(ads):
    """Paid before house ads; among equals the one that started last, then the newest."""
    if not ads:
        return None
    oldest = timezone.now().replace(year=1)
    return min(ads, key=lambda ad: (ad["is_house"], -(ad["active_from"] or oldest).timestamp(), -ad["pk"]))


def active_ads(now=None):
    return [ad for ad in served_ads() if is_active(ad, now)]


def ad_for(placement, now=None):
    return _choose([ad for ad in active_ads(now) if ad["placement"] == placement])


def ad_by_id(pk, now=None):
    return next((ad for ad in active_ads(now) if ad["pk"] == pk), None)


def in_article_ads(raw_body, now=None):
    """{index of the body block to follow: ad} for every paragraph number an active ad asks for."""
    by_paragraph = {}
    for ad in active_ads(now):
        if ad["placement"] == AdPlacement.IN_ARTICLE:
            by_paragraph.setdefault(ad["paragraph"], []).append(ad)
    if not by_paragraph:
        return {}
    slots, paragraphs = {}, 0
    for position, block in enumerate(raw_body):
        if isinstance(block, dict) and block.get("type") == "paragraph":
            paragraphs += 1
            if paragraphs in by_paragraph:
                slots[position] = _choose(by_paragraph[paragraphs])
    return slots


@receiver(post_save, sender=AdSpot)
@receiver(post_delete, sender=AdSpot)
@receiver(post_delete, sender="wagtailimages.Image")
def forget_served_ads(**kwargs):
    cache.delete(SERVED_CACHE_KEY)
