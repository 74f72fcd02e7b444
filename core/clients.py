"""Who is asking, without knowing who they are: a keyed hash of the client's address.

The beacon's repeat-view check, the newsletter's rate limits and the search-terms log's limits need to
tell clients apart. All use this one helper, so all see the real client behind a reverse proxy, and none
stores an address: the hash is keyed with SECRET_KEY and lives only as a short-lived cache key.
"""

import re

from django.conf import settings
from django.utils.crypto import salted_hmac

# User agents that say they are a program rather than a reader (crawlers, monitors, headless browsers,
# HTTP libraries): the view beacon does not count them and the search-terms log does not log them.
BOT_USER_AGENT = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|fetcher|scanner|monitor|checker|preview|headless|phantomjs|"
    r"lighthouse|pingdom|uptime|curl|wget|httpie|python-requests|python-urllib|aiohttp|httpx|go-http-client|"
    r"java/|okhttp|libwww|scrapy|facebookexternalhit|embedly|whatsapp|validator",
    re.IGNORECASE,
)


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


def is_bot(user_agent):
    """A missing user agent, or one that declares a program."""
    return not user_agent or bool(BOT_USER_AGENT.search(user_agent))
