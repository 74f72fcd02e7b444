"""The "Translation credit" action on a translated article: who translated it and when.

wagtail-localize's translation editor cannot set these fields (articles/localize.py: they are each
translation's own, so a sync keeps them), so editors set them here. The change is saved as a new
revision and published when the page is live, by users who may publish the page.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Min, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Page

from .models import ArticlePage, Author

CREDIT_FIELDS = ("translated_by", "translated_on")


def is_translation(page):
    """Whether the article is a translation: not the first page made with its translation key (aliases,
    wagtail-localize's untranslated stand-ins, are copies of their original and are not)."""
    if page.alias_of_id:
        return False
    return Page.objects.filter(translation_key=page.translation_key, pk__lt=page.pk).exists()


def offered(page, user):
    """Whether the action is offered: on a translated article, to a user who may publish it."""
    return (
        page.specific_class is ArticlePage
        and is_translation(page)
        and page.permissions_for_user(user).can_publish()
    )


class TranslationCreditForm(forms.Form):
    translated_by = forms.ModelChoiceField(
        queryset=Author.objects.none(),
        required=False,
        label="Translated by",
        help_text="The translator: a person, or an organisation such as the translation desk. Readers "
        "see their name in the page's language. Leave empty when nobody is credited.",
    )
    translated_on = forms.DateField(
        required=False,
        label="Translated on",
        widget=AdminDateInput,
        help_text="The day it was translated (YYYY-MM-DD). Leave empty to use the day the translation "
        "first went live. The article's publication date stays the original's.",
    )

    def __init__(self, *args, page, **kwargs):
        initial = {"translated_by": page.translated_by_id, "translated_on": page.translated_on}
        super().__init__(*args, initial=initial, **kwargs)
        # One choice per author (the first written of their translations), and the current one.
        originals = Author.objects.values("translation_key").annotate(first=Min("pk")).values("first")
        field = self.fields["translated_by"]
        field.queryset = Author.objects.filter(Q(pk__in=originals) | Q(pk=page.translated_by_id))
        field.label_from_instance = lambda author: f"{author.name} ({author.kind})"  # person or organisation

    def clean_translated_on(self):
        day = self.cleaned_data["translated_on"]
        if day and day > timezone.localdate():
            raise ValidationError("The day of translation cannot be in the future.")
        return day


def save_credit(page, user, credit):
    """Put the credit on the page as a new revision, published if the page is live. Changes waiting
    in a later draft stay unpublished: the live version gets the credit and is published, then the
    draft gets it too. The page's row holds it in either case, since that row is what a wagtail-localize
    sync starts the translation from."""
    waiting = page.has_unpublished_changes or not page.live
    draft = page.get_latest_revision_as_object() if waiting else None
    with transaction.atomic():
        if page.live:
            live = ArticlePage.objects.get(pk=page.pk)
            _credit(live, credit).save_revision(user=user, log_action=True).publish(user=user)
        if draft is not None:
            _credit(draft, credit).save_revision(user=user, log_action=True)
        if not page.live:
            ArticlePage.objects.filter(pk=page.pk).update(**credit)


def _credit(page, credit):
    for name, value in credit.items():
        setattr(page, name, value)
    return page


def translation_credit(request, page_id):
    page = get_object_or_404(ArticlePage, pk=page_id)
    if not offered(page, request.user):  # an original has no translator to credit
        # A 403 page rather than PermissionDenied, which Wagtail's admin turns into a redirect home.
        return TemplateResponse(
            request, "articles/admin/translation_credit_denied.html", {"page": page}, status=403
        )
    next_url = get_valid_next_url_from_request(request)
    next_url = next_url or reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    form = TranslationCreditForm(request.POST or None, page=page)
    if request.method == "POST" and form.is_valid():
        if page.permissions_for_user(request.user).page_locked():
            form.add_error(None, "The page is locked: ask whoever locked it to unlock it first.")
        else:
            try:
                save_credit(page, request.user, {name: form.cleaned_data[name] for name in CREDIT_FIELDS})
            except ValidationError as error:  # the page itself does not validate
                form.add_error(None, error.messages)
            else:
                done = "saved and published" if page.live else "saved in a new draft"
                messages.success(request, f"The translation credit of “{page.title}” was {done}.")
                return redirect(next_url)
    context = {"page": page, "form": form, "next_url": next_url}
    return TemplateResponse(request, "articles/admin/translation_credit.html", context)
