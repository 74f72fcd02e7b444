"""The language switcher of the header and the hreflang links of the head, from one lookup a request."""

from django import template
from wagtail.models import Page

from core.addresses import base_url

from ..translations import home_paths, page_versions, switcher, view_versions, x_default

register = template.Library()


def versions_for(context):
    """({language: path} of what is shown, {language: path} of the home pages), once a request.

    What is shown is a Wagtail page's live versions, or the languages a view (an author's or a tag's
    page) names in `languages_shown`; nothing for any other page (an error page, search results).
    """
    request = context.get("request")
    if request is None:
        return {}, {}
    if not hasattr(request, "language_versions"):
        page = context.get("page")
        if isinstance(page, Page) and not getattr(request, "is_preview", False):
            found = page_versions(page, request)
        elif context.get("languages_shown") is not None:
            found = view_versions(request, context["languages_shown"]), home_paths(request)
        else:
            found = {}, home_paths(request)
        request.language_versions = found
    return request.language_versions


@register.inclusion_tag("includes/languages.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    return {"languages": switcher(request, *versions_for(context)) if request is not None else []}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """Every version, this one included, and x-default; nothing for a page that has no version."""
    versions, _homes = versions_for(context)
    if not versions:
        return {"alternates": []}
    base = base_url(context["request"])
    alternates = [(code, base + path) for code, path in sorted(versions.items())]
    return {"alternates": alternates, "x_default": base + x_default(versions)}
