"""Abuse limits kept in the cache: attempts per client, and emails per address.

Clients (core.clients, trusted-proxy aware) and addresses are identified only by a keyed hash (HMAC
with SECRET_KEY), never in clear, and the entries expire within minutes. If the cache is unreachable
the limits are skipped (and logged) rather than turning every sign-up into an error.
"""

import logging

from django.core.cache import cache
from django.utils.crypto import salted_hmac

from core.clients import client_key
from core.throttle import count_in_window

from . import conf

logger = logging.getLogger(__name__)


def _address_digest(email):
    return salted_hmac("newsletter.address", email, algorithm="sha256").hexdigest()[:32]


def allow_attempt(request):
    """Count one sign-up or resend attempt for this client; False once it is over the window's limit."""
    limit = conf.get("NEWSLETTER_RATE_LIMIT")
    window = conf.get("NEWSLETTER_RATE_WINDOW")
    try:
        count = count_in_window(f"newsletter:attempts:{client_key(request, 'newsletter')}", window)
    except Exception:
        logger.exception("newsletter rate limit skipped: cache unavailable")
        return True
    return count <= limit


def claim_address(email):
    """True if no email went to this address within the cooldown; claims the slot for this one."""
    cooldown = conf.get("NEWSLETTER_EMAIL_COOLDOWN")
    if cooldown <= 0:
        return True
    try:
        return cache.add(f"newsletter:mailed:{_address_digest(email)}", 1, timeout=cooldown)
    except Exception:
        logger.exception("newsletter address cooldown skipped: cache unavailable")
        return True
