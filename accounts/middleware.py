"""Two-factor rules for the admin, after django-otp's OTPMiddleware has read the session.

- An account with an authenticator is served only to a session that signed in with a code. Such an
  account can only sign in with one, but a session started before the editor set up the app (in another
  browser, say) is signed out and sent to sign in again.
- With WAGTAIL_2FA_REQUIRED, an editor without an authenticator gets only the set-up page.

Sign-in, sign-out, password reset and the files every admin page loads stay open to both.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.deprecation import MiddlewareMixin
from django.utils.translation import gettext as _

from . import two_factor

OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "accounts_password_reset",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}
SET_UP_VIEW = "accounts_two_factor"
FRONT_END_SIGN_IN = "wagtailcore_login"


class TwoFactorMiddleware(MiddlewareMixin):
    def process_view(self, request, view_func, view_args, view_kwargs):
        view_name = request.resolver_match.url_name
        if view_name == FRONT_END_SIGN_IN:
            # Wagtail's own form for pages restricted to signed-in users takes a password only: every
            # sign-in goes through the admin's, which asks for the code.
            return redirect_to_login(request.GET.get("next", "/"), reverse("wagtailadmin_login"))
        if not request.path.startswith(settings.ADMIN_PATH_PREFIX):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if view_name in OPEN_VIEWS:
            return None
        if two_factor.device_for(user) is not None:
            logout(request)
            messages.info(request, _("Please sign in again, with the code from your authenticator app."))
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        if view_name != SET_UP_VIEW and two_factor.required_for(user):
            return redirect(SET_UP_VIEW)
        return None
