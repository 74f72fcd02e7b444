import pytest


@pytest.fixture(autouse=True)
def stored_pages(settings):
    """The suite renders every request; here the server-side copies are kept, as in production."""
    settings.PAGE_CACHE_SECONDS = 60
