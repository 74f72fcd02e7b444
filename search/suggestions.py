""" "Did you mean" and the week's popular searches, for pages that found nothing.

A misspelt word is compared with the words of the index (`search.models.Word`: titles, standfirsts,
bodies and bylines of everything indexed). The trigram index returns the twenty words that look most
like it; the closest of those by difflib's ratio (at least 0.75) are then weighed by how many live,
public articles hold them (of the first 100 the index finds), so that of two spellings about as close
the one more articles use is offered ("Karabag" finds the "karabakh" that only bodies hold), and a word
that only drafts, private or scheduled pages hold is never offered. A suggestion costs one trigram
lookup and a few capped counts per unknown word, whatever the size of the archive, and is cached per
word under the generation of what readers may see (a new one starts on every publish, unpublish, move,
delete or privacy change).

The week's popular searches are checked against the words readers can see in titles, bylines, tags and
sections, cached and cleared on the same changes.

Both work in the language of the search (search.languages): a word is offered, and a popular search
shown, only when pages in the reader's language hold it, and every cache is kept per language.
"""

import datetime
import difflib
import hashlib
import math

from django.core.cache import cache
from django.db.models import Sum
from django.utils import timezone
from modelsearch.query import PlainText
from wagtail.contrib.search_promotions.models import QueryDailyHits

from articles.generation import cached
from articles.models import ArticlePage, ArticlePageTag, Author, SectionPage
from core.languages import content_languages
from core.text import fold, words

from .backends.words import close_words
from .languages import current_language, in_language

CACHED_LISTS = ("vocabulary", "popular", "sections")
VOCABULARY_CACHE_SECONDS = 6 * 60 * 60
POPULAR_SEARCHES_CACHE_SECONDS = 10 * 60
POPULAR_SEARCHES_COUNT = 5
POPULAR_SEARCHES_DAYS = 7
MIN_WORD_LENGTH = 3
SIMILARITY = 0.75
# Of the close words, how many are weighed by their number of articles, and up to which number.
WEIGHED_CANDIDATES = 5
FREQUENCY_CAP = 100
# A word in FREQUENCY_CAP articles gains this much over one in a single article (ratios run 0.75-1).
FREQUENCY_WEIGHT = 0.1
CORRECTION_CACHE_SECONDS = 60 * 60


def cache_key(name, language=None):
    """A per-language cache key ("search:vocabulary:ru")."""
    return f"search:{name}:{language or current_language()}"


def visible_articles():
    """What readers may see in the language of the search."""
    return in_language(ArticlePage.objects.visible())


def _visible_texts():
    articles = visible_articles()
    yield from articles.values_list("title", flat=True)
    yield from (
        Author.objects.filter(article_links__page__in=articles).values_list("name", flat=True).distinct()
    )
    yield from ArticlePageTag.objects.filter(content_object__in=articles).values_list("tag__name", flat=True)
    sections = SectionPage.objects.visible().filter(locale__language_code=current_language())
    yield from sections.values_list("title", flat=True)


def vocabulary():
    """Sorted folded words of what readers can see, cached."""
    known = cache.get(cache_key("vocabulary"))
    if known is None:
        known = sorted(
            {
                fold(word)
                for text in _visible_texts()
                for word in words(text)
                if len(word) >= MIN_WORD_LENGTH and not word.isdigit()
            }
        )
        cache.set(cache_key("vocabulary"), known, VOCABULARY_CACHE_SECONDS)
    return known


def clear_caches():
    cache.delete_many([cache_key(name, code) for name in CACHED_LISTS for code in content_languages()])


def visible_frequency(word, visible):
    """How many of the first FREQUENCY_CAP articles of the index that hold `word` are `visible`.

    The sample is read from the index alone and then looked up by key, so the cost stays the same
    however many articles hold the word.
    """
    results = ArticlePage.objects.search(PlainText(word), order_by_relevance=False)
    if hasattr(results, "matching_keys"):
        return visible.filter(pk__in=results.matching_keys()[:FREQUENCY_CAP]).count()
    return min(visible.search(PlainText(word)).count(), FREQUENCY_CAP)  # OpenSearch/Elasticsearch


def similarity(word, candidate):
    return difflib.SequenceMatcher(None, word, candidate).ratio()


def closest_known_word(folded):
    """The word readers' articles hold that `folded` most likely meant; "" when it is known itself or
    nothing close enough is held by a live, public article."""
    visible = visible_articles().order_by()
    if visible_frequency(folded, visible):
        return ""
    ranked = sorted(
        (
            (similarity(folded, candidate), candidate)
            for candidate in close_words(folded)
            if candidate != folded
        ),
        key=lambda pair: (-pair[0], pair[1]),
    )
    best, best_score = "", 0.0
    for ratio, candidate in ranked[:WEIGHED_CANDIDATES]:
        if ratio < SIMILARITY:
            break
        frequency = visible_frequency(candidate, visible)
        if not frequency:
            continue
        score = ratio + FREQUENCY_WEIGHT * math.log1p(frequency) / math.log1p(FREQUENCY_CAP)
        if score > best_score:
            best, best_score = candidate, score
    return best


def correction(word):
    """closest_known_word() of one query word, cached; "" for short words and numbers."""
    folded = fold(word)
    if len(folded) <= MIN_WORD_LENGTH or folded.isdigit():
        return ""
    digest = hashlib.blake2b(folded.encode(), digest_size=16).hexdigest()
    return cached(
        cache_key(f"correction:{digest}"),
        lambda: closest_known_word(folded),
        seconds=CORRECTION_CACHE_SECONDS,
    )


def corrections(words):
    """{misspelt word: closest known word} for the words that live, public articles do not hold."""
    found = {}
    for word in words:
        replacement = correction(word)
        if replacement:
            found[word] = replacement
    return found


def did_you_mean(parsed):
    """A corrected query string, or None when every word is known or nothing close exists."""
    replacements = corrections(parsed.words)
    return parsed.with_words(replacements) if replacements else None


def popular_searches():
    """The most searched queries of the past week whose words all occur in the archive, cached."""
    popular = cache.get(cache_key("popular"))
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
        cache.set(cache_key("popular"), popular, POPULAR_SEARCHES_CACHE_SECONDS)
    return popular
