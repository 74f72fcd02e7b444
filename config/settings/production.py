"""Production: everything secret or host-specific comes from the environment."""

import os
from datetime import timedelta

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production settings.")
ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1").split(",") if h.strip()
]
CSRF_TRUSTED_ORIGINS = [o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]
DEMO_LOGIN_ENABLED = False
# Uploaded images are best served by the front proxy; set SERVE_MEDIA=true to let Django do it.
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "false").lower() == "true"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The cache is shared by every worker: Redis with REDIS_URL, otherwise files on this host (CACHE_DIR), so
# that every worker sees the same stored pages, LATEST and Popular lists and forgets them together.
if not REDIS_URL:  # noqa: F405
    CACHES = {
        **CACHES,  # noqa: F405 - the per-process renditions cache
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),  # noqa: F405
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        },
    }

# Stored pages for anonymous readers (pagecache): seconds a copy lives, 0 to render every request.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "60"))

# A reverse proxy or CDN in front of the site, purged on publish (wagtail.contrib.frontend_cache):
# FRONTEND_CACHE_URL for Varnish (or any cache that takes PURGE), or Cloudflare, or CloudFront.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Proxies in front of gunicorn that append to X-Forwarded-For: the beacon's repeat check and the
# newsletter's limits then see the reader's address (core.clients). NEWSLETTER_TRUSTED_PROXIES is the
# name this setting had before, still read so that existing deployments keep their value.
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", os.environ.get("NEWSLETTER_TRUSTED_PROXIES", "0")))
# Tasks (email, search index updates) are queued in the database and run by `manage.py run_worker`, so
# no request waits on SMTP. TASKS_BACKEND names another backend (the immediate one for a one-process demo).
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}
# Sign-in pauses (django-axes) and two-factor sign-in; see "Editors' sign-in" in README.md.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=float(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
WAGTAIL_2FA_REQUIRED = os.environ.get("WAGTAIL_2FA_REQUIRED", "false").lower() == "true"
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "false").lower() == "true"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT
# HTTP Strict Transport Security: off until set, because browsers remember it for SECURE_HSTS_SECONDS
# (README, "What check --deploy wants").
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("SECURE_HSTS_INCLUDE_SUBDOMAINS", "false").lower() == "true"
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "false").lower() == "true"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

if os.environ.get("EMAIL_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ["EMAIL_HOST"],
                "port": int(os.environ.get("EMAIL_PORT", "587")),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": os.environ.get("EMAIL_USE_TLS", "true").lower() == "true",
                "timeout": 20,
            },
        }
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
