""" "Did you mean" and the week's popular searches, for pages that found nothing.

The vocabulary is every word of the titles, bylines, tags and sections that readers can see (live,
public pages only), cached and cleared whenever something is published, unpublished, moved, deleted or
made private. A misspelt name such as "Hasanva" is then one difflib lookup away from "hasanova".
"""

import datetime
import difflib
from collections import defaultdict

from django.core.cache import cache
from django.db.models import Sum
from django.utils import timezone
from wagtail.contrib.search_promotions.models import QueryDailyHits

from articles.models import ArticlePage, ArticlePageTag, Author, SectionPage
from core.text import fold, words

VOCABULARY_CACHE_KEY = "search:vocabulary"
POPULAR_SEARCHES_CACHE_KEY = "search:popular"
SECTIONS_CACHE_KEY = "search:sections"
VOCABULARY_CACHE_SECONDS = 6 * 60 * 60
POPULAR_SEARCHES_CACHE_SECONDS = 10 * 60
POPULAR_SEARCHES_COUNT = 5
POPULAR_SEARCHES_DAYS = 7
MIN_WORD_LENGTH = 3
SIMILARITY = 0.75


def _visible_texts():
    articles = ArticlePage.objects.visible()
    yield from articles.values_list("title", flat=True)
    yield from (
        Author.objects.filter(article_links__page__in=articles).values_list("name", flat=True).distinct()
    )
    yield from ArticlePageTag.objects.filter(content_object__in=articles).values_list("tag__name", flat=True)
    yield from SectionPage.objects.visible().values_list("title", flat=True)


def vocabulary():
    """Sorted folded words of what readers can see, cached."""
    known = cache.get(VOCABULARY_CACHE_KEY)
    if known is None:
        known = sorted(
            {
                fold(word)
                for text in _visible_texts()
                for word in words(text)
                if len(word) >= MIN_WORD_LENGTH and not word.isdigit()
            }
        )
        cache.set(VOCABULARY_CACHE_KEY, known, VOCABULARY_CACHE_SECONDS)
    return known


def clear_caches():
    cache.delete_many([VOCABULARY_CACHE_KEY, POPULAR_SEARCHES_CACHE_KEY, SECTIONS_CACHE_KEY])


def corrections(words, known=None):
    """{misspelt word: closest known word} for the words that are not in the vocabulary."""
    known = vocabulary() if known is None else known
    known_set = set(known)
    by_length = defaultdict(list)
    for word in known:
        by_length[len(word)].append(word)
    found = {}
    for word in words:
        folded = fold(word)
        if len(folded) <= MIN_WORD_LENGTH or folded in known_set or folded.isdigit():
            continue
        candidates = [c for size in range(len(folded) - 2, len(folded) + 3) for c in by_length.get(size, ())]
        close = difflib.get_close_matches(folded, candidates, n=1, cutoff=SIMILARITY)
        if close:
            found[word] = close[0]
    return found


def did_you_mean(parsed):
    """A corrected query string, or None when every word is known or nothing close exists."""
    replacements = corrections(parsed.words)
    return parsed.with_words(replacements) if replacements else None


def popular_searches():
    """The most searched queries of the past week whose words all occur in the archive, cached."""
    popular = cache.get(POPULAR_SEARCHES_CACHE_KEY)
    if popular is None:
        since = timezone.localdate() - datetime.timedelta(days=POPULAR_SEARCHES_DAYS - 1)
        known = set(vocabulary())
        popular = []
        rows = (
            QueryDailyHits.objects.filter(date__gte=since)
            .values_list("query__query_string")
            .annotate(hits=Sum("hits"))
            .order_by("-hits", "query__query_string")
        )
        for text, _hits in rows[: POPULAR_SEARCHES_COUNT * 4]:
            query_words = [fold(word) for word in words(text)]
            if query_words and all(w in known for w in query_words if len(w) >= MIN_WORD_LENGTH):
                popular.append(text)
            if len(popular) == POPULAR_SEARCHES_COUNT:
                break
        cache.set(POPULAR_SEARCHES_CACHE_KEY, popular, POPULAR_SEARCHES_CACHE_SECONDS)
    return popular
