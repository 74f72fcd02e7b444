from django import template
from django.urls import reverse
from django.utils.translation import gettext

from newsletter.consent import CURRENT_VERSION, consent_text
from newsletter.languages import with_language

register = template.Library()


@register.simple_tag
def newsletter_consent():
    """The current consent line, in the reader's language, and its version, for the sign-up form."""
    return {"text": gettext(consent_text(CURRENT_VERSION)), "version": CURRENT_VERSION}


@register.simple_tag
def newsletter_url(name, *args):
    """A newsletter URL that keeps the reader's language (newsletter paths have no language prefix)."""
    return with_language(reverse(name, args=args))
