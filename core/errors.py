"""The site's answer when a request fails: 503 with Retry-After while the database is unavailable.

Django hands every uncaught exception to `handler500`. An OperationalError or InterfaceError means the
database could not be reached or answered (down, restarting, too many connections, locked): the reader
gets a short "back in a moment" page with Retry-After, and the page cache may answer with its last copy
instead (pagecache.middleware). One line is logged per kind of failure per minute, not a traceback per
request; Django reconnects by itself at the next request once the database is back.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader

from .log_limits import OncePerInterval

logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 30
_logging = OncePerInterval()


DATABASE_OUTAGES = (OperationalError, InterfaceError)  # InterfaceError is not a DatabaseError


def database_unavailable(error):
    return isinstance(error, DATABASE_OUTAGES)


def log_once_a_minute(kind, message, *args):
    """Log `message` at most once a minute for this kind of failure."""
    if _logging.due(kind):
        logger.error(message, *args)


def failure_kind(error):
    """The exception's class and the first line of its message, which is what differs between kinds."""
    first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {first_line[:200]}"


def server_error(request):
    error = sys.exc_info()[1]
    if not database_unavailable(error):
        return HttpResponseServerError(loader.render_to_string("500.html"))
    log_once_a_minute(failure_kind(error), "database unavailable, answering 503: %s", failure_kind(error))
    context = {"retry_after_seconds": RETRY_AFTER_SECONDS}
    response = HttpResponse(loader.render_to_string("503.html", context), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response.database_unavailable = True  # the page cache may answer with its last copy instead
    response._has_been_logged = True  # no traceback per request: the line above said it
    return response
