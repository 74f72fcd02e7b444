"""Dates and schedules: Publish never dates an article in the future, and a schedule dates it on time.

Through the admin's edit view, the way an editor works: a future published date is refused on publish
with directions to Wagtail's schedule, kept in a draft, and a scheduled article goes live with
`publish_scheduled`, dated by its go-live time.
"""

from datetime import timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from articles.models import ArticlePage
from tests import factories
from tests.articles import admin_forms

UNIQUE_WORD = "Zanzibarite"


def post_edit(client, article, author, action=None, **times):
    body = f"<p>The {UNIQUE_WORD} ferry sails at dawn.</p>"
    return admin_forms.post_edit(client, article, author, action, body=body, **times)


@pytest.fixture
def draft(section, author):
    return factories.make_article(
        section, title=f"The {UNIQUE_WORD} timetable", authors=[author], publish=False
    )


def visible_to_readers(client, article):
    """Where readers would find it: the home page (lead and LATEST), its section and search."""
    home = client.get("/").content.decode()
    section = client.get(article.get_parent().url).content.decode()
    search = client.get("/search/", {"q": UNIQUE_WORD}).content.decode()
    return {
        "home": article.title in home,
        "section": article.title in section,
        "search": article.title in search,
    }


@pytest.mark.django_db
def test_publishing_with_a_future_date_is_refused_with_directions_to_the_schedule(
    admin_client, draft, author
):
    next_year = timezone.now() + timedelta(days=365)
    response = post_edit(admin_client, draft, author, "action-publish", published_date=next_year)
    assert response.status_code == 200
    errors = response.context["form"].errors["published_date"]
    assert "Set schedule" in errors[0] and "Status side panel" in errors[0]
    assert "after the article would go live" in response.content.decode()  # shown on the field
    draft.refresh_from_db()
    assert not draft.live and draft.published_date is None
    assert not any(visible_to_readers(admin_client, draft).values())


@pytest.mark.django_db
def test_a_draft_keeps_a_future_date(admin_client, draft, author):
    next_week = (timezone.now() + timedelta(days=7)).replace(second=0, microsecond=0)
    response = post_edit(admin_client, draft, author, published_date=next_week)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert not draft.live
    assert draft.get_latest_revision_as_object().published_date == next_week


@pytest.mark.django_db
def test_a_date_a_minute_ahead_of_the_clock_still_publishes(admin_client, draft, author):
    soon = timezone.now() + timedelta(minutes=1)
    assert post_edit(admin_client, draft, author, "action-publish", published_date=soon).status_code == 302
    draft.refresh_from_db()
    assert draft.live


@pytest.mark.django_db
def test_a_scheduled_article_goes_live_on_time_dated_by_its_go_live(admin_client, draft, author):
    go_live = (timezone.now() + timedelta(hours=2)).replace(second=0, microsecond=0)
    response = post_edit(admin_client, draft, author, "action-publish", go_live_at=go_live)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert not draft.live
    assert draft.revisions.get(approved_go_live_at__isnull=False).approved_go_live_at == go_live

    edit_form = admin_client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
    assert "Go-live:" in edit_form  # Wagtail's status panel shows the schedule
    assert "Set schedule" in edit_form and "dated by it" in edit_form  # and the help text explains

    call_command("publish_scheduled")  # not yet
    assert not ArticlePage.objects.get(pk=draft.pk).live
    assert not any(visible_to_readers(admin_client, draft).values())

    with time_machine.travel(go_live + timedelta(minutes=1, seconds=7)):
        call_command("publish_scheduled")
    article = ArticlePage.objects.get(pk=draft.pk)
    assert article.live and article.published_date == go_live
    assert all(visible_to_readers(admin_client, article).values())


@pytest.mark.django_db
def test_publish_scheduled_publishes_a_revision_approved_for_the_past(client, section, author):
    """Wagtail's own API: a revision approved to go live a minute ago, with a date before that."""
    article = factories.make_article(
        section, title=f"The {UNIQUE_WORD} fares", authors=[author], publish=False
    )
    go_live = (timezone.now() - timedelta(minutes=1)).replace(microsecond=0)
    article.published_date = go_live - timedelta(days=3)  # typed days before the schedule was set
    article.go_live_at = go_live
    article.save_revision(approved_go_live_at=go_live)
    older = factories.make_article(
        section, title=f"An older {UNIQUE_WORD} story", authors=[author], days_ago=1
    )
    assert visible_to_readers(client, article) == {"home": False, "section": False, "search": False}

    call_command("publish_scheduled")
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live and article.published_date == go_live
    assert visible_to_readers(client, article) == {"home": True, "section": True, "search": True}
    assert list(ArticlePage.objects.for_listing()) == [article, older]  # dated by its go-live, it leads
