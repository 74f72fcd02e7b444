"""Account > Two-factor sign-in, in the admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .views import TwoFactorView


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [path("account/two-factor/", TwoFactorView.as_view(), name="accounts_two_factor")]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Sign in with a code from an authenticator app as well as your password."),
    }
