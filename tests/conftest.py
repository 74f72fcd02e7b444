import pytest

from tests import factories


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
