"""The shipped deploy/nginx.conf in front of the production site under gunicorn (2 sync workers): slow
clients wait in nginx, bodies over a path's cap never reach a worker, static and media files come from
disk, and no answer names the server software's version.
"""

import contextlib
import http.client
import json
import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest
from django.conf import settings

from tests.servers import ROOT, Nginx, Site

SEED = "from tests import factories; factories.make_home(); print('ok')"
DRIP = b"GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: a-very-slow-client\r\n\r\n"


@pytest.fixture(scope="module")
def stack(tmp_path_factory, sqlite_pass_only):
    if not os.path.exists(Nginx.BINARY):
        if os.environ.get("CI") == "true":
            pytest.fail("nginx is missing; .ci/run installs Debian's nginx package")
        pytest.skip("needs Debian's nginx package (apt-get install nginx)")
    folder = tmp_path_factory.mktemp("edge")
    site = Site(folder / "site", workers=2)
    site.prepare(SEED)
    site.start()
    nginx = Nginx(folder / "nginx", site)
    try:
        nginx.start()
        yield site, nginx
    finally:
        nginx.stop()
        site.stop()


class Drippers:
    """`count` connections that each send a request one byte a second and never finish it."""

    def __init__(self, port, count=6):
        self.sockets = [socket.create_connection(("127.0.0.1", port)) for _ in range(count)]
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.drip, daemon=True)

    def drip(self):
        for byte in DRIP[:-1]:  # never the last byte: the request stays unfinished
            for sock in self.sockets:
                with contextlib.suppress(OSError):  # the server may give up on a client; the rest drip on
                    sock.send(bytes([byte]))
            if self.stop.wait(1):
                return

    def __enter__(self):
        self.thread.start()
        time.sleep(0.5)  # every connection has been accepted and has started its request
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()
        for sock in self.sockets:
            sock.close()


def raw(port, request, timeout=5):
    """(status, headers with lower-case names, body) of one request written as bytes on a new connection.

    Reads the answer by its Content-Length, not to the end of the connection: after refusing a body,
    nginx keeps the connection open a while to discard what the client may still send.
    """
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        response = http.client.HTTPResponse(sock)
        response.begin()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()


def answers_within(server, seconds):
    """Seconds one page request took, or None if it had no answer within `seconds`."""
    started = time.monotonic()
    try:
        status, _, _ = server.get("/", timeout=seconds)
    except TimeoutError:
        return None
    assert status == 200
    return time.monotonic() - started


def test_dripping_clients_hold_gunicorn_but_not_nginx(stack):
    site, nginx = stack
    with Drippers(nginx.port):
        times = [answers_within(nginx, 2) for _ in range(5)]
    assert None not in times, times
    assert max(times) < 1, times
    # The same drip straight at gunicorn holds both workers: no answer at all.
    with Drippers(site.port):
        assert answers_within(site, 2) is None
    print(f"\nthrough nginx while 6 clients drip: slowest page {max(times) * 1000:.0f} ms")


def post_claiming(length, path="/newsletter/"):
    """A POST's header declaring `length` bytes of body; the body is never sent."""
    return (
        f"POST {path} HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n"
        f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {length}\r\n\r\n"
    ).encode()


def test_a_300_mb_post_is_refused_at_once_by_nginx_and_by_gunicorn(stack):
    site, nginx = stack
    started = time.monotonic()
    assert raw(nginx.port, post_claiming(300_000_000))[0] == 413
    status, headers, body = raw(site.port, post_claiming(300_000_000))
    assert status == 413 and b"<h1>Too much to send</h1>" in body
    assert time.monotonic() - started < 1
    assert raw(nginx.port, post_claiming(3 * 1024, "/_/views/"))[0] == 413


def test_answers_carry_the_permissions_policy_and_no_server_version(stack):
    site, nginx = stack
    _, direct, _ = site.get("/")
    assert "server" not in direct  # gunicorn's banner is dropped by deploy/gunicorn.conf.py
    _, proxied, _ = nginx.get("/")
    assert proxied["server"] == "nginx"  # server_tokens off: no version
    for headers in (direct, proxied):
        policy = headers["permissions-policy"]
        assert "camera=()" in policy and "geolocation=()" in policy and "browsing-topics=()" in policy
    # nginx's own error pages do not name a version either.
    status, headers, body = raw(nginx.port, post_claiming(300_000_000))
    assert headers["server"] == "nginx" and not re.search(rb"nginx/\d", body)


def test_static_and_media_files_come_from_disk_with_their_cache_lifetimes(stack):
    site, nginx = stack
    manifest = json.loads((Path(site.env["STATIC_ROOT"]) / "staticfiles.json").read_text())["paths"]
    hashed = manifest["css/site.css"]
    status, headers, body = nginx.get(f"/static/{hashed}")
    assert (
        status == 200
        and "immutable" in headers["cache-control"]
        and "max-age=31536000" in headers["cache-control"]
    )
    assert headers["content-type"].startswith("text/css") and ".site-header" in body
    status, headers, _ = nginx.get("/static/css/site.css", headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers["cache-control"] == "public, max-age=3600"
    assert headers["content-encoding"] == "gzip"  # the compressed copy whitenoise wrote

    media = Path(site.env["MEDIA_ROOT"])
    (media / "images").mkdir(parents=True, exist_ok=True)
    (media / "images" / "harbour.txt").write_text("an uploaded file")
    (media / "documents").mkdir(parents=True, exist_ok=True)
    (media / "documents" / "minutes.txt").write_text("a private document")
    status, headers, body = nginx.get("/media/images/harbour.txt")
    assert status == 200 and body == "an uploaded file" and headers["x-content-type-options"] == "nosniff"
    assert nginx.get("/media/documents/minutes.txt")[0] == 404  # only through Wagtail's checks


def test_the_shipped_nginx_caps_are_the_sites_caps():
    caps, location = {}, "/"
    units = {"": 1, "k": 1024, "m": 1024 * 1024}
    for line in (ROOT / "deploy" / "nginx.conf").read_text().splitlines():
        if match := re.match(r"\s*location\s+(?:=\s+)?(\S+)\s*\{", line):
            location = match.group(1)
        elif match := re.match(r"\s*client_max_body_size\s+(\d+)([km]?);", line):
            caps[location] = int(match.group(1)) * units[match.group(2)]
    assert caps == settings.REQUEST_BODY_LIMITS
