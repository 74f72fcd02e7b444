"""The article edit form: publishing refuses a published date later than the article goes live."""

from django.utils import timezone
from django.utils.formats import date_format
from wagtail.admin.forms import WagtailAdminPageForm

from .dating import FUTURE_DATE_MESSAGE, goes_live_at, published_date_too_late


class ArticlePageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        # Only a publish is checked: a draft may hold any date while the piece is being prepared.
        if "action-publish" in self.data:
            published_date, go_live_at = cleaned_data.get("published_date"), cleaned_data.get("go_live_at")
            if published_date_too_late(published_date, go_live_at):
                limit = date_format(timezone.localtime(goes_live_at(go_live_at)), "DATETIME_FORMAT")
                self.add_error("published_date", FUTURE_DATE_MESSAGE % {"limit": limit})
        return cleaned_data
