"""The furniture every page carries: section navigation and the LATEST list."""

from django import template
from django.utils.translation import get_language

from articles.generation import cached
from articles.listings import latest_articles, section_navigation

register = template.Library()
FRAGMENT_SECONDS = 60


@register.inclusion_tag("articles/furniture/latest.html")
def latest_list():
    return {"latest": latest_articles()}


@register.inclusion_tag("articles/furniture/section_nav.html", takes_context=True)
def section_nav(context):
    page = context.get("page")
    current = page.url if page is not None and hasattr(page, "url") else None
    return {"sections": section_navigation(), "current_url": current, "request": context.get("request")}


@register.tag("cache_visible")
def cache_visible(parser, token):
    """`{% cache_visible "name" value ... %}...{% endcache_visible %}`: the rendered HTML of the block,
    kept under the visibility generation and the values given, so it is rendered again only after
    something readers can see has changed, or after FRAGMENT_SECONDS (an ad's start or end shows within
    that). Never cached for an editor's preview."""
    names = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endcache_visible",))
    parser.delete_first_token()
    return VisibleFragmentNode(nodelist, names)


class VisibleFragmentNode(template.Node):
    def __init__(self, nodelist, names):
        self.nodelist, self.names = nodelist, names

    def render(self, context):
        # The language too: the fragment holds translated chrome (headings, bylines, dates).
        key = ":".join([get_language(), *(str(name.resolve(context)) for name in self.names)])
        preview = getattr(context.get("request"), "is_preview", False)
        render = lambda: self.nodelist.render(context)  # noqa: E731
        return cached(f"fragment:{key}", render, FRAGMENT_SECONDS, fresh=preview)
