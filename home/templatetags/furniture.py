"""The site furniture: section navigation and the LATEST list on every page, Popular Articles where asked."""

from django import template

from articles.listings import latest_articles, section_navigation
from articles.popularity import popular_articles

register = template.Library()


@register.inclusion_tag("includes/latest.html")
def latest_list():
    return {"latest": latest_articles()}


@register.inclusion_tag("includes/popular.html")
def popular_list():
    return {"popular": popular_articles()}


@register.inclusion_tag("includes/section_nav.html", takes_context=True)
def section_nav(context):
    page = context.get("page")
    current = page.url if page is not None and hasattr(page, "url") else None
    return {"sections": section_navigation(), "current_url": current, "request": context.get("request")}
