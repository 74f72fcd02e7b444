"""Snippets and <mark> highlighting, done in Python so that every backend shows the same thing.

Matching is forgiving in the way the search is: case, accents and common English endings are ignored
("corridors" marks "corridor"). The snippet is the passage that holds the most distinct query words,
not simply the opening words. Everything is HTML-escaped; only the <mark> tags are added.
"""

import html
import re
import unicodedata
from functools import lru_cache

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
PASSAGE_WORDS = 40
TEXT_BLOCK_TYPES = ("paragraph", "heading", "pull_quote", "fact_box")
SUFFIXES = ("ational", "ations", "ation", "ings", "ing", "edly", "ers", "er", "ed", "ly")


@lru_cache(maxsize=50_000)
def fold(word):
    """Lower case without accents or a possessive ending."""
    word = unicodedata.normalize("NFKD", word.casefold())
    word = "".join(ch for ch in word if not unicodedata.combining(ch))
    return re.sub(r"['’]s$", "", word)


@lru_cache(maxsize=50_000)
def stem(word):
    """A light English stemmer, good enough to decide what to highlight."""
    word = fold(word)
    if word.endswith(("ies", "ied")) and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh")) and len(word) > 4:
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # running -> runn -> run
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def keys_for(words):
    return {stem(word) for word in words if word}


def mark(text, keys):
    """Escaped `text` with every word whose stem is in `keys` wrapped in <mark>."""
    out, position = [], 0
    for match in TOKEN.finditer(text):
        out.append(escape(text[position : match.start()]))
        word = match.group()
        out.append(f"<mark>{escape(word)}</mark>" if stem(word) in keys else escape(word))
        position = match.end()
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece above is escaped


def _block_texts(value):
    if isinstance(value, str):
        return [html.unescape(strip_tags(value))]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _block_texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in _block_texts(item)]
    return []


def article_texts(article):
    """The standfirst and the body's words, block by block, read from the raw stream (no queries)."""
    texts = [article.summary or ""]
    for block in article.body.raw_data:
        if block.get("type") in TEXT_BLOCK_TYPES:
            texts.extend(_block_texts(block.get("value")))
    return [" ".join(text.split()) for text in texts if text and text.strip()]


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
    plain = _plain(passage)
    # A word whose stem is a key starts with that key, give or take its last letter ("studies", "study").
    if not any(key[: max(3, len(key) - 1)] in plain for key in keys):
        return 0
    stems = [stem(word) for word in TOKEN.findall(passage)]
    found = {s for s in stems if s in keys}
    return len(found) * 10 + min(sum(1 for s in stems if s in keys), 9)


def trim(passage, keys, limit=PASSAGE_WORDS + 10):
    """Shorten a long passage around its first match, with ellipses where text was cut."""
    words = passage.split()
    if len(words) <= limit:
        return passage
    first = next((i for i, word in enumerate(words) if keys & keys_for(TOKEN.findall(word))), 0)
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
