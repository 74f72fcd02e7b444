from django import template

from newsletter.consent import CURRENT_VERSION, consent_text

register = template.Library()


@register.simple_tag
def newsletter_consent():
    """The current consent line and its version, for the sign-up form."""
    return {"text": consent_text(CURRENT_VERSION), "version": CURRENT_VERSION}
