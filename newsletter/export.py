"""CSV export of confirmed subscribers, streamed so a large list never sits in memory."""

import csv
import logging

from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.utils import timezone

from .models import Subscriber

logger = logging.getLogger(__name__)

EXPORT_PERMISSION = "newsletter.export_subscribers"
COLUMNS = [
    ("email", "Email"),
    ("confirmed_at", "Confirmed at"),
    ("consent_at", "Consent given at"),
    ("consent_source", "Consent form"),
    ("consent_page", "Consent page"),
    ("consent_version", "Consent text version"),
]
# A spreadsheet would run a cell starting with one of these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if value is None:
        return ""
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


class _Echo:
    def write(self, value):
        return value


def confirmed_rows():
    writer = csv.writer(_Echo())
    yield writer.writerow([label for _, label in COLUMNS])
    fields = [name for name, _ in COLUMNS]
    queryset = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).order_by("confirmed_at", "pk")
    for row in queryset.values_list(*fields).iterator(chunk_size=2000):
        yield writer.writerow([safe_cell(value) for value in row])


def export_confirmed(request):
    if not request.user.has_perm(EXPORT_PERMISSION):
        raise PermissionDenied
    logger.info("user %s exported the confirmed newsletter subscribers", request.user.pk)
    filename = f"newsletter-subscribers-{timezone.localdate():%Y-%m-%d}.csv"
    return StreamingHttpResponse(
        confirmed_rows(),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"},
    )
