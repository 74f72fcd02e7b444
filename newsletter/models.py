"""Newsletter subscribers and the consent each one gave."""

import secrets

from django.conf import settings
from django.db import models

from .consent import consent_text


def normalise_email(value):
    """One spelling per mailbox: surrounding whitespace removed, lower case throughout."""
    return (value or "").strip().lower()


def new_nonce():
    return secrets.token_urlsafe(9)


class Source(models.TextChoices):
    FOOTER = "footer", "Site footer"
    ARTICLE = "article", "Sign-up block in an article"
    PAGE = "page", "Newsletter page"
    RESEND = "resend", "New-link form"
    OTHER = "other", "Other"


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending confirmation"
        CONFIRMED = "confirmed", "Confirmed"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"
        BOUNCED = "bounced", "Bounced (the address is rejected)"

    email = models.EmailField(max_length=254, unique=True, help_text="Stored in lower case.")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True)
    consent_at = models.DateTimeField("consent given", help_text="When the address was last submitted.")
    consent_source = models.CharField(
        "consent form", max_length=20, choices=Source.choices, default=Source.OTHER
    )
    consent_page = models.CharField(
        "consent page", max_length=255, blank=True, help_text="Path of the page the form was on."
    )
    consent_version = models.CharField("consent text version", max_length=20)
    language = models.CharField(
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text="The language of the sign-up form, and of the emails the subscriber receives.",
    )
    confirmed_at = models.DateTimeField(null=True, blank=True, help_text="Latest confirmation.")
    unsubscribed_at = models.DateTimeField(null=True, blank=True, help_text="Latest unsubscribe.")
    created_at = models.DateTimeField(auto_now_add=True)
    # Part of every confirmation link; replaced on unsubscribe so that older links stop working.
    token_nonce = models.CharField(max_length=16, default=new_nonce, editable=False)

    class Meta:
        ordering = ["-consent_at"]
        permissions = [("export_subscribers", "Can export confirmed subscribers as CSV")]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    def consent_text(self):
        return consent_text(self.consent_version)

    consent_text.short_description = "Consent text"
