"""Redis stops under the site during traffic, then comes back: every page still renders, every view
the beacon accepted is counted, and nothing floods the log.
"""

import pytest

from tests.faults.services import RedisServer, wait_for
from tests.faults.traffic import beacon
from tests.pagecache import live
from tests.servers import Site

pytestmark = pytest.mark.chaos
TOTAL_VIEWS = """
from django.db.models import Sum
from popularity.models import ArticleDailyViews
print(ArticleDailyViews.objects.aggregate(total=Sum("views"))["total"] or 0)
"""


@pytest.fixture
def cache_site(tmp_path, sqlite_pass_only):
    redis = RedisServer(tmp_path / "redis").start()
    site = Site(tmp_path / "site", workers=2, env={"REDIS_URL": redis.url})
    try:
        pages = live.seed(site)
        site.start()
        yield redis, site, pages
    finally:
        site.stop()
        redis.stop()


def readers(site, pages, rounds):
    """`rounds` of a reader's visit: four pages, and a view of each article; returns views accepted."""
    accepted = 0
    for _ in range(rounds):
        for path in (*live.LISTINGS[:2], pages["edited"][1], pages["dropped"][1]):
            status, _, body = site.get(path)
            assert status == 200 and "Ferries at dawn" in body, (path, status)
        for key in ("edited", "dropped", "hidden"):
            status = beacon(site.port, pages[key][0])
            assert status == 204, status
            accepted += 1
    return accepted


def test_pages_and_counted_views_survive_a_redis_restart(cache_site):
    redis, site, pages = cache_site
    accepted = readers(site, pages, rounds=10)

    redis.stop()
    accepted += readers(site, pages, rounds=10)

    redis.start()
    wait_for(lambda: site.get("/")[1].get("x-cache") == "HIT", 10, "the page cache coming back")
    accepted += readers(site, pages, rounds=10)

    site.manage("flush_views")  # what waits in Redis (the worker does this every 10 s)
    site.stop()  # each worker writes what it counted itself while Redis was away
    assert int(site.shell(TOTAL_VIEWS)) == accepted == 90
    log = site.process.stderr.read().decode()
    assert "Traceback" not in log
    # A line per worker process and kind (the cache, the view counter), not one per request.
    assert 1 <= log.count("cache unreachable") + log.count("cache unavailable") <= 4, log
