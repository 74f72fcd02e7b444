import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.utils import translation

from tests import factories


@pytest.fixture(autouse=True)
def wagtail_roots(request):
    """Every database test starts with Wagtail's root rows, even after a transactional test's flush."""
    marker = request.node.get_closest_marker("django_db")
    if "transactional_db" in request.fixturenames or (marker and marker.kwargs.get("transaction")):
        request.getfixturevalue("transactional_db")
    elif "db" in request.fixturenames or marker:
        request.getfixturevalue("db")
    else:
        return
    factories.ensure_wagtail_roots()


@pytest.fixture
def home(db):
    return factories.make_home()


@pytest.fixture
def section(home):
    return factories.make_section(home, "Opinion")


@pytest.fixture
def author(db):
    return factories.make_author("Leyla Hasanova", role="Columnist")


@pytest.fixture
def board(db):
    return factories.make_author("Editorial Board", kind="organisation")


@pytest.fixture(autouse=True)
def fresh_cache():
    """Every test starts with an empty cache: no rate-limit counter, address cooldown or cached
    fragment of an earlier test in the same worker decides what this one sees."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the site's default language: a request to /ru/ leaves Russian active in
    its thread, which would otherwise decide what a later test renders outside a request."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def post_committed(client, django_capture_on_commit_callbacks):
    """client.post that also runs what the view queued for after commit (such as an email task)."""

    def post(path, data=None, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(path, data or {}, **extra)

    return post


@pytest.fixture(scope="module")
def demo_archive(django_db_setup, django_db_blocker):
    """The demo publication, loaded once for a whole test module and rolled back after it.

    Each test still runs in its own savepoint inside this transaction (request `db` as usual), so what
    one test changes is gone for the next, and the demo costs one load per module instead of per test.
    Once loaded it is there for the rest of the module: use it in modules whose tests all want it.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        factories.ensure_wagtail_roots()
        call_command("load_demo", verbosity=0)
        cache.clear()
        yield
        transaction.set_rollback(True)
        cache.clear()


@pytest.fixture
def ranked_publishing(monkeypatch):
    """Articles made by the factories are ranked for related posts when published, as in the admin."""
    monkeypatch.setattr(factories, "RANK_ON_PUBLISH", True)


@pytest.fixture(scope="module")
def sqlite_pass_only():
    """Tests that run a site, a script or servers with databases of their own whatever the suite's
    database: the PostgreSQL pass of .ci/run would only repeat them. Module-scoped, so that module
    fixtures setting up such a site can skip before they start it."""
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("runs in the SQLite pass: what it tests has a database of its own")
