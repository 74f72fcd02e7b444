"""Local development: DEBUG on, SQLite by default, console email."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105 - dev settings only
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
DEMO_LOGIN_ENABLED = True
