"""With Redis unreachable, readers still get every page, and the log gets one line, not one a request."""

import logging

import pytest
from django.core.cache import cache
from django.test import override_settings

from tests import factories
from tests.servers import DEAD_REDIS


def test_an_unreachable_redis_behaves_like_an_empty_cache():
    with override_settings(CACHES=DEAD_REDIS):
        cache.set("key", "value")
        assert cache.get("key") is None and cache.get("key", "default") == "default"
        assert cache.add("key", 1) is True  # limits and repeat checks are skipped, not failed
        assert cache.incr("counter") == 1
        assert cache.get_many(["a", "b"]) == {}
        cache.delete("key")


@pytest.mark.django_db
def test_every_page_renders_without_the_cache(client, section, author, caplog):
    article = factories.make_article(section, title="Grain through Baku", authors=[author], tags=["ports"])
    caplog.set_level(logging.WARNING, logger="core.cache_backends")
    with override_settings(CACHES=DEAD_REDIS):
        paths = ("/", "/opinion/", article.url, "/tags/ports/", f"/authors/{author.slug}/", "/search/?q=baku")
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, path
            assert "Grain through Baku" in response.content.decode(), path
    assert sum("cache unreachable" in record.getMessage() for record in caplog.records) == 1
