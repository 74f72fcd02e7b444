"""When an article is dated: the published date readers see, and how it meets Wagtail's schedule.

The rule, in one place for the edit form and the model:

- The published date may not be later than the moment the article goes live: now when an editor
  publishes, or the go-live time of Wagtail's schedule ("Set schedule" in the status side panel).
  A later date would put the article at the top of every list, dated in the future.
- An article that goes live with no date, or with a date before its scheduled go-live time, is dated
  when it went live (the go-live time for a scheduled one), so lists place it correctly.

Why refuse rather than quietly schedule: "Publish" must mean readers see the article now. A newsroom's
most common future date is a typo (2027 for 2026, a wrong month), and turning it into a schedule would
leave the story missing for months while the editor believes it is out. Embargoes are set on purpose,
with Wagtail's own schedule, which the status panel, the page listing and the history all show and
which can be cancelled; a second, hidden way to schedule would show none of that.
"""

from datetime import timedelta

from django.utils import timezone

# Editors type times to the minute, and clocks differ: a date a few minutes ahead is "now".
PUBLISHED_DATE_GRACE = timedelta(minutes=5)

FUTURE_DATE_MESSAGE = (
    "This date is after the article would go live (%(limit)s). To publish it later, clear this date, "
    "choose “Set schedule” in the Status side panel and set the go-live date and time, then Publish: "
    "the article goes live then and is dated by it. Saving a draft keeps any date."
)


def goes_live_at(go_live_at, now=None):
    """The moment a publish makes the article visible: the schedule's go-live time, or now."""
    now = now or timezone.now()
    return go_live_at if go_live_at and go_live_at > now else now


def published_date_too_late(published_date, go_live_at, now=None):
    """Whether publishing now would date the article after it goes live."""
    return bool(published_date) and published_date > goes_live_at(go_live_at, now) + PUBLISHED_DATE_GRACE


def date_on_going_live(page, now=None):
    """The published date of an article that is live as it is saved (the model calls this).

    At its first publication (first and last publication are then the same moment) an empty date, or
    one before the scheduled go-live time, becomes the moment it went live. Later publishes keep the
    date readers already saw. Whatever path published it, it is never dated in the future (the edit
    form refuses such a date; this covers publishing without the form).
    """
    now = now or timezone.now()
    first = page.first_published_at or now
    first_publication = page.last_published_at in (None, first)
    scheduled = page.go_live_at if page.go_live_at and page.go_live_at <= now else None
    went_live = (scheduled or first) if first_publication else first
    date = page.published_date
    if date is None or (first_publication and scheduled and date < scheduled):
        return went_live
    if date > now + PUBLISHED_DATE_GRACE:
        return went_live if first_publication else now
    return date


def latest(*dates):
    """The latest of the dates that are set, or None."""
    return max((date for date in dates if date is not None), default=None)
