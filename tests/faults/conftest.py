import pytest


@pytest.fixture
def sqlite_pass_only(settings):
    """These tests run their own servers whatever the suite's database, so they run in one pass only."""
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("runs in the SQLite pass: the site under test has servers of its own")
