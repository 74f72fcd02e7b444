from django import template

from syndication.head import head_data

register = template.Library()


@register.inclusion_tag("syndication/head.html", takes_context=True)
def head_meta(context):
    """The canonical link, Open Graph and Twitter card tags and JSON-LD of the page being rendered."""
    return {"head": head_data(context)}
