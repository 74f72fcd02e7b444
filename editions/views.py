"""The public archive of sent editions; drafts and scheduled ones do not exist for readers."""

from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from . import composition
from .models import Edition

ARCHIVE_PAGE_SIZE = 50


def sent_editions():
    return Edition.objects.filter(status=Edition.Status.SENT).order_by("-started_at")


@require_GET
def archive(request):
    editions = sent_editions().only("pk", "subject", "preheader", "started_at")[:ARCHIVE_PAGE_SIZE]
    return render(request, "editions/archive.html", {"editions": editions})


@require_GET
def detail(request, pk):
    edition = get_object_or_404(sent_editions(), pk=pk)
    return render(request, "editions/detail.html", composition.context(edition, composition.base_url()))
