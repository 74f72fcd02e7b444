"""Production settings read the environment and refuse to start without a secret."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_production(**env):
    code = (
        "import django, json; from django.conf import settings; django.setup();"
        "print(json.dumps({'debug': settings.DEBUG, 'hosts': settings.ALLOWED_HOSTS,"
        "'engine': settings.DATABASES['default']['ENGINE'], 'cache': settings.CACHES['default']['BACKEND'],"
        "'static': settings.STORAGES['staticfiles']['BACKEND'],"
        "'postgres': 'django.contrib.postgres' in settings.INSTALLED_APPS}))"
    )
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DATABASE_URL", "REDIS_URL"}}
    clean.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True)


def test_production_refuses_to_start_without_a_secret_key():
    result = load_production()
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_reads_the_environment():
    result = load_production(
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="news.example.org, www.news.example.org",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/test",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values == {
        "debug": False,
        "hosts": ["news.example.org", "www.news.example.org"],
        "engine": "django.db.backends.postgresql",
        "cache": "core.cache_backends.ResilientRedisCache",
        "static": "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "postgres": True,
    }


def test_data_dir_holds_the_database_media_and_backups_and_sqlite_path_names_another_file(tmp_path):
    code = (
        "import django, json; from django.conf import settings; django.setup();"
        "print(json.dumps([str(p) for p in (settings.DATABASES['default']['NAME'], settings.MEDIA_ROOT,"
        " settings.BACKUP_DIR)]))"
    )
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "MEDIA_ROOT", "BACKUP_DIR"}}
    clean.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="x" * 50,
        DATA_DIR=str(tmp_path / "data"),
        SQLITE_PATH=str(tmp_path / "elsewhere.sqlite3"),
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        str(tmp_path / "elsewhere.sqlite3"),
        str(tmp_path / "data" / "media"),
        str(tmp_path / "data" / "var" / "backups"),
    ]


def test_without_data_dir_the_database_stays_in_the_checkout(settings):
    if {"DATA_DIR", "SQLITE_PATH"} & set(os.environ):
        pytest.skip("DATA_DIR or SQLITE_PATH is set in this environment")
    assert settings.SQLITE_PATH == ROOT / "db.sqlite3"
