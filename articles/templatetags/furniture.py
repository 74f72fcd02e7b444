"""The furniture every page carries: section navigation and the LATEST list."""

from django import template

from articles.listings import latest_articles, section_navigation

register = template.Library()


@register.inclusion_tag("articles/furniture/latest.html")
def latest_list():
    return {"latest": latest_articles()}


@register.inclusion_tag("articles/furniture/section_nav.html", takes_context=True)
def section_nav(context):
    page = context.get("page")
    current = page.url if page is not None and hasattr(page, "url") else None
    return {"sections": section_navigation(), "current_url": current, "request": context.get("request")}
