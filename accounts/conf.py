"""Sign-in settings with their defaults; any of them can be set in the Django settings."""

from django.conf import settings

DEFAULTS = {
    # Password-reset requests allowed per client, and per email address, in a window of this many seconds.
    "PASSWORD_RESET_CLIENT_LIMIT": 10,
    "PASSWORD_RESET_ADDRESS_LIMIT": 3,
    "PASSWORD_RESET_WINDOW": 60 * 60,
    # Every editor with admin access must set up two-factor sign-in before using the admin.
    "WAGTAIL_2FA_REQUIRED": False,
}


def get(name):
    return getattr(settings, name, DEFAULTS[name])
