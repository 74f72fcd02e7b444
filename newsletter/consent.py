"""The consent line every sign-up form shows, versioned so each subscriber's record names the exact text.

Never edit a published text in place: add a new version and point CURRENT_VERSION at it, so the
admin can still show what earlier subscribers agreed to. The record keeps the English text; readers see
it in their language (its translations are in the message catalogues).
"""

from django.utils.translation import gettext_noop

CONSENT_TEXTS = {
    "1": gettext_noop(
        "We email you our newsletter and nothing else. Unsubscribe with one click at any time."
    ),
}
CURRENT_VERSION = "1"


def consent_text(version=CURRENT_VERSION):
    return CONSENT_TEXTS.get(version, "")
