"""Settings shared by every environment; dev, test and production build on these."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from config.search import search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    # The publication's apps, bottom layer first (core <- articles <- the rest; nothing imports demo).
    "core",
    "accounts",
    "edge",
    "articles",
    "home",
    "related",
    "popularity",
    "ads",
    "search",
    "newsletter",
    "editions",
    "pagecache",
    "syndication",
    "operations",
    "imports",
    "backups",
    "demo",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.sitemaps",
    "wagtail_modeladmin",
    "wagtail_localize",
    "wagtail_localize.locales",  # in place of wagtail.locales
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Before anything reads a request body: refuses one larger than its path's cap (edge/body_limits.py).
    "edge.body_limits.RequestBodyLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, authentication and CSRF: a stored page for an anonymous reader skips them all.
    "pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.csp.SiteContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a sign-in refused for too many failures into the "sign-in paused" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# The site's data lives in DATA_DIR (default: the checkout): the SQLite database (SQLITE_PATH names another
# file), uploaded media (MEDIA_ROOT) and backup archives (BACKUP_DIR). `make clean` deletes none of it.
DATA_DIR = Path(os.environ.get("DATA_DIR", BASE_DIR))
SQLITE_PATH = Path(os.environ.get("SQLITE_PATH", DATA_DIR / "db.sqlite3"))
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", DATA_DIR / "var" / "backups"))
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{SQLITE_PATH}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL: readers (a preview) never wait for a writer (an autosave), nor block one. IMMEDIATE: a transaction
    # takes the write lock when it begins, waiting up to `timeout` seconds for it, instead of failing with
    # "database is locked" when it reads and then tries to write while another connection writes.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        **DATABASES["default"].get("OPTIONS", {}),
    }
IS_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if IS_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English at the root, further content languages ready for translation.
LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("en", "English"),
    ("az", "Azerbaijani"),
    ("ru", "Russian"),
]
# The page chrome's translations (locale/<language>/LC_MESSAGES/django.po; compiled at install).
LOCALE_PATHS = [BASE_DIR / "locale"]
# Translations are made in wagtail-localize's editor; machine translation stays off (no such setting:
# WAGTAIL_LOCALIZE_MACHINE_TRANSLATOR is left undefined on purpose).
# A new translation of a page starts as a draft, even when its original is live: it goes live when the
# editor publishes it from the translation editor, not as an English copy the moment it is requested.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", DATA_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# What a request may bring (README, "Request and upload limits"). Documents up to 40 MiB; images up to
# 20 MiB and 64 megapixels, the frame of a 45-61 MP camera (Wagtail's default, 128 MP, let an 11,000 x
# 11,000 image through: 2.3 s and 367 MB), counted from the file's header (edge/image_uploads.py).
WAGTAILDOCS_MAX_UPLOAD_SIZE = 40 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "edge.image_uploads.ImageForm"
# Body caps per path prefix, the longest matching prefix deciding (edge/body_limits.py); deploy/nginx.conf
# has the same caps. Readers' forms send a few hundred bytes; the admin takes the largest upload.
REQUEST_BODY_LIMITS = {
    "/": 64 * 1024,
    "/newsletter/": 8 * 1024,
    "/_/views/": 2 * 1024,
    "/admin/": WAGTAILDOCS_MAX_UPLOAD_SIZE + 1024 * 1024,
}
# Form fields (not files) read into memory: the demo's longest article body is 5 KB of JSON and a
# 10,000-word long read about 70 KB, so an editor's page form fits many times over (Django: 2.5 MB).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# An uploaded file larger than this is written to a temporary file instead of a worker's memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# Browser features no page of the site (nor its video embeds) uses, denied to it and to its frames.
# browsing-topics is the successor of FLoC's interest-cohort, which no browser knows any more (Chromium
# logs an error for an unknown feature, so it is not listed).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "hid",
        "idle-detection",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
    )
}
# Reverse proxies in front of Django that append to X-Forwarded-For (0: trust REMOTE_ADDR); see
# core.clients. Production reads it from the environment.
TRUSTED_PROXIES = 0

# Cache: Redis when REDIS_URL is set, otherwise local memory. While Redis is unreachable the site works
# as if the cache were empty (core.cache_backends.ResilientRedisCache); short timeouts keep a Redis that
# hangs from holding requests.
REDIS_URL = os.environ.get("REDIS_URL", "")
REDIS_TIMEOUTS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "publication"),
            "OPTIONS": REDIS_TIMEOUTS,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Wagtail writes every image rendition it serves to the "renditions" cache, on every render. Their keys
# include the image's file hash and focal point, so a copy per process is safe, and costs a dict write
# instead of a network round trip, a file or a pickle per image (core/cache_backends.py).
CACHES["renditions"] = {
    "BACKEND": "core.cache_backends.ObjectMemoryCache",
    "LOCATION": "renditions",
    "TIMEOUT": 60 * 60,
    "OPTIONS": {"MAX_ENTRIES": 10_000},
}

# Background tasks (Django's task framework); emails and other slow work go through it. Development and
# tests run them inline; production queues them in the database for `manage.py run_worker`.
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}

# Content Security Policy: first-party only, no third-party scripts, fonts or trackers.
SECURE_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "frame-src": ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
    "base-uri": ["'self'"],
}
ADMIN_PATH_PREFIX = "/admin/"
# Pages restricted to signed-in users send readers to the admin's sign-in, the one that asks for the
# two-factor code; Wagtail's own front-end form takes a password only.
WAGTAIL_FRONTEND_LOGIN_URL = "/admin/login/"
SECURE_CSP_ADMIN = {
    **SECURE_CSP,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-src": ["'self'", *SECURE_CSP["frame-src"]],
}

# Sitemaps and robots.txt (syndication): the scheme and host their links use, such as
# https://news.example.org; empty, they use the host each request came to.
CANONICAL_BASE_URL = os.environ.get("CANONICAL_BASE_URL", "").rstrip("/")

# Wagtail
WAGTAIL_SITE_NAME = "The Caspian Review"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Site search: the database (SQLite FTS5 / PostgreSQL) by default;
# OpenSearch or Elasticsearch when SEARCH_URL is set.
WAGTAILSEARCH_BACKENDS = search_backends(os.environ.get("SEARCH_URL", ""))
SEARCH_RESULTS_PER_PAGE = 10
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Responsive embeds use CSS (aspect-ratio), not inline styles that the CSP would block.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
# No calls to third parties from the admin: no Gravatar, no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
TAGGIT_CASE_INSENSITIVE = True

# Editors' sign-in (accounts): django-axes pauses sign-in after repeated failures, django-otp adds
# two-factor codes, and the password reset form is limited per client and per address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a paused sign-in before any password check
    "django.contrib.auth.backends.ModelBackend",
]
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.LoginForm"  # password, then the code if set up
AXES_HANDLER = "accounts.lockout.AttemptHandler"
# Counted per account and, separately, per client address: either reaching the limit pauses sign-in.
# The account count stops guessing one editor's password from many addresses (a botnet); the address
# count stops one address trying many accounts. Counting only the pair (username, address) would stop
# neither. The price: a stranger can pause an editor's sign-in for a cool-off, which is why the pause is
# short, ends by itself and tells the editor when; `manage.py axes_reset_username NAME` lifts it sooner.
AXES_LOCKOUT_PARAMETERS = [["username"], ["ip_address"]]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.clients.client_address"  # the address every other limit sees
AXES_LOCKOUT_CALLABLE = "accounts.lockout.locked_out"  # a friendly page, 429 with Retry-After
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token"]
WAGTAIL_2FA_REQUIRED = False
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME  # the name authenticator apps show

MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "newsletter@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"django.tasks": {"level": "WARNING"}},
}
