from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import MostReadView


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
