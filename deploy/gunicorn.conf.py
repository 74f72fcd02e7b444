"""gunicorn's settings for the site: `gunicorn -c deploy/gunicorn.conf.py config.wsgi` (used by `make serve`
and by the test servers in tests/servers.py; options given on the command line win).

Run it behind deploy/nginx.conf: gunicorn's sync workers read a request themselves, so without a proxy
that buffers slow clients a few dripping connections hold every worker.
"""

from gunicorn.http import wsgi

bind = "127.0.0.1:8000"
workers = 2
# A worker silent this long is restarted; nginx gives up on a response a little later (proxy_read_timeout).
timeout = 30


def _headers_without_server(self, _default_headers=wsgi.Response.default_headers):
    return [line for line in _default_headers(self) if not line.startswith("Server:")]


# gunicorn names itself in a Server header on every response and has no setting to drop it; this runs
# in the master before the workers fork, so every worker answers without it.
wsgi.Response.default_headers = _headers_without_server
