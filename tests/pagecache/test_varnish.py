"""A real Varnish in front of the site (Debian's package, the shipped deploy/varnish.vcl): it holds
anonymous pages, passes editors through, and a publish purges the page and its listings at once.
"""

import os
import shutil

import pytest

from tests.pagecache import live
from tests.servers import Site, Varnish


@pytest.fixture
def proxied(tmp_path, sqlite_pass_only):
    if not (shutil.which("varnishd") or os.path.exists("/usr/sbin/varnishd")):
        if os.environ.get("CI") == "true":
            pytest.fail("varnishd is missing; .ci/run installs Debian's varnish package")
        pytest.skip("needs Debian's varnish package (apt-get install varnish)")
    site = Site(tmp_path / "site", workers=2)
    varnish = Varnish(tmp_path / "varnish", site.port)
    site.env["FRONTEND_CACHE_URL"] = f"http://127.0.0.1:{varnish.port}"
    pages = live.seed(site)
    site.start()
    varnish.start()
    yield site, varnish, pages
    varnish.stop()
    site.stop()


def test_varnish_holds_pages_and_a_publish_purges_them_at_once(proxied):
    site, varnish, pages = proxied
    pk, url = pages["edited"]
    for path in (url, "/", "/opinion/", "/tags/ports/"):
        assert varnish.get(path)[1]["x-proxy-cache"] == "MISS"
        status, headers, body = varnish.get(path, headers={"Cookie": "_ga=GA1.2.3"})
        assert status == 200 and headers["x-proxy-cache"] == "HIT" and "Ferries at dawn" in body
    assert varnish.get(url + "?utm_source=mastodon")[1]["x-proxy-cache"] == "HIT"

    # An editor's session goes past the proxy (and is not stored there).
    editor = varnish.get(url, headers={"Cookie": "sessionid=not-a-real-session"})
    assert editor[1]["x-proxy-cache"] == "MISS" and "private" in editor[1]["cache-control"]

    since = live.change(site, live.RENAME, pk)
    for path in (url, "/", "/opinion/", "/tags/ports/"):
        status, headers, body = varnish.get(path)
        assert headers["x-proxy-cache"] == "MISS", path  # purged by the publish, not expired
        assert "Ferries at dusk" in body, path
    elapsed = live.seconds_until(lambda: True, since)
    print(f"\nVarnish: page and listings fresh {elapsed:.2f}s after the publish")

    assert varnish.get("/search/?q=ferries")[1]["x-proxy-cache"] == "MISS"
    assert varnish.get("/search/?q=ferries")[1]["x-proxy-cache"] == "MISS"  # private: never held
