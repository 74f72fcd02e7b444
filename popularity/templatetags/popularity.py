"""Popular Articles where a page asks for it, and the view beacon of an article page."""

from django import template

from popularity.lists import popular_articles

register = template.Library()


@register.inclusion_tag("popularity/popular.html")
def popular_list():
    return {"popular": popular_articles()}


@register.inclusion_tag("popularity/beacon.html", takes_context=True)
def view_beacon(context, page):
    """The script that counts one view once the page has loaded; never in an editor's preview."""
    request = context.get("request")
    return {"page": page, "preview": getattr(request, "is_preview", False)}
