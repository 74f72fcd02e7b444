"""The AdSpot snippet: an ad, where it goes and when it runs (which one a slot serves: selection.py)."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, URLValidator
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class AdPlacement(models.TextChoices):
    HEADER = "header", "Header, on every page"
    SIDEBAR = "sidebar", "Sidebar, on every page"
    IN_ARTICLE = "in_article", "Inside every article, after paragraph N"
    ARTICLE_END = "article_end", "End of every article"
    BODY = "body", "Only where an editor places it in an article body"


# The largest box each placement may fill; the image keeps its proportions within it.
RENDITION_SPECS = {
    AdPlacement.HEADER: "max-970x250",
    AdPlacement.SIDEBAR: "max-300x600",
}
DEFAULT_RENDITION_SPEC = "max-728x400"


class AdSpot(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=120, help_text="For editors only; readers never see it.")
    placement = models.CharField(max_length=20, choices=AdPlacement.choices, default=AdPlacement.SIDEBAR)
    paragraph = models.PositiveSmallIntegerField(
        default=3,
        validators=[MinValueValidator(1)],
        help_text="Inside articles: the ad follows this paragraph. Shorter articles show none.",
    )
    image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    image_alt = models.CharField(
        max_length=250, blank=True, help_text="What the image says or shows; required with an image."
    )
    link_url = models.URLField(
        blank=True, validators=[URLValidator(schemes=["http", "https"])], help_text="Where the ad leads."
    )
    sponsor_line = models.CharField(
        max_length=200, blank=True, help_text="Plain text, e.g. 'Supported by the Caspian Rail Fund'."
    )
    is_house_ad = models.BooleanField(
        default=False, help_text="Our own promotion; served only where no paid ad is active."
    )
    active_from = models.DateTimeField(null=True, blank=True, help_text="Empty: from now.")
    active_until = models.DateTimeField(null=True, blank=True, help_text="Empty: until switched off.")

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("placement"), FieldPanel("paragraph")]),
        MultiFieldPanel(
            [
                FieldPanel("image"),
                FieldPanel("image_alt"),
                FieldPanel("link_url"),
                FieldPanel("sponsor_line"),
            ],
            heading="Creative",
        ),
        FieldPanel("is_house_ad"),
        FieldRowPanel([FieldPanel("active_from"), FieldPanel("active_until")], heading="Active"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # A translation changes what readers read: the sponsor line and the alt text are translated, the
    # image (one with words in it) and the landing page may be replaced; where, when and whose the ad
    # is stays the original's (selection.py serves the original's window with the translation's texts).
    override_translatable_fields = [
        SynchronizedField("name", overridable=False),
        SynchronizedField("image", overridable=True),
        SynchronizedField("link_url", overridable=True),
    ]

    class Meta(TranslatableMixin.Meta):
        # The table predates the ads app (ad spots lived in `home`); it keeps its name and rows.
        db_table = "home_adspot"
        verbose_name = "ad spot"
        ordering = ["placement", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        if not self.image and not self.sponsor_line.strip():
            errors["sponsor_line"] = "Give the ad an image or a sponsor line."
        if self.image and not self.image_alt.strip():
            errors["image_alt"] = "Describe the image for readers who cannot see it."
        if self.active_from and self.active_until and self.active_until <= self.active_from:
            errors["active_until"] = "The end must come after the start."
        if errors:
            raise ValidationError(errors)

    def is_active(self, now=None):
        return runs_at(self.active_from, self.active_until, now)


def runs_at(active_from, active_until, now=None):
    """Whether an active window (either end may be open) includes `now`."""
    now = now or timezone.now()
    return (active_from is None or active_from <= now) and (active_until is None or now < active_until)
