"""Edition delivery settings with their defaults; any of them can be set in the Django settings."""

import os

from django.conf import settings

DEFAULTS = {
    # Messages per SMTP connection; a worker claims and sends them one by one.
    "EDITIONS_BATCH_SIZE": 200,
    # At most this many messages per second per worker (0: as fast as the relay answers).
    "EDITIONS_MESSAGES_PER_SECOND": 0,
    # Delivery tasks queued per edition: that many workers may share one send.
    "EDITIONS_PARALLEL_TASKS": 2,
    # A temporary SMTP failure (4xx) is retried after 1, 2, 4 ... times this many seconds.
    "EDITIONS_RETRY_SECONDS": 60,
    "EDITIONS_MAX_ATTEMPTS": 5,
    # A message claimed longer ago than this belongs to a worker that died; it is queued again.
    "EDITIONS_CLAIM_TIMEOUT": 10 * 60,
    # The periodic job queues new delivery tasks for an unfinished edition at most this often.
    "EDITIONS_KICK_SECONDS": 60,
    # The List-Id of every edition, e.g. "newsletter.news.example.org"; empty: from the base URL's host.
    "EDITIONS_LIST_ID": "",
    # The relay signs its bounce reports to /newsletter/editions/relay-reports/ with this; empty: off.
    "EDITIONS_RELAY_SECRET": os.environ.get("EDITIONS_RELAY_SECRET", ""),
}


def get(name):
    return getattr(settings, name, DEFAULTS[name])
