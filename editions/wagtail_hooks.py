"""Editions in the Wagtail admin: a snippet to compose them, and their preview-and-send page.

Editing stops once an edition starts sending, so the archive shows what readers were sent; a
scheduled edition changed by someone who may not send goes back to draft for a sender to approve.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets.button import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import SEND_PERMISSION, Edition


class EditionViewSet(SnippetViewSet):
    model = Edition
    icon = "mail"
    menu_label = "Editions"
    menu_name = "editions"
    menu_order = 690
    add_to_admin_menu = True
    list_display = ["subject", "status", "send_at", "started_at", "finished_at"]
    list_filter = ["status"]


register_snippet(EditionViewSet)


@hooks.register("register_admin_urls")
def register_edition_urls():
    return [
        path("editions/<int:pk>/", admin_views.overview, name="editions_overview"),
        path("editions/<int:pk>/preview.html", admin_views.preview_html, name="editions_preview_html"),
        path("editions/<int:pk>/test/", admin_views.test_send, name="editions_test_send"),
        path("editions/<int:pk>/send/", admin_views.send_now, name="editions_send_now"),
        path("editions/<int:pk>/schedule/", admin_views.schedule, name="editions_schedule"),
        path("editions/<int:pk>/unschedule/", admin_views.unschedule, name="editions_unschedule"),
    ]


@hooks.register("register_snippet_listing_buttons")
def preview_and_send_button(snippet, user, next_url=None):
    if isinstance(snippet, Edition):
        url = reverse("editions_overview", args=[snippet.pk])
        yield ListingButton("Preview and send", url, priority=5, icon_name="view")


def _frozen(request, instance):
    if isinstance(instance, Edition) and not instance.editable:
        messages.warning(request, f"“{instance}” has gone out and can no longer change.")
        return redirect("editions_overview", instance.pk)
    return None


@hooks.register("before_edit_snippet")
def keep_sent_editions(request, instance):
    if request.method == "POST":
        return _frozen(request, instance)
    return None


@hooks.register("before_delete_snippet")
def keep_sent_editions_on_delete(request, instances):
    for instance in instances:
        if response := _frozen(request, instance):
            return response
    return None


@hooks.register("after_edit_snippet")
def unapproved_changes_back_to_draft(request, instance):
    if isinstance(instance, Edition) and not request.user.has_perm(SEND_PERMISSION):
        Edition.objects.filter(pk=instance.pk, status=Edition.Status.SCHEDULED).update(
            status=Edition.Status.DRAFT
        )
    if isinstance(instance, Edition):
        return redirect("editions_overview", instance.pk)
    return None


@hooks.register("after_create_snippet")
def to_the_preview(request, instance):
    if isinstance(instance, Edition):
        return redirect("editions_overview", instance.pk)
    return None
