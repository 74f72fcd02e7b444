"""`manage.py check --deploy` passes with the variables README.md documents ("What check --deploy wants"),
and HSTS stays off until a deployer turns it on."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTED = {
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "news.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://news.example.org",
    "EMAIL_HOST": "smtp.example.org",
    "SECURE_SSL_REDIRECT": "true",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
    "SECURE_HSTS_PRELOAD": "true",
}


def check_deploy(env):
    # Nor the browser tests' DJANGO_ALLOW_ASYNC_UNSAFE, which check --deploy rightly flags.
    unwanted = {*DOCUMENTED, "DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in unwanted}
    clean.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.Popen(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=clean,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_check_deploy_passes_with_the_documented_variables_and_wants_hsts_without_them():
    without_hsts = {k: v for k, v in DOCUMENTED.items() if not k.startswith("SECURE_HSTS")}
    clean_run, hstsless_run = check_deploy(DOCUMENTED), check_deploy(without_hsts)  # side by side
    out, err = clean_run.communicate(timeout=120)
    assert clean_run.returncode == 0, err
    assert out.strip() == "System check identified no issues (0 silenced)."
    _, err = hstsless_run.communicate(timeout=120)
    assert hstsless_run.returncode == 1
    assert "security.W004" in err and "SECURE_HSTS_SECONDS" in err
