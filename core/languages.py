"""The site's languages, defined once for every app: which there are, the default, and the reader's.

`settings.LANGUAGES` are the languages the site speaks (its chrome and URL prefixes);
`WAGTAIL_CONTENT_LANGUAGES` those its pages are written in. The two lists are the same here, but code
that asks about content asks the content list.
"""

from django.conf import settings
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant


def default_language():
    return settings.LANGUAGE_CODE


def site_languages():
    return [code for code, _name in settings.LANGUAGES]


def content_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def known(code):
    """`code` if the site speaks it, else None (for codes from requests, forms and old rows)."""
    return code if isinstance(code, str) and code in site_languages() else None


def site_language(code):
    """`code` if the site speaks it, else the default language."""
    return known(code) or default_language()


def active_language():
    """The reader's language as one of LANGUAGES ("ru", never "ru-ru")."""
    return site_language((get_language() or default_language()).split("-")[0])


def active_content_language():
    """The content language of the reader's language, or None when no content is written in it."""
    try:
        return get_supported_content_language_variant(get_language())
    except LookupError:
        return None
