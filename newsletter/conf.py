"""Newsletter settings with their defaults; any of them can be set in the Django settings."""

from django.conf import settings

DEFAULTS = {
    # How long a confirmation link stays valid, in seconds.
    "NEWSLETTER_CONFIRM_MAX_AGE": 48 * 60 * 60,
    # Sign-up and resend attempts allowed per client in a window of this many seconds.
    "NEWSLETTER_RATE_LIMIT": 10,
    "NEWSLETTER_RATE_WINDOW": 10 * 60,
    # At most one email to the same address in this many seconds, however many clients ask.
    "NEWSLETTER_EMAIL_COOLDOWN": 2 * 60,
    # Scheme and host for links in emails, e.g. "https://news.example.org"; empty: the request's own.
    "NEWSLETTER_BASE_URL": "",
}


def get(name):
    return getattr(settings, name, DEFAULTS[name])


def confirm_hours():
    """How long a confirmation link works, in whole hours, as readers are told."""
    return get("NEWSLETTER_CONFIRM_MAX_AGE") // 3600
