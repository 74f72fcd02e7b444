"""Snippets and <mark> highlighting, done in Python so that every backend shows the same thing.

Matching is forgiving in the way the search is: case, accents and common English endings are ignored
("corridors" marks "corridor"), and Russian endings in a Russian search (search.languages.word_key).
The snippet is the passage that holds the most distinct query words, not simply the opening words.
Everything is HTML-escaped; only the <mark> tags are added.
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.text import WORD, body_texts

from .languages import current_language, prepare, word_key

SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
PASSAGE_WORDS = 40


def keys_for(words):
    return {word_key(word) for word in words if word}


def mark(text, keys):
    """Escaped `text` with every word whose stem is in `keys` wrapped in <mark>."""
    out, position = [], 0
    for match in WORD.finditer(text):
        out.append(escape(text[position : match.start()]))
        word = match.group()
        out.append(f"<mark>{escape(word)}</mark>" if word_key(word) in keys else escape(word))
        position = match.end()
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece above is escaped


def article_texts(article):
    """The standfirst and the body's words, block by block, read from the raw stream (no queries)."""
    texts = [" ".join((article.summary or "").split()), *body_texts(article.body.raw_data)]
    return [text for text in texts if text]


def passages(texts):
    """Runs of whole sentences of about PASSAGE_WORDS words, never across paragraphs."""
    for text in texts:
        current, size = [], 0
        for sentence in SENTENCE_END.split(text):
            words = len(sentence.split())
            if current and size + words > PASSAGE_WORDS:
                yield " ".join(current)
                current, size = [], 0
            current.append(sentence)
            size += words
        if current:
            yield " ".join(current)


def _plain(text):
    """Lower case without accents (for a quick substring test)."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _score(passage, keys):
    plain = _plain(prepare(passage, current_language()))
    # A word whose stem is a key starts with that key, give or take its last letter ("studies", "study").
    if not any(key[: max(3, len(key) - 1)] in plain for key in keys):
        return 0
    stems = [word_key(word) for word in WORD.findall(passage)]
    found = {s for s in stems if s in keys}
    return len(found) * 10 + min(sum(1 for s in stems if s in keys), 9)


def trim(passage, keys, limit=PASSAGE_WORDS + 10):
    """Shorten a long passage around its first match, with ellipses where text was cut."""
    words = passage.split()
    if len(words) <= limit:
        return passage
    first = next((i for i, word in enumerate(words) if keys & keys_for(WORD.findall(word))), 0)
    start = max(0, min(first - limit // 3, len(words) - limit))
    piece = " ".join(words[start : start + limit])
    return ("… " if start else "") + piece + (" …" if start + limit < len(words) else "")


def snippet(article, words):
    """The best-matching passage of an article, highlighted; the standfirst when nothing matches."""
    keys = keys_for(words)
    texts = article_texts(article)
    if not texts:
        return mark("", keys)
    best, best_score = texts[0], 0
    for passage in passages(texts):
        score = _score(passage, keys)
        if score > best_score:
            best, best_score = passage, score
    return mark(trim(best, keys), keys)


def highlight(text, words):
    return mark(text or "", keys_for(words))
