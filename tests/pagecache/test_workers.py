"""Two gunicorn workers, no Redis: stored pages live in the shared file cache, and every change an
editor makes reaches every worker's readers within the bound (5 s for the article and its listings).
"""

import pytest

from tests.pagecache import live
from tests.servers import Site

BOUND_SECONDS = 5


@pytest.fixture
def site(tmp_path, sqlite_pass_only):
    site = Site(tmp_path / "site", workers=2)
    pages = live.seed(site)
    site.start()
    yield site, pages
    site.stop()


def everywhere(site, paths, predicate, rounds=4):
    """The predicate holds for every path on several fresh connections (so on both workers)."""
    return all(predicate(*site.get(path)) for path in paths for _ in range(rounds))


def test_changes_reach_every_worker_within_the_bound(site):
    site, pages = site
    (edited_pk, edited_url), (dropped_pk, dropped_url), (hidden_pk, hidden_url) = (
        pages["edited"],
        pages["dropped"],
        pages["hidden"],
    )
    watched = (*live.LISTINGS, edited_url, dropped_url)
    for path in watched:
        for _ in range(4):
            status, headers, _ = site.get(path)
            assert status == 200 and "set-cookie" not in headers and "cookie" not in headers.get("vary", "")
    assert everywhere(site, watched, lambda status, headers, body: headers.get("x-cache") == "HIT")

    since = live.change(site, live.RENAME, edited_pk)
    renamed = live.seconds_until(
        lambda: everywhere(site, (*live.LISTINGS, edited_url), lambda s, h, body: "Ferries at dusk" in body),
        since,
    )
    since = live.change(site, live.UNPUBLISH, dropped_pk)
    dropped = live.seconds_until(
        lambda: (
            site.get(dropped_url)[0] == 404
            and everywhere(site, (*live.LISTINGS, edited_url), lambda s, h, body: "Caviar quotas" not in body)
        ),
        since,
    )
    since = live.change(site, live.PRIVATISE, hidden_pk)
    hidden = live.seconds_until(
        lambda: (
            'type="password"' in site.get(hidden_url)[2]
            and everywhere(site, (*live.LISTINGS, edited_url), lambda s, h, body: "Board minutes" not in body)
        ),
        since,
    )
    print(
        f"\nbounds with 2 workers, file cache: edit {renamed:.2f}s, unpublish {dropped:.2f}s, "
        f"private {hidden:.2f}s"
    )
    assert max(renamed, dropped, hidden) < BOUND_SECONDS
