"""The article edit form as an editor's browser posts it, for tests that go through the Wagtail admin."""

from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def form_time(moment):
    """A date and time as the admin's date-time field sends it (the editor's zone is the site's)."""
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M")


def post_edit(client, article, author, action=None, *, body, notes=(), **times):
    """POST the edit form: one byline, a one-paragraph `body`, `notes` as (kind, noted_at, text) in the
    corrections panel, and date-time fields in `times` (None sends the field empty)."""
    link = article.article_authors.get()
    data = nested_form_data(
        {
            "title": article.title,
            "slug": article.slug,
            "standfirst": article.standfirst,
            "article_type": article.article_type,
            "article_authors": inline_formset([{"id": link.pk, "author": author.pk}], initial=1),
            "body": streamfield([("paragraph", rich_text(body))]),
            "corrections": inline_formset(
                [
                    {"kind": kind, "noted_at": form_time(at), "text": rich_text(text)}
                    for kind, at, text in notes
                ]
            ),
            **{name: form_time(value) if value else "" for name, value in times.items()},
        }
    )
    if action:
        data[action] = action
    return client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)
