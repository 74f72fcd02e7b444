"""The text side of related posts: article text -> weighted terms -> sparse, unit-length TF-IDF vectors.

Pure Python on purpose (no numpy): vectors are small dicts of at most `MAX_TERMS` terms, and the whole
archive is compared through an inverted index, so the cost follows the number of shared terms, not the
square of the number of articles.
"""

import math

from core.text import STOPWORDS, fold, stem, words

# Title words say most about a piece, the standfirst next, the body least per word.
FIELD_WEIGHTS = {"title": 3.0, "standfirst": 2.0, "body": 1.0}
# Only an article's most distinctive terms are kept; the rest add cost and little signal.
MAX_TERMS = 40
# Terms in more than this share of the archive say nothing about a topic and are dropped...
MAX_DOC_SHARE = 0.5
# ...once the archive is big enough for a share to mean something.
MIN_DOCS_TO_PRUNE = 20
MIN_WORD, MAX_WORD = 3, 40
# Words that are frequent in any news writing and say nothing about a topic (on top of STOPWORDS).
NEWS_FILLER = frozenset(
    ["year", "years", "new", "first", "two", "three", "next", "week", "weeks", "time", "times", "day", "days"]
)
IGNORED = STOPWORDS | NEWS_FILLER


def tokens(text):
    """The terms of a text: folded, stemmed words of letters only, without stopwords and filler."""
    for word in words(text):
        word = fold(word)
        if word in IGNORED:
            continue
        word = word.replace("'", "")  # "O'Brien" -> "obrien"
        if MIN_WORD <= len(word) <= MAX_WORD and word.isalpha():
            yield stem(word)


def term_counts(title, standfirst, body):
    """Field-weighted term counts of one article."""
    counts = {}
    for field, text in (("title", title), ("standfirst", standfirst), ("body", body)):
        weight = FIELD_WEIGHTS[field]
        for term in tokens(text or ""):
            counts[term] = counts.get(term, 0.0) + weight
    return counts


def idf(df, n_docs):
    return math.log((1 + n_docs) / (1 + df)) + 1.0


def is_too_common(df, n_docs):
    return n_docs >= MIN_DOCS_TO_PRUNE and df > MAX_DOC_SHARE * n_docs


def vector(counts, doc_freq, n_docs, max_terms=MAX_TERMS):
    """Sublinear TF x IDF, very common terms dropped, the top `max_terms` kept and scaled to length 1.

    `doc_freq` maps a term to the number of articles that contain it (terms it lacks count as new).
    """
    weights = {}
    for term, count in counts.items():
        df = doc_freq.get(term, 1)
        if is_too_common(df, n_docs):
            continue
        weights[term] = (1.0 + math.log(count)) * idf(df, n_docs)
    if len(weights) > max_terms:
        weights = dict(sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:max_terms])
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {term: w / norm for term, w in weights.items()} if norm else {}


def dot(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(term, 0.0) for term, w in a.items())
