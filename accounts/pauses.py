"""The page an editor sees when sign-in or password reset is paused: what happened and when to retry."""

import math
from datetime import timedelta

from django.shortcuts import render
from django.utils import timezone

REASONS = {"sign-in", "reset-client", "reset-address"}


def paused(request, reason, retry_after):
    """A 429 in the admin's sign-in style, with Retry-After, for one of REASONS."""
    assert reason in REASONS, reason
    retry_after = max(1, int(retry_after))
    context = {
        "reason": reason,
        "minutes": math.ceil(retry_after / 60),
        "retry_at": timezone.localtime() + timedelta(seconds=retry_after),
    }
    response = render(request, "accounts/paused.html", context, status=429)
    response["Retry-After"] = str(retry_after)
    return response
