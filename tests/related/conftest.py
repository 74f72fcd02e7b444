import pytest


@pytest.fixture(autouse=True)
def rank_every_publish(ranked_publishing):
    """Every test here is about related posts: factory articles are ranked when published."""
