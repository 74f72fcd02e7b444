from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import AdSpot


class AdSpotViewSet(SnippetViewSet):
    model = AdSpot
    icon = "pick"
    menu_label = "Ad spots"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "placement", "is_house_ad", "active_from", "active_until"]
    list_filter = ["placement", "is_house_ad"]
    search_fields = ["name"]


register_snippet(AdSpotViewSet)
