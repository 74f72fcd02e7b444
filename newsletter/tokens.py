"""Signed tokens for the links in newsletter emails.

Both kinds are signed with SECRET_KEY (django.core.signing) and carry only the subscriber's id, so a
link reveals no address. Confirmation tokens also carry the subscriber's nonce and expire; unsubscribe
tokens never expire, because an unsubscribe link in an old email must keep working.
"""

from django.core import signing

from . import conf

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"


class LinkExpired(Exception):
    """The signature is genuine but the link is too old; `payload` is still usable for a resend."""

    def __init__(self, payload):
        super().__init__("link expired")
        self.payload = payload


class LinkInvalid(Exception):
    """Tampered, truncated or otherwise not a token we made."""


def make_confirm_token(subscriber):
    return signing.dumps({"id": subscriber.pk, "n": subscriber.token_nonce}, salt=CONFIRM_SALT)


def make_unsubscribe_token(subscriber):
    return signing.dumps({"id": subscriber.pk}, salt=UNSUBSCRIBE_SALT)


def _load(token, salt, max_age=None):
    try:
        payload = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        raise LinkExpired(_load(token, salt)) from None
    except (signing.BadSignature, ValueError, UnicodeError):
        raise LinkInvalid from None
    if not isinstance(payload, dict) or not isinstance(payload.get("id"), int):
        raise LinkInvalid
    return payload


def read_confirm_token(token, *, allow_expired=False):
    """The payload of a confirmation token; raises LinkExpired or LinkInvalid."""
    max_age = None if allow_expired else conf.get("NEWSLETTER_CONFIRM_MAX_AGE")
    return _load(token, CONFIRM_SALT, max_age)


def read_unsubscribe_token(token):
    """The payload of an unsubscribe token; raises LinkInvalid."""
    return _load(token, UNSUBSCRIBE_SALT)
