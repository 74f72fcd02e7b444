"""Which ad, if any, each slot serves right now.

Served ads are kept in the cache as plain dicts (with their image rendition's URL and size), so the
header, sidebar, in-article and end-of-article slots cost no queries per page; the active window is
checked at render time, so a cached ad still starts and stops on the minute. A slot with no active ad
renders nothing at all: no box, no placeholder, no reserved space.

An ad spot and its translations are one ad: it runs where and when the original says, and readers of
a language with a translation get that translation's creative (sponsor line, alt text, image, link).
"""

from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from core.languages import active_content_language

from .models import DEFAULT_RENDITION_SPEC, RENDITION_SPECS, AdPlacement, AdSpot, runs_at

SERVED_CACHE_KEY = "ads:served"
SERVED_CACHE_SECONDS = 5 * 60


def creative(ad, placement):
    """What readers see of an ad (or of one of its translations); the rendition may be created."""
    image = None
    if ad.image_id:
        rendition = ad.image.get_rendition(RENDITION_SPECS.get(placement, DEFAULT_RENDITION_SPEC))
        image = {"url": rendition.url, "width": rendition.width, "height": rendition.height}
    return {"image": image, "alt": ad.image_alt, "link": ad.link_url, "sponsor_line": ad.sponsor_line}


def as_served(ad, translations=()):
    """An ad as plain data for the cache and the templates, with its translations' creatives."""
    return {
        "pk": ad.pk,
        "pks": {ad.pk, *(translation.pk for translation in translations)},
        "placement": ad.placement,
        "paragraph": ad.paragraph,
        **creative(ad, ad.placement),
        "creatives": {
            translation.locale.language_code: creative(translation, ad.placement)
            for translation in translations
        },
        "is_house": ad.is_house_ad,
        "active_from": ad.active_from,
        "active_until": ad.active_until,
    }


def in_language(ad, language):
    """The ad as readers of `language` see it: its translation's creative where there is one."""
    translated = ad["creatives"].get(language)
    return {**ad, **translated} if translated else ad


def is_active(ad, now=None):
    return runs_at(ad["active_from"], ad["active_until"], now)


def served_ads():
    """Every ad that is active now or may become active later, from the cache when possible."""
    ads = cache.get(SERVED_CACHE_KEY)
    if ads is None:
        ads = _build_served()
        cache.set(SERVED_CACHE_KEY, ads, SERVED_CACHE_SECONDS)
    return ads


def _build_served():
    """One entry per ad: its original (the first written of its translations) with the others' creatives."""
    now = timezone.now()
    running = AdSpot.objects.filter(Q(active_until__isnull=True) | Q(active_until__gt=now))
    spots = AdSpot.objects.filter(translation_key__in=running.values("translation_key"))
    groups = {}
    for spot in spots.select_related("image", "locale").order_by("pk"):
        groups.setdefault(spot.translation_key, []).append(spot)
    return [
        as_served(original, translations)
        for original, *translations in groups.values()
        if original.active_until is None or original.active_until > now
    ]


def _choose(ads):
    """Paid before house ads; among equals the one that started last, then the newest."""
    if not ads:
        return None
    oldest = timezone.now().replace(year=1)
    return min(ads, key=lambda ad: (ad["is_house"], -(ad["active_from"] or oldest).timestamp(), -ad["pk"]))


def active_ads(now=None):
    language = active_content_language()
    return [in_language(ad, language) for ad in served_ads() if is_active(ad, now)]


def ad_for(placement, now=None):
    return _choose([ad for ad in active_ads(now) if ad["placement"] == placement])


def ad_by_id(pk, now=None):
    """The ad an article body places: by the original's pk or a translation's (a translated article
    names the translation)."""
    return next((ad for ad in active_ads(now) if pk in ad["pks"]), None)


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


def article_ads(page, request, context):
    """The article page's in-article slots (the ads after paragraph N), computed once per page."""
    return {"in_article_ads": in_article_ads(list(page.body.raw_data))}
