"""Wagtail's "Reset your password" form, limited per client and per email address.

A flood from one network is paused, and one mailbox gets at most a few reset emails an hour however
many networks ask. The address limit counts every address asked for, with or without an account, so
neither the normal answer nor the paused page tells anyone whether an address has an account.
"""

from wagtail.admin.views.account import PasswordResetView

from core.attempts import count_attempt
from core.clients import client_key

from . import conf
from .pauses import paused


def _count(purpose, identity, limit_setting):
    return count_attempt(
        purpose, identity, limit=conf.get(limit_setting), window=conf.get("PASSWORD_RESET_WINDOW")
    )


class LimitedPasswordResetView(PasswordResetView):
    def post(self, request, *args, **kwargs):
        client = client_key(request, "password-reset")
        verdict = _count("password-reset.client", client, "PASSWORD_RESET_CLIENT_LIMIT")
        if not verdict.allowed:
            return paused(request, "reset-client", verdict.retry_after)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        address = form.cleaned_data["email"].strip().casefold()
        verdict = _count("password-reset.address", address, "PASSWORD_RESET_ADDRESS_LIMIT")
        if not verdict.allowed:
            return paused(self.request, "reset-address", verdict.retry_after)
        return super().form_valid(form)
