"""Which searches reach the search-terms log (*Reports > Search terms* and the week's popular searches).

Every fresh search used to add a row, so one scan of the search box added hundreds of junk terms. Now a
search is logged only when:

- the client does not declare itself a program (core.clients.is_bot: crawlers, HTTP libraries, no user
  agent at all) and the term looks typed by a person: at most `SEARCH_LOG_MAX_LENGTH` characters and at
  least one letter (scanners send long strings, numbers and punctuation);
- this client has not logged the same term within `SEARCH_LOG_REPEAT_SECONDS`: a term counts once per
  reader and window, however often they reload;
- this client has logged fewer than `SEARCH_LOG_TERMS_PER_HOUR` distinct terms this hour.

Searching itself is never limited; only the log is. Clients are a keyed hash of the address
(core.clients), rotated daily and kept only as cache keys. While Redis is unreachable the cache fails
soft (core.cache_backends), so the repeat check and the hourly cap do not hold until it is back.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from wagtail.search.utils import normalise_query_string

from core.attempts import count_attempt
from core.clients import client_key, is_bot

logger = logging.getLogger(__name__)

DEFAULTS = {
    "SEARCH_LOG_MAX_LENGTH": 100,
    "SEARCH_LOG_REPEAT_SECONDS": 60 * 60,
    "SEARCH_LOG_TERMS_PER_HOUR": 20,
}


def setting(name):
    return getattr(settings, name, DEFAULTS[name])


def looks_typed(text):
    return len(text) <= setting("SEARCH_LOG_MAX_LENGTH") and any(char.isalpha() for char in text)


def admit(request, search_request):
    """Whether this search is logged; counts it against the client's limits when it is."""
    text = normalise_query_string(search_request.query.text)
    if not (search_request.query.searchable and search_request.is_fresh and text and looks_typed(text)):
        return False
    if is_bot(request.META.get("HTTP_USER_AGENT", "")):
        return False
    client = client_key(request, "search-log", day=timezone.localdate())
    term = hashlib.sha256(text.encode()).hexdigest()[:24]
    try:
        if not cache.add(f"search-log:seen:{client}:{term}", 1, timeout=setting("SEARCH_LOG_REPEAT_SECONDS")):
            return False
        limit = setting("SEARCH_LOG_TERMS_PER_HOUR")
        return count_attempt("search-log", client, limit=limit, window=60 * 60).allowed
    except Exception:
        logger.exception("search term not logged: cache unavailable")
        return False
