"""Test settings: fast hashing, in-memory email and cache, isolated media."""

import os
import tempfile

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105 - test settings only
ALLOWED_HOSTS = ["*"]
DEMO_LOGIN_ENABLED = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
CACHES = {**CACHES, "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}  # noqa: F405
MEDIA_ROOT = tempfile.mkdtemp(prefix="publication-test-media-")
WAGTAILADMIN_BASE_URL = "http://testserver"

# Parallel runs (several workers or several checkouts) each get their own test database.
if suffix := os.environ.get("TEST_DB_SUFFIX"):
    DATABASES["default"].setdefault("TEST", {})["NAME"] = f"test_publication_{suffix}"
SERVE_MEDIA = True
# Tests render every request (their query counts measure the real work); the page cache's own tests
# turn the stored copies back on (tests/pagecache/conftest.py).
PAGE_CACHE_SECONDS = 0
