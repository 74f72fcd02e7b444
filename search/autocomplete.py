"""Title suggestions while a reader types: live, public articles whose title or byline has a word
starting with each typed word ("Pash", "Zang" and "Corr" find words in the middle of a headline).

Ranked by relevance, then newest first: a title that begins with the first typed word, then a title
that holds every typed word, then articles found through a byline. One query whatever the number of
matches: the database backends answer both prefix matches from their autocomplete index as
sub-queries (backends' `prefix_keys`); other engines rank with their own `.autocomplete()`.
Only articles in the language of the search are suggested (search.languages).
"""

from django.db.models import Case, IntegerField, Q, Value, When
from modelsearch.query import PlainText
from wagtail.search.backends import get_search_backend

from articles.models import NEWEST_FIRST, ArticlePage
from core.text import words

from .languages import in_language, searching_in
from .query import MAX_WORDS, clean, cut

MAX_SUGGESTIONS = 8
MIN_CHARACTERS = 2


def ranked_prefix_matches(articles, backend, typed):
    in_title = Q(pk__in=backend.prefix_keys(ArticlePage, typed, title_only=True))
    relevance = Case(  # the title sub-query is written once
        When(~in_title, then=Value(0)),
        When(title__istartswith=typed[0], then=Value(2)),
        default=Value(1),
        output_field=IntegerField(),
    )
    return (
        articles.filter(pk__in=backend.prefix_keys(ArticlePage, typed))
        .annotate(_relevance=relevance)
        .order_by("-_relevance", *NEWEST_FIRST)
    )


def suggest_titles(raw, request=None, limit=MAX_SUGGESTIONS, language=None):
    """[{"title", "url"}] of the best live, public articles in `language` (the default language without
    one) for what has been typed so far."""
    with searching_in(language):
        return _suggest(raw, request, limit)


def _suggest(raw, request, limit):
    text, _ = cut(clean(raw))
    typed = words(text)[-MAX_WORDS:]
    if len("".join(typed)) < MIN_CHARACTERS:
        return []
    articles = in_language(ArticlePage.objects.visible()).defer_streamfields()
    backend = get_search_backend()
    if hasattr(backend, "prefix_keys"):
        articles = ranked_prefix_matches(articles, backend, typed)
    else:
        articles = articles.autocomplete(PlainText(" ".join(typed), operator="and"))
    return [{"title": article.display_title, "url": article.get_url(request)} for article in articles[:limit]]
