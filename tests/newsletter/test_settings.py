"""Production reads the newsletter's deployment switches from the environment."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRINT_NEWSLETTER_SETTINGS = (
    "import django, json; from django.conf import settings; django.setup();"
    "from django.tasks import task_backends;"
    "print(json.dumps({'proxies': settings.TRUSTED_PROXIES,"
    "'tasks': type(task_backends['default']).__name__}))"
)


def newsletter_settings(**env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"TASKS_BACKEND", "TRUSTED_PROXIES", "NEWSLETTER_TRUSTED_PROXIES"}
    }
    clean.update(DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY="x" * 50, **env)
    result = subprocess.run(
        [sys.executable, "-c", PRINT_NEWSLETTER_SETTINGS], cwd=ROOT, env=clean, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_by_default_tasks_go_to_the_database_queue_and_no_proxy_is_trusted():
    assert newsletter_settings() == {"proxies": 0, "tasks": "DatabaseBackend"}


def test_a_worker_backend_and_the_proxy_count_come_from_the_environment():
    values = newsletter_settings(
        TASKS_BACKEND="django.tasks.backends.dummy.DummyBackend", TRUSTED_PROXIES="2"
    )
    assert values == {"proxies": 2, "tasks": "DummyBackend"}


def test_the_proxy_count_under_its_former_name_still_counts():
    assert newsletter_settings(NEWSLETTER_TRUSTED_PROXIES="1")["proxies"] == 1
    assert newsletter_settings(NEWSLETTER_TRUSTED_PROXIES="1", TRUSTED_PROXIES="3")["proxies"] == 3
