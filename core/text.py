"""The one text pipeline: words, folding, stemming, stopwords and the readable text of an article body.

Search (queries, highlighting, "did you mean"), related posts (term vectors) and reading time all read
text through these functions, so a word means the same thing everywhere.
"""

import html
import json
import re
import unicodedata
from functools import lru_cache

# A word: letters and digits, with inner apostrophes kept ("don't", "O'Brien").
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# The body blocks whose strings readers read as text (images, embeds and furniture blocks are not).
TEXT_BLOCK_TYPES = frozenset({"paragraph", "heading", "pull_quote", "fact_box"})
# Keys of a block's raw value that hold structure, not text (a heading's "h2", list item ids).
_STRUCTURAL_KEYS = frozenset({"level", "id", "type"})
_TAG = re.compile(r"<[^>]+>")
_STEM_SUFFIXES = ("ational", "ations", "ation", "ings", "ing", "edly", "ers", "er", "ed", "ly")

# English function words: they carry no topic, and a search that demanded them would find less.
_STOPWORD_TEXT = """
    a about above after again against all also although always among an and any are aren't around as at
    be because been before being below between both but by can cannot could couldn't did didn't do does
    doesn't doing don't down during each either else enough even ever every few for from further had
    hadn't has hasn't have haven't having her here hers herself him himself his how however i if in into
    is isn't it its itself just least less let like made make many may might more most much must mustn't
    myself never nor not now of off on once only or other others ought our ours ourselves out over own
    rather really same say says said shan't she should shouldn't since so some still such than that the
    their theirs them themselves then there these they this those though through thus to too under until
    upon very was wasn't way we were weren't what when where whether which while who whom whose why will
    with within without won't would wouldn't yet you your yours yourself yourselves
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def words(text):
    """The words of `text`, case-folded, in order."""
    return [word.casefold() for word in WORD.findall(text or "")]


@lru_cache(maxsize=50_000)
def fold(word):
    """Lower case without accents or a possessive ending ("Şəki's" -> "seki")."""
    word = unicodedata.normalize("NFKD", word.casefold().replace("’", "'"))
    word = "".join(ch for ch in word if not unicodedata.combining(ch))
    return re.sub(r"'s$", "", word)


@lru_cache(maxsize=50_000)
def stem(word):
    """A light English stemmer: plurals and common endings, so "corridors" meets "corridor"."""
    word = fold(word)
    if word.endswith(("ies", "ied")) and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("es") and word[:-2].endswith(("s", "x", "z", "ch", "sh")) and len(word) > 4:
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    for suffix in _STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # running -> runn -> run
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def strings_in(value):
    """Every text string inside a block's raw value (struct fields, list items), in order."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        if "type" in value and "value" in value:  # a list item in Wagtail's raw list format
            yield from strings_in(value["value"])
        else:
            for key, item in value.items():
                if key not in _STRUCTURAL_KEYS:
                    yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def plain(markup):
    """Text of an HTML fragment: tags dropped, entities decoded, white space folded."""
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())


def body_texts(raw_body):
    """The readable text of each string of a StreamField body's text blocks, in order.

    `raw_body` is the body's raw JSON (a str) or raw data (a list of block dicts); no queries are run.
    """
    if isinstance(raw_body, str):
        try:
            raw_body = json.loads(raw_body or "[]")
        except ValueError:
            return []
    texts = []
    for block in raw_body or []:
        if isinstance(block, dict) and block.get("type") in TEXT_BLOCK_TYPES:
            texts.extend(text for text in map(plain, strings_in(block.get("value"))) if text)
    return texts


def body_text(raw_body):
    """All the readable text of a StreamField body as one string."""
    return " ".join(body_texts(raw_body))
