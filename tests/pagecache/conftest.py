import pytest


@pytest.fixture(autouse=True)
def stored_pages(settings):
    """The suite renders every request; here the server-side copies are kept, as in production."""
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def sqlite_pass_only(settings):
    """The multi-process tests run the site on a SQLite file of their own whatever the suite's database,
    so the PostgreSQL pass of .ci/run would only repeat them."""
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("runs in the SQLite pass: the site under test has its own SQLite database")
