import pytest
from django.core.cache import cache

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


@pytest.fixture
def fresh_cache():
    """An empty cache: rate-limit counters and cached fragments from earlier tests are gone."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def post_committed(client, django_capture_on_commit_callbacks):
    """client.post that also runs what the view queued for after commit (such as an email task)."""

    def post(path, data=None, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(path, data or {}, **extra)

    return post
