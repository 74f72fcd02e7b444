from django.urls import path, reverse
from django.utils.http import urlencode
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import credit_admin
from .models import Author


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
def register_translation_credit_url():
    return [
        path(
            "articles/<int:page_id>/translation-credit/",
            credit_admin.translation_credit,
            name="articles_translation_credit",
        )
    ]


def translation_credit_button(page, user, view_name=None, next_url=None):
    """ "Translation credit" in a translated article's "more" menus (page header and page listing)."""
    if credit_admin.offered(page, user):
        url = reverse("articles_translation_credit", args=[page.pk])
        if next_url:
            url += "?" + urlencode({"next": next_url})
        yield Button("Translation credit", url, icon_name="wagtail-localize-language", priority=65)


hooks.register("register_page_header_buttons", translation_credit_button)
hooks.register("register_page_listing_more_buttons", translation_credit_button)
