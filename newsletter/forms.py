"""The sign-up form: one address, where it was submitted from, and a honeypot for bots."""

import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .consent import CONSENT_TEXTS, CURRENT_VERSION
from .models import Source, normalise_email

MAX_EMAIL_LENGTH = 254  # RFC 5321's limit for a forward path
HONEYPOT_FIELD = "website"
ERRORS = {
    "required": _("Enter your email address."),
    "line_break": _("An email address cannot contain spaces or line breaks."),
    "several": _("Enter one email address only."),
    "too_long": _("An email address can have at most %(limit)s characters."),
    "invalid": _("Enter a valid email address, for example name@example.org."),
}


def _has_space_or_control(value):
    return any(ch.isspace() or unicodedata.category(ch)[0] in "CZ" for ch in value)


class HiddenValue(forms.CharField):
    """A value the page fills in and the server sanitises itself; it never makes the form invalid."""

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        return super().to_python(value).replace("\x00", "")


class SignupForm(forms.Form):
    email = forms.CharField(
        label=_("Email address"), strip=False, error_messages={"required": ERRORS["required"]}
    )
    source = HiddenValue()
    page = HiddenValue()
    consent_version = HiddenValue()
    # Hidden from people (visually and from assistive technology); bots that fill every field fill it.
    website = HiddenValue(strip=False)

    @property
    def filled_by_bot(self):
        return bool(self.data.get(HONEYPOT_FIELD))

    def clean_email(self):
        raw = self.cleaned_data["email"]
        if "\r" in raw or "\n" in raw:  # header injection; a browser's email input cannot send these
            raise ValidationError(ERRORS["line_break"], code="line_break")
        value = normalise_email(raw)
        if not value:
            raise ValidationError(ERRORS["required"], code="required")
        if any(sep in value for sep in ",;") or value.count("@") > 1:
            raise ValidationError(ERRORS["several"], code="several")
        if len(value) > MAX_EMAIL_LENGTH:
            raise ValidationError(ERRORS["too_long"], code="too_long", params={"limit": MAX_EMAIL_LENGTH})
        if _has_space_or_control(value):
            raise ValidationError(ERRORS["line_break"], code="line_break")
        try:
            validate_email(value)
        except ValidationError:
            raise ValidationError(ERRORS["invalid"], code="invalid") from None
        if "." not in value.rpartition("@")[2]:
            raise ValidationError(ERRORS["invalid"], code="invalid")
        return value

    def clean_source(self):
        value = self.cleaned_data["source"]
        return value if value in Source.values else Source.OTHER

    def clean_consent_version(self):
        """The version of the consent line the reader was shown (it may predate a deploy)."""
        value = self.cleaned_data["consent_version"]
        return value if value in CONSENT_TEXTS else CURRENT_VERSION

    def clean_page(self):
        """A same-site path without query or fragment; newsletter pages are recorded without their tokens."""
        path = self.cleaned_data["page"].split("?", 1)[0].split("#", 1)[0]
        if not path.startswith("/") or path.startswith("//") or _has_space_or_control(path):
            return ""
        newsletter_root = reverse("newsletter:signup")
        if path.startswith(newsletter_root):
            return newsletter_root
        return path[:255]
