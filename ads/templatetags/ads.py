"""Ad slots in templates: each renders the ad its placement serves now, or nothing at all."""

from django import template

from ads.selection import ad_by_id, ad_for

register = template.Library()
SLOT_TEMPLATE = "ads/includes/ad_slot.html"


@register.inclusion_tag(SLOT_TEMPLATE, takes_context=True)
def ad_slot(context, placement):
    return {"ad": ad_for(placement), "slot": placement, "settings": context.get("settings")}


@register.inclusion_tag(SLOT_TEMPLATE, takes_context=True)
def ad_after_block(context, slots, position):
    """The in-article ad that follows body block number `position`, from the page's precomputed slots."""
    ad = (slots or {}).get(position)
    return {"ad": ad, "slot": "in_article", "settings": context.get("settings")}


@register.inclusion_tag(SLOT_TEMPLATE, takes_context=True)
def body_ad(context, spot):
    """The ad an editor placed with the Ad spot body block, while it is active."""
    ad = ad_by_id(spot.pk) if spot is not None else None
    return {"ad": ad, "slot": "body", "settings": context.get("settings")}
