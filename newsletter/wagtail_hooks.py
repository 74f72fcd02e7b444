"""The Subscribers list in the Wagtail admin (wagtail-modeladmin) and its CSV export.

Subscribers are personal data: only users with a newsletter permission see the menu item or the
list, and the export needs its own permission. Nobody adds or edits subscribers by hand, since a
subscription needs the reader's own confirmed consent; deleting one (an erasure request) is allowed
to users with the delete permission.
"""

from django.db.models import Count
from django.urls import path, reverse
from wagtail import hooks
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register
from wagtail_modeladmin.views import IndexView

from .export import EXPORT_PERMISSION, export_confirmed
from .models import Subscriber


def status_counts():
    """Subscribers per status, every status present (zero included), in one query."""
    found = dict(Subscriber.objects.order_by().values_list("status").annotate(n=Count("pk")))
    return [(label, found.get(value, 0)) for value, label in Subscriber.Status.choices]


class SubscriberPermissionHelper(PermissionHelper):
    def user_can_create(self, user):
        return False

    def user_can_edit_obj(self, user, obj):
        return False


class SubscriberIndexView(IndexView):
    FORMATS = ()  # modeladmin's own ?export= would follow the list filters; ours is the view below

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status_counts"] = status_counts()
        if self.request.user.has_perm(EXPORT_PERMISSION):
            context["export_url"] = reverse("newsletter_export_confirmed")
        return context


class SubscriberAdmin(ModelAdmin):
    model = Subscriber
    menu_label = "Subscribers"
    menu_icon = "mail"
    menu_order = 700
    add_to_admin_menu = True
    list_display = ("email", "status", "consent_source", "consent_at", "confirmed_at", "unsubscribed_at")
    list_filter = ("status", "consent_source", "language")
    search_fields = ("email",)
    list_per_page = 50
    inspect_view_enabled = True
    inspect_view_fields = [
        "email",
        "status",
        "language",
        "consent_at",
        "consent_source",
        "consent_page",
        "consent_version",
        "consent_text",
        "confirmed_at",
        "unsubscribed_at",
        "created_at",
    ]
    permission_helper_class = SubscriberPermissionHelper
    index_view_class = SubscriberIndexView
    index_template_name = "newsletter/admin/subscriber_index.html"


modeladmin_register(SubscriberAdmin)


@hooks.register("register_admin_urls")
def register_export_url():
    return [path("newsletter/export/", export_confirmed, name="newsletter_export_confirmed")]
