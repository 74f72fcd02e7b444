"""Back up a site, lose things, restore: the article and its picture come back, byte for byte.

The site runs with the production settings in other processes, on a database of its own: in the SQLite
pass a file copied from the suite's migrated database, in the PostgreSQL pass a database created on the
shared server from the suite's migrated one as a template (or migrated, should the template be busy)
and dropped afterwards. Either way nothing waits for a full migration.
"""

import hashlib
import json
import sqlite3
import uuid
from contextlib import closing
from urllib.parse import quote

import psycopg
import pytest
from django.db import connection

from tests.backups.helpers import require_pg_programs
from tests.servers import Site

SEED_BACK_UP_AND_LOSE = """
import hashlib, json
from django.core.management import call_command
from articles.models import ArticlePage
from tests import factories

home = factories.make_home()
section = factories.make_section(home, "Analysis")
author = factories.make_author("Rashad Aliyev", slug="rashad-aliyev")
article = factories.make_article(section, title="Ports of the Caspian", authors=[author], hero=True)
picture = article.hero_image
with picture.file.open("rb") as original:
    digest = hashlib.sha256(original.read()).hexdigest()
kept = {"article": article.pk, "picture": picture.file.name, "sha256": digest}

call_command("backup", output="%(archive)s", verbosity=0)

ArticlePage.objects.get(pk=article.pk).delete()
picture.delete()
factories.make_article(section, title="Written after the backup")
print(json.dumps(kept))
"""

CHECK = """
import json
from wagtail.images import get_image_model
from articles.models import ArticlePage

article = ArticlePage.objects.filter(pk=%(article)d).first()
print(json.dumps({
    "titles": sorted(ArticlePage.objects.values_list("title", flat=True)),
    "live": bool(article and article.live),
    "byline": [a.author.name for a in article.article_authors.all()] if article else [],
    "picture": article.hero_image.file.name if article and article.hero_image else None,
    "pictures": get_image_model().objects.count(),
}))
"""


def round_trip(site):
    archive = site.folder / "backups" / "site.tar.gz"
    archive.parent.mkdir(parents=True)
    kept = json.loads(site.shell(SEED_BACK_UP_AND_LOSE % {"archive": archive}))
    picture = site.folder / "media" / kept["picture"]
    assert not picture.exists(), "deleting the image deleted its file"
    stray = site.folder / "media" / "uploaded-after.txt"
    stray.write_text("not in the backup")

    out = site.manage("restore", str(archive), "--yes")
    assert "Restored" in out and "1 media files" in out and "Cleared the cache." in out

    after = json.loads(site.shell(CHECK % kept))
    assert after == {
        "titles": ["Ports of the Caspian"],
        "live": True,
        "byline": ["Rashad Aliyev"],
        "picture": kept["picture"],
        "pictures": 1,
    }
    assert hashlib.sha256(picture.read_bytes()).hexdigest() == kept["sha256"]
    assert not stray.exists()
    assert sorted(path.name for path in (site.folder / "media").iterdir()) == ["original_images"]


@pytest.fixture(scope="module")
def sqlite_site(sqlite_pass_only, tmp_path_factory, django_db_setup, django_db_blocker):
    site = Site(tmp_path_factory.mktemp("sqlite") / "site")
    site.folder.mkdir()
    with django_db_blocker.unblock():  # before any test's transaction: SQLite copies only between writes
        connection.ensure_connection()
        with closing(sqlite3.connect(site.folder / "site.sqlite3")) as copy:
            connection.connection.backup(copy)
    return site


@pytest.mark.django_db  # the suite's database is set up, to be copied
def test_sqlite_round_trip(sqlite_site):
    round_trip(sqlite_site)


def server_url(settings_dict, name):
    user = quote(settings_dict["USER"] or "")
    password = f":{quote(settings_dict['PASSWORD'])}" if settings_dict["PASSWORD"] else ""
    where = f"{settings_dict['HOST'] or '127.0.0.1'}:{settings_dict['PORT'] or 5432}"
    return f"postgres://{user}{password}@{where}/{name}"


@pytest.fixture(scope="module")
def postgres_site(tmp_path_factory, django_db_setup, django_db_blocker):
    if connection.vendor != "postgresql":
        pytest.skip("runs in the PostgreSQL pass (DATABASE_URL=postgres://...), on the suite's server")
    require_pg_programs()
    settings_dict = connection.settings_dict
    name = f"backup_round_trip_{uuid.uuid4().hex[:12]}"
    server = psycopg.connect(server_url(settings_dict, "postgres"), autocommit=True)
    site = Site(
        tmp_path_factory.mktemp("postgres") / "site", env={"DATABASE_URL": server_url(settings_dict, name)}
    )
    site.folder.mkdir()
    try:
        with django_db_blocker.unblock():
            connection.close()  # a template database must have no other session
            # Nor may sessions this test process left open elsewhere (e.g. a thread's); nothing else
            # uses this worker's test database between two of its tests.
            others = "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()"
            server.execute(f"SELECT pg_terminate_backend(pid) FROM ({others}) AS o", [settings_dict["NAME"]])
            try:
                server.execute(f'CREATE DATABASE "{name}" TEMPLATE "{settings_dict["NAME"]}"')
            except psycopg.errors.ObjectInUse:
                server.execute(f'CREATE DATABASE "{name}"')
                site.manage("migrate", "--noinput", "-v", "0")
        yield site
    finally:
        server.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.close()


@pytest.mark.django_db  # the suite's database is set up, to serve as the template
def test_postgresql_round_trip(postgres_site):
    round_trip(postgres_site)
