"""How wagtail-localize treats fields that belong to each translation rather than to its original."""

from wagtail_localize.fields import BaseTranslatableField


class OwnField(BaseTranslatableField):
    """A field each translation keeps as its own: neither offered for translation nor copied from the
    source when a translation is created or synced, so a sync leaves the stored value alone.

    (A SynchronizedField, even an overridable one, is copied from the source on every sync; its
    override is only offered when the source has a value, and never for a date.)"""

    def __repr__(self):
        return f"<OwnField {self.field_name}>"
