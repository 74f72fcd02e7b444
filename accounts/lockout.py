"""How django-axes stops password guessing at /admin/login/ (settings in config/settings/base.py).

Failures are counted per account and per client address (core.clients, which honours
TRUSTED_PROXIES), in the database: sign-in needs the database anyway, so the limits work exactly when
sign-in can, even with Redis down.
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt

from .pauses import paused


class AttemptHandler(AxesDatabaseHandler):
    """Axes' database handler, but a successful sign-in forgives only its own earlier failures.

    Axes' own reset deletes every failure for the account and every failure from the address. Then an
    editor could clear their address's count by signing in to their own account between guesses at a
    colleague's, and a guessed account would be forgiven failures made from elsewhere. Forgiving only
    the failures by this account from this address keeps both counts honest.
    """

    def reset_user_attempts(self, request, credentials=None):
        own = AccessAttempt.objects.filter(
            username=get_client_username(request, credentials), ip_address=request.axes_ip_address
        )
        count, _ = own.delete()
        return count


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the friendly "sign-in paused" page instead of axes' plain text.

    Every attempt during a lockout renews it (axes' AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT), so
    "one cool-off from now" is when sign-in opens again at the latest.
    """
    return paused(request, "sign-in", get_cool_off(request).total_seconds())
