"""The text side of related posts: article text -> weighted terms -> sparse, unit-length TF-IDF vectors.

Pure Python on purpose (no numpy): vectors are small dicts of at most `MAX_TERMS` terms, and the whole
archive is compared through an inverted index, so the cost follows the number of shared terms, not the
square of the number of articles.
"""

import html
import json
import math
import re

# Title words say most about a piece, the standfirst next, the body least per word.
FIELD_WEIGHTS = {"title": 3.0, "standfirst": 2.0, "body": 1.0}
# Only an article's most distinctive terms are kept; the rest add cost and little signal.
MAX_TERMS = 40
# Terms in more than this share of the archive say nothing about a topic and are dropped...
MAX_DOC_SHARE = 0.5
# ...once the archive is big enough for a share to mean something.
MIN_DOCS_TO_PRUNE = 20
MIN_WORD, MAX_WORD = 3, 40

_WORD = re.compile(r"[^\W\d_]+")
_TAG = re.compile(r"<[^>]+>")
TEXT_BLOCKS = {"paragraph", "heading", "pull_quote", "fact_box"}

# Contractions appear as their letters only ("isn't" -> "isn"): the tokenizer splits at apostrophes.
_STOPWORD_TEXT = """
    about above after again against all also although always among and any are aren around because been
    before being below between both but can cannot could couldn did didn does doesn doing don down during
    each either else enough even ever every few for from further had hadn has hasn have haven having her
    here hers herself him himself his how however into isn its itself just last least less let like made
    make many may might more most much must mustn myself never nor not now off once one only other others
    ought our ours ourselves out over own rather really same say says said shan she should shouldn since
    some still such than that the their theirs them themselves then there these they this those though
    through thus too under until upon very was wasn way were weren what when where whether which while who
    whom whose why will with within without won would wouldn yet you your yours yourself yourselves year
    years new first two three next week weeks time times day days
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def stem(word):
    """A deliberately light stemmer: plural and a few common endings, so 'ports' meets 'port'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(text):
    for word in _WORD.findall(text.lower()):
        if MIN_WORD <= len(word) <= MAX_WORD and word not in STOPWORDS:
            yield stem(word)


def _strings(value):
    """Every string inside a block's raw value (struct fields, list items), in order."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        if "type" in value and "value" in value:  # a list item in Wagtail's raw list format
            yield from _strings(value["value"])
        else:
            for key, item in value.items():
                if key not in ("level", "id", "type"):
                    yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def body_text(raw_body):
    """Readable text of a StreamField body given as raw JSON (str) or raw data (list of dicts)."""
    if isinstance(raw_body, str):
        try:
            raw_body = json.loads(raw_body or "[]")
        except ValueError:
            return ""
    parts = []
    for block in raw_body or []:
        if isinstance(block, dict) and block.get("type") in TEXT_BLOCKS:
            parts.extend(_strings(block.get("value")))
    return html.unescape(_TAG.sub(" ", " ".join(parts)))


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


class InvertedIndex:
    """Term -> [(document number, weight)] over unit vectors, for all-pairs cosine without N^2 work."""

    def __init__(self, vectors):
        self.vectors = vectors
        postings = {}
        for doc, vec in enumerate(vectors):
            for term, weight in vec.items():
                postings.setdefault(term, []).append((doc, weight))
        self.postings = postings

    def similar(self, doc, limit):
        """The `limit` documents with the highest cosine to document number `doc`, best first."""
        scores = {}
        get = scores.get
        for term, weight in self.vectors[doc].items():
            for other, other_weight in self.postings[term]:
                scores[other] = get(other, 0.0) + weight * other_weight
        scores.pop(doc, None)
        if len(scores) > limit:
            best = sorted(scores.items(), key=lambda item: -item[1])[:limit]
        else:
            best = sorted(scores.items(), key=lambda item: -item[1])
        return best
