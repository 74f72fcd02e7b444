"""The Ad spot body block: an editor places a chosen AdSpot; it shows only while that ad is active."""

from wagtail.snippets.blocks import SnippetChooserBlock


class AdSpotBlock(SnippetChooserBlock):
    def __init__(self, **kwargs):
        super().__init__("home.AdSpot", **kwargs)

    def get_context(self, value, parent_context=None):
        from .ads import ad_by_id

        context = super().get_context(value, parent_context)
        context["ad"] = ad_by_id(value.pk) if value is not None else None
        return context

    class Meta:
        template = "home/blocks/ad_spot.html"
        icon = "pick"
        label = "Ad spot"
        description = "An ad from Snippets > Ad spots; shows nothing outside its active dates."
