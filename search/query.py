"""Turn whatever a reader typed into a safe search: words, "quoted phrases", nothing else.

Operators, brackets, stars, NUL bytes and the like are never passed to a database; each backend only
ever sees plain words, which it quotes itself. The result is deterministic and never raises.
"""

import unicodedata
from dataclasses import dataclass, field

from modelsearch.query import And, Phrase, PlainText

from core.text import STOPWORDS, words

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
# Invisible or unprintable characters: controls, format marks (bidi overrides, zero-width), surrogates,
# private use and unassigned code points.
HIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}


def clean(raw):
    """NFKC-normalised text without hidden characters and with single spaces."""
    text = unicodedata.normalize("NFKC", raw or "")
    text = "".join(" " if unicodedata.category(ch) in HIDDEN_CATEGORIES else ch for ch in text)
    return " ".join(text.split())


def cut(text, limit=MAX_QUERY_LENGTH):
    """At most `limit` characters, cut at a space when there is one in the second half."""
    if len(text) <= limit:
        return text, False
    head = text[:limit]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(), True


@dataclass(frozen=True)
class ParsedQuery:
    raw: str
    text: str
    terms: tuple = ()
    phrases: tuple = ()
    truncated: bool = False
    dropped_words: tuple = field(default=())
    max_words: int = MAX_WORDS

    @property
    def searchable(self):
        return bool(self.terms or self.phrases)

    @property
    def words(self):
        """Every word the reader asked for, for highlighting."""
        seen = list(self.terms)
        for phrase in self.phrases:
            seen.extend(word for word in phrase if word not in seen)
        return tuple(seen)

    def search_query(self, operator="and"):
        """The modelsearch query: all terms (or any, with operator="or") and every phrase."""
        parts = []
        if self.terms:
            parts.append(PlainText(" ".join(self.terms), operator=operator))
        parts.extend(Phrase(" ".join(phrase)) for phrase in self.phrases)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else And(parts)

    def with_words(self, replacements):
        """The same query with some words swapped (for "did you mean"), as text for a link."""
        out = []
        for term in self.terms:
            out.append(replacements.get(term, term))
        for phrase in self.phrases:
            out.append('"' + " ".join(replacements.get(word, word) for word in phrase) + '"')
        return " ".join(out)


def parse(raw):
    text, truncated = cut(clean(raw))
    segments = text.split('"')
    if len(segments) % 2 == 0:  # an odd number of quote marks: no phrases, just words
        segments = [text.replace('"', " ")]
    terms, phrases, budget = [], [], MAX_WORDS
    dropped = []
    for index, segment in enumerate(segments):
        found = words(segment)
        if index % 2 == 1 and len(found) > 1:
            phrase = tuple(found[:budget])
            dropped.extend(found[budget:])
            if len(phrase) > 1:
                phrases.append(phrase)
                budget -= len(phrase)
            elif phrase:
                terms.append(phrase[0])
                budget -= 1
            continue
        for word in found:
            if word in terms:
                continue
            if budget <= 0:
                dropped.append(word)
                continue
            terms.append(word)
            budget -= 1
    content_terms = [term for term in terms if term not in STOPWORDS]
    if content_terms or phrases:
        terms = content_terms
    return ParsedQuery(
        raw=raw or "",
        text=text,
        terms=tuple(terms),
        phrases=tuple(dict.fromkeys(phrases)),
        truncated=truncated or bool(dropped),
        dropped_words=tuple(dropped),
    )
