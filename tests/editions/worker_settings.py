"""The production settings with short delivery timers, for the killed-worker test's processes."""

from config.settings.production import *  # noqa: F403

EDITIONS_CLAIM_TIMEOUT = 2  # the killed worker's message is queued again after 2 s, not 10 min
EDITIONS_KICK_SECONDS = 1
EDITIONS_BATCH_SIZE = 25
