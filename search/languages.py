"""The language a search is in, and how each content language's text is prepared for the index.

A page is indexed in its own locale's language; an object without a locale (images, documents) in the
site's default language. Readers search one language at a time: the search service runs under
`searching_in(code)`, and the database backends then match only that language's pages, with its text
search configuration on PostgreSQL (config/search.py: english, russian, and simple for Azerbaijani)
and its FTS5 table on SQLite (porter stemming for English only). modelsearch's query API has no
language argument, hence the context variable; outside it (the admin) every language is searched.

Text is prepared the same way when it is indexed and when it is searched:
- ə and ı fold to e and i (other accents are folded by unaccent and FTS5 already), so that a reader
  typing Azerbaijani on a keyboard without them ("Baki", "seher") still finds "Bakı", "şəhər"; in every
  language, since no other content language has these letters and an editor's admin search has none;
- Russian is stemmed here (Snowball) for SQLite, which has no Russian stemmer; PostgreSQL stems it
  itself, so there the text goes in as written.
"""

import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

import snowballstemmer
from wagtail.models import Locale

from core.languages import content_languages, default_language
from core.text import WORD, fold, stem

_language = ContextVar("search_language", default=None)
# Azerbaijani letters that no Unicode decomposition folds.
LETTER_FOLDS = str.maketrans({"ə": "e", "Ə": "E", "ı": "i"})
FOLDED_LETTER = re.compile("[əƏı]")
_russian = snowballstemmer.stemmer("russian")


@contextmanager
def searching_in(language):
    """Searches inside the block match only pages in `language` (a content language code)."""
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)


def search_language():
    """The language searches are limited to, or None (every language)."""
    return _language.get()


def current_language():
    """The language of the search under way: the one set by searching_in(), else the default one."""
    return _language.get() or default_language()


def reader_language(code):
    """The content language a reader's active language searches (the default one for any other)."""
    return code if code in content_languages() else default_language()


def in_language(pages, language=None):
    """The pages of a queryset that are in `language` (the search's); a locale filter, so that
    modelsearch accepts it on a queryset to be searched (it is one of Page's filter fields)."""
    return pages.filter(locale__in=Locale.objects.filter(language_code=language or current_language()))


def languages_of(objs):
    """{pk: language code} for objects to index: their locale's language, or the default one."""
    codes = None
    found = {}
    for obj in objs:
        locale_id = getattr(obj, "locale_id", None)
        if locale_id is not None and codes is None:
            codes = dict(Locale.objects.values_list("pk", "language_code"))
        found[obj.pk] = (codes or {}).get(locale_id, default_language())
    return found


@lru_cache(maxsize=50_000)
def russian_stem(word):
    return _russian.stemWord(word.casefold())


def _stem_russian(text):
    return " ".join(russian_stem(word) for word in WORD.findall(text))


def prepare(text, language, stem=False):
    """`text` as the index holds it for `language`; `stem` also stems Russian (for SQLite)."""
    if not text:
        return text
    if FOLDED_LETTER.search(text):  # a scan is cheaper than a translation of text that has none
        text = text.translate(LETTER_FOLDS)
    if language == "ru" and stem:
        return _stem_russian(text)
    return text


def word_key(word):
    """What highlighting compares for a word in the language of the search: the Russian stem, the
    folded Azerbaijani word (no stemmer), or core.text's light English stem."""
    return _word_key(word, current_language())  # per word of every snippet


@lru_cache(maxsize=50_000)
def _word_key(word, language):
    if language == "ru":
        return russian_stem(fold(word))
    if language == "az":
        return prepare(fold(word), language)
    return stem(prepare(word, language))
