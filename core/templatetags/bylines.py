"""`{% byline authors %}`: "A, B and C", the one way every template joins the names of a byline."""

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext

register = template.Library()


@register.simple_tag
def byline(authors, links=False):
    """The authors' names joined as readers expect; with `links`, each a link to the author's page."""
    names = [
        format_html('<a href="{}" rel="author">{}</a>', author.get_absolute_url(), author.name)
        if links
        else conditional_escape(author.name)
        for author in authors
    ]
    if len(names) > 1:
        names = [", ".join(names[:-1]), names[-1]]
    conjunction = pgettext("between the last two names of a byline", " and ")
    return mark_safe(conjunction.join(names))  # noqa: S308 - every name above is escaped
