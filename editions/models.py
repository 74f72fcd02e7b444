"""Newsletter editions, the articles in each, and one delivery row per edition and subscriber."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from newsletter.models import Subscriber

SEND_PERMISSION = "editions.send_edition"


class Fill(models.TextChoices):
    CHOSEN = "chosen", "Editors' picks: the articles chosen below, in their order"
    NEWEST = "newest", "The newest article in each section"
    MOST_READ = "most_read", "This week's most read"


class Edition(ClusterableModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SCHEDULED = "scheduled", "Scheduled"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"

    subject = models.CharField(max_length=150)
    preheader = models.CharField(
        max_length=200, blank=True, help_text="The line mail programs show after the subject."
    )
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    fill = models.CharField(
        "articles",
        max_length=20,
        choices=Fill.choices,
        default=Fill.CHOSEN,
        help_text="Automatic lists are fixed when the edition starts sending.",
    )
    article_count = models.PositiveSmallIntegerField(
        "number of automatic articles", default=6, help_text="For the automatic lists only."
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT, editable=False)
    send_at = models.DateTimeField(
        null=True, blank=True, help_text="When a scheduled edition goes out (the site's time zone)."
    )
    repeats_weekly = models.BooleanField(
        "repeat every week",
        default=False,
        help_text="When this edition goes out, next week's is drafted with the same settings, a week "
        "later, for a sender to approve (the automatic lists then fill themselves).",
    )
    scheduled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True, editable=False)
    finished_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The worker's last call for delivery of this edition (new tasks are not queued more often).
    kicked_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [
        FieldPanel("subject"),
        FieldPanel("preheader"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("fill"), FieldPanel("article_count"), InlinePanel("items", label="Article")],
            heading="Articles",
        ),
        FieldPanel("send_at"),
        FieldPanel("repeats_weekly"),
    ]

    class Meta:
        ordering = ["-created_at"]
        permissions = [("send_edition", "Can send newsletters")]

    def __str__(self):
        return self.subject

    def draft_next_week(self):
        """Next week's edition as a draft: same settings, same wall-clock time in the site's time zone."""
        if not (self.repeats_weekly and self.send_at):
            return None
        return Edition.objects.create(
            subject=self.subject,
            preheader=self.preheader,
            intro=self.intro,
            fill=self.fill,
            article_count=self.article_count,
            send_at=timezone.localtime(self.send_at) + timedelta(days=7),
            repeats_weekly=True,
        )

    @property
    def editable(self):
        return self.status in (self.Status.DRAFT, self.Status.SCHEDULED)


class EditionArticle(Orderable):
    """An article in an edition; automatic editions get theirs when they start sending."""

    edition = ParentalKey(Edition, on_delete=models.CASCADE, related_name="items")
    article = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="+")
    blurb = models.TextField(blank=True, max_length=400, help_text="Defaults to the article's standfirst.")

    panels = [FieldPanel("article"), FieldPanel("blurb")]

    def text(self):
        return self.blurb or self.article.standfirst


class Delivery(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Being sent"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Skipped (no longer subscribed)"
        BOUNCED = "bounced", "Bounced"

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["edition", "subscriber"], name="one_delivery_per_subscriber")
        ]
        indexes = [models.Index(fields=["edition", "status"], name="delivery_edition_status")]

    def __str__(self):
        return f"{self.edition_id} to {self.subscriber_id}: {self.status}"
