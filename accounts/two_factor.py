"""Two-factor sign-in with time-based codes (TOTP, django-otp): an editor's device and its set-up.

An editor has at most one confirmed device, their authenticator app. Setting one up goes through an
unconfirmed device holding the new secret; the first correct code from the app confirms it.
"""

import base64
import io

from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image

from . import conf

DEVICE_NAME = _("Authenticator app")


def device_for(user):
    """The editor's confirmed authenticator, or None."""
    if not user.is_authenticated:
        return None
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def pending_device_for(user):
    """The unconfirmed device being set up, created with a new secret on first need.

    Reloading the set-up page keeps the same secret, so an app that has already scanned it still works.
    """
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=str(DEVICE_NAME), confirmed=False)


def confirm(device):
    """Make a pending device the editor's authenticator; any other device of theirs is removed."""
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])


def remove_devices(user):
    return TOTPDevice.objects.filter(user=user).delete()[0]


def required_for(user):
    """Whether this user must have two-factor sign-in (WAGTAIL_2FA_REQUIRED, for admin users)."""
    return bool(conf.get("WAGTAIL_2FA_REQUIRED")) and user.has_perm("wagtailadmin.access_admin")


def qr_code_data_uri(device):
    """The device's otpauth:// link as an SVG QR code in a data: URI (the CSP allows data: images)."""
    out = io.BytesIO()
    write_qrcode_image(device.config_url, out)
    return "data:image/svg+xml;base64," + base64.b64encode(out.getvalue()).decode()


def secret_for_typing(device):
    """The secret in base32, in groups of four, for apps that cannot scan."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
