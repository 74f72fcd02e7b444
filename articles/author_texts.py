"""Authors in a language: the original author with its translation's texts laid over it.

A byline always points at the author an editor chose (its translations copy the byline as it is), so
an author is one person in every language: the same articles, the same page, the same search facet.
What a translation of the author (wagtail-localize's snippet translation) changes is only what readers
read: the name as written in that language, the role, the bio and the link labels. Those texts are
kept for every author and language under the visibility generation (an author's save starts a new
one), so localising the bylines of a listing costs no query once the cache is warm, and one when not.
"""

import copy

from .generation import cached

TEXTS = ("name", "role", "bio", "links")


def _texts(model):
    rows = model.objects.only("translation_key", "locale_id", *TEXTS)
    return {(row.translation_key, row.locale_id): {f: getattr(row, f) for f in TEXTS} for row in rows}


def localize(authors, locale_id, model=None):
    """`authors` as readers of the locale see them (each one itself where it has no translation there)."""
    authors = list(authors)
    if not any(author.locale_id != locale_id for author in authors):
        return authors
    texts = cached("author-texts", lambda: _texts(model or type(authors[0])))
    return [_laid_over(author, texts.get((author.translation_key, locale_id))) for author in authors]


def _laid_over(author, texts):
    if not texts:
        return author
    shown = copy.copy(author)  # keeps the original's pk, slug, photo and prefetched relations
    for name, value in texts.items():
        setattr(shown, name, value)
    return shown
