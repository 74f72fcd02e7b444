"""Who is asking, without knowing who they are: a keyed hash of the client's address.

The beacon's repeat-view check and the newsletter's rate limits both need to tell clients apart. Both
use this one helper, so both see the real client behind a reverse proxy, and neither stores an address:
the hash is keyed with SECRET_KEY and lives only as a short-lived cache key.
"""

from django.conf import settings
from django.utils.crypto import salted_hmac


def client_address(request):
    """REMOTE_ADDR, or the entry the nearest trusted proxy added to X-Forwarded-For.

    `TRUSTED_PROXIES` is the number of reverse proxies in front of Django that append to the header;
    entries further left were written by the client and are not trusted.
    """
    proxies = getattr(settings, "TRUSTED_PROXIES", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_key(request, purpose, extra="", day=None):
    """A short keyed hash of the client's address (and `extra`), different for every `purpose`.

    With `day`, the key rotates daily, so keys of different days cannot be linked.
    """
    salt = f"client.{purpose}" + (f".{day.isoformat()}" if day else "")
    return salted_hmac(salt, f"{client_address(request)}|{extra}", algorithm="sha256").hexdigest()[:32]
