"""Where the demo may be loaded: the development settings on a local SQLite file, or the test runner.

The demo brings a superuser with a published password (under the settings that enable it) and sample
articles, so loading it anywhere else is refused unless `ALLOW_DEMO_ON` names that very database, e.g.
`ALLOW_DEMO_ON=postgresql://staging-db:5432/review` (the label the refusal prints; no password in it).

`make run` calls this module before it migrates anything (`python -m demo.guard`, which reads only the
environment, as manage.py would), and `load_demo` asks the same question of the settings in use.
"""

import os
import sys
from pathlib import Path

import dj_database_url

OVERRIDE = "ALLOW_DEMO_ON"
DEV_SETTINGS = "config.settings.dev"
# The settings modules the demo loads under, and whether they need a local SQLite file. The test
# settings only ever reach databases the test runner creates and drops.
DEMO_SETTINGS = {DEV_SETTINGS: True, "config.settings.test": False}
SQLITE = "django.db.backends.sqlite3"


def database_label(database):
    """engine://host:port/name of a Django DATABASES entry, without user or password."""
    engine = database.get("ENGINE", "").rsplit(".", 1)[-1]
    if engine == "sqlite3":
        return f"sqlite:///{database.get('NAME', '')}"
    port = f":{database['PORT']}" if database.get("PORT") else ""
    return f"{engine}://{database.get('HOST') or 'localhost'}{port}/{database.get('NAME', '')}"


def is_local_sqlite(database):
    """A SQLite file on this machine (or in memory), not on a network share."""
    return database.get("ENGINE") == SQLITE and not str(database.get("NAME", "")).startswith(("//", "\\\\"))


def refusal(settings_module, database, allowed=""):
    """Why the demo must not be loaded here, or None when it may."""
    label = database_label(database)
    if allowed and allowed.strip() == label:
        return None
    problems = []
    if settings_module not in DEMO_SETTINGS:
        problems.append(f"DJANGO_SETTINGS_MODULE is {settings_module}, not {DEV_SETTINGS}")
    if DEMO_SETTINGS.get(settings_module, True) and not is_local_sqlite(database):
        problems.append(f"the database is {label}, not a local SQLite file")
    if not problems:
        return None
    return (
        "Refusing to load the demo publication (sample articles and, under the development settings, "
        f"the admin / changeme login): {'; and '.join(problems)}. Nothing was changed. To load it into "
        f"that database anyway, set {OVERRIDE}={label}"
    )


def environment_database(environ):
    """The database manage.py would use, from the environment alone (as config/settings/base.py)."""
    default = f"sqlite:///{Path(__file__).resolve().parent.parent / 'db.sqlite3'}"
    return dj_database_url.parse(environ.get("DATABASE_URL") or default)


def main(environ=os.environ):
    settings_module = environ.get("DJANGO_SETTINGS_MODULE") or DEV_SETTINGS
    problem = refusal(settings_module, environment_database(environ), environ.get(OVERRIDE, ""))
    if problem:
        print(problem, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
