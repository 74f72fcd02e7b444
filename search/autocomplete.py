"""Title suggestions while a reader types, through modelsearch's `.autocomplete()`."""

from modelsearch.query import PlainText

from articles.models import ArticlePage
from core.text import words

from .query import MAX_WORDS, clean, cut

MAX_SUGGESTIONS = 8
MIN_CHARACTERS = 2


def suggest_titles(raw, request=None, limit=MAX_SUGGESTIONS):
    """[{"title", "url"}] of live, public articles whose titles start words with what was typed."""
    text, _ = cut(clean(raw))
    typed = words(text)[-MAX_WORDS:]
    if len("".join(typed)) < MIN_CHARACTERS:
        return []
    query = PlainText(" ".join(typed), operator="and")
    articles = ArticlePage.objects.visible().defer_streamfields().autocomplete(query)[:limit]
    return [{"title": article.display_title, "url": article.get_url(request)} for article in articles]
