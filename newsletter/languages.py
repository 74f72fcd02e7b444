"""The reader's language on the newsletter's pages and in its emails.

The newsletter's URLs have no language prefix (one set of limits, cache rules and robots lines for
/newsletter/), so the language travels with the reader instead: the sign-up form posts the page's
language, links between newsletter pages and in emails carry `?lang=`, and each subscriber keeps
the language they signed up in for the emails they receive. Anything unknown falls back to the
active language (English on these paths), never to an error.
"""

from functools import wraps

from django.utils import translation

from core.languages import default_language, known

PARAMETER = "lang"


def requested(request):
    """The language a request asks for: the form's field, the link's parameter, or the active one."""
    asked = known(request.POST.get("language")) or known(request.GET.get(PARAMETER))
    return asked or translation.get_language()


def with_language(url, language=None):
    """`url` with the language parameter (left off for the default language, whose URLs stay as they were)."""
    language = known(language) or translation.get_language()
    if language == default_language() or not known(language):
        return url
    return f"{url}{'&' if '?' in url else '?'}{PARAMETER}={language}"


def in_reader_language(view):
    """Run the view, and render its page, in the language the request asks for."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        language = requested(request)
        with translation.override(language):
            response = view(request, *args, **kwargs)
        response.headers.setdefault("Content-Language", language)
        return response

    return wrapped
