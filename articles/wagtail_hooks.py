from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Author
from .reports import MostReadView


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = "Authors"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "kind", "role"]
    list_filter = ["kind"]
    search_fields = ["name", "role"]


register_snippet(AuthorViewSet)


@hooks.register("register_admin_urls")
def register_most_read_report_urls():
    return [
        path("reports/most-read/", MostReadView.as_view(), name="most_read_report"),
        path(
            "reports/most-read/results/",
            MostReadView.as_view(results_only=True),
            name="most_read_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_most_read_report_menu_item():
    return MenuItem("Most read", reverse("most_read_report"), name="most-read", icon_name="view", order=50)
