"""Ad slots in templates: each renders the ad its placement serves now, or nothing at all."""

from django import template

from home.ads import ad_for

register = template.Library()


@register.inclusion_tag("home/includes/ad_slot.html", takes_context=True)
def ad_slot(context, placement):
    return {"ad": ad_for(placement), "slot": placement, "settings": context.get("settings")}


@register.inclusion_tag("home/includes/ad_slot.html", takes_context=True)
def ad_after_block(context, slots, position):
    """The in-article ad that follows body block number `position`, from the page's precomputed slots."""
    ad = (slots or {}).get(position)
    return {"ad": ad, "slot": "in_article", "settings": context.get("settings")}
