"""The languages a page exists in, for the language switcher and the hreflang links of its head.

Only live, public versions count: a draft or private translation is never offered. What is looked up
is kept under the visibility generation (generation.py), so a publish or unpublish of any version is
seen at once, and a repeat view costs no query for it.

A Wagtail page's versions share its translation_key. A view (an author's or a tag's page) says which
languages it has something to show in; it exists there at its own address in that language. Wherever
a version is missing, the switcher goes to that language's home page, so it never leads to a 404.
"""

from dataclasses import dataclass

from django.db.models import Q, Subquery
from django.urls import translate_url
from django.utils.translation import get_language_info
from wagtail.models import Page, Site

from core.languages import active_language, default_language, site_languages

from .generation import cached


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in its own language: "Azərbaycanca", "Русский"
    url: str  # the same page in this language, else this language's home page
    translated: bool  # `url` is the same page (not the home page)
    current: bool


def _paths(pages, request):
    """{language: path} of `pages`; an ordered dict whose first entry is the first one created."""
    paths = {}
    for page in sorted(pages, key=lambda page: page.pk):
        parts = page.get_url_parts(request)
        if parts and parts[2]:
            paths[page.locale.language_code] = parts[2]
    return paths


def _live_versions(condition):
    return Page.objects.live().public().filter(condition).select_related("locale")


def _root_key(site):
    return Subquery(Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1])


def page_versions(page, request):
    """({language: path} of the page's live, public versions, its own included when it is one, the
    original first; {language: path} of the site's live, public home pages).

    One query for both (two with Wagtail's privacy check). A translation is made from a page that
    exists, so the first version created is the original.
    """
    site = Site.find_for_request(request)
    if site is None:
        return {}, {}

    def build():
        same_work = Q(translation_key=page.translation_key)
        found = list(_live_versions(same_work | Q(translation_key=_root_key(site))))
        versions = _paths([p for p in found if p.translation_key == page.translation_key], request)
        homes = _paths([p for p in found if p.translation_key != page.translation_key], request)
        return versions, homes or versions  # a home page's versions are the home pages

    return cached(f"versions:{site.pk}:{page.translation_key}", build)


def home_paths(request):
    """{language: path} of the site's live, public home pages."""
    site = Site.find_for_request(request)
    if site is None:
        return {}

    def build():
        return _paths(_live_versions(Q(translation_key=_root_key(site))), request)

    return cached(f"homes:{site.pk}", build)


def view_versions(request, languages):
    """{language: path} of this view (an author's, a tag's page) in each of `languages`."""
    return {code: translate_url(request.path, code) for code in languages}


def switcher(request, versions, homes):
    """One entry per language that has a live home page, in the order of LANGUAGES."""
    current = active_language()
    entries = []
    for code in site_languages():
        if code not in homes and code != current:
            continue
        url = versions.get(code) or (request.path if code == current else homes[code])
        name = get_language_info(code)["name_local"]
        entries.append(Language(code, name, url, code in versions, code == current))
    return entries


def original_language(versions):
    """The language of the version the others translate (see page_versions), or None."""
    return next(iter(versions), None)


def x_default(versions):
    """The version for readers of any other language: the default language's, else the first one."""
    for code in [default_language(), *site_languages()]:
        if code in versions:
            return versions[code]
    return None
