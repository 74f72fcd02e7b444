"""The text side of related posts: article text -> weighted terms -> sparse, unit-length vectors.

What an op-ed is about shows in a few names and ideas, while most of its words (the region's
countries, "government", "security") are shared by the whole archive. So, on top of IDF:

- **Names weigh more**: a word capitalised inside a sentence ("Pashinyan", "Zangezur") or written as
  an acronym ("CSTO", "EU") is a name, and counts `Method.name_weight` times a common word. Acronyms
  and their long forms are one term (names.py, and any "Long Form (LF)" an article defines itself).
- **Phrases**: adjacent content words within a sentence ("peace treaty", "gas exports") are a term of
  their own, which common words alone cannot fake.

Pure Python on purpose (no numpy): vectors are small dicts of at most `Method.max_terms` terms, and the
whole archive is compared through an inverted index, so the cost follows the number of shared terms,
not the square of the number of articles.
"""

import math
import re
from array import array
from dataclasses import dataclass

from core.text import STOPWORDS, WORD, fold, stem

from .names import with_aliases

# Title words say most about a piece, the standfirst next, the body least per word.
FIELD_WEIGHTS = {"title": 3.0, "standfirst": 2.0, "body": 1.0}
# Terms in more than this share of the archive say nothing about a topic and are dropped...
MAX_DOC_SHARE = 0.5
# ...once the archive is big enough for a share to mean something.
MIN_DOCS_TO_PRUNE = 20
MIN_WORD, MAX_WORD = 3, 40
MAX_TERM_LENGTH = 40  # the term index's column
# Words that are frequent in any news writing and say nothing about a topic (on top of STOPWORDS).
NEWS_FILLER = frozenset(
    ["year", "years", "new", "first", "two", "three", "next", "week", "weeks", "time", "times", "day", "days"]
)
# Capitalised inside sentences without being names of a topic.
_NOT_NAMES_TEXT = """
    i mr mrs ms dr president minister prime foreign deputy january february march april may june july
    august september october november december monday tuesday wednesday thursday friday saturday sunday
"""
NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())
IGNORED = STOPWORDS | NEWS_FILLER
SENTENCE_BREAK = re.compile(r"[.!?;:()\[\]\"“”]+\s*")
ACRONYM_DEFINITION = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|the|in)\s+)*){1,7})\(([A-Z]{2,6})\)")


@dataclass(frozen=True)
class Method:
    """How text becomes a vector: the features above, each of which can be switched off (see bench)."""

    names: bool = True  # acronyms and aliases as one term; names weigh `name_weight`
    name_weight: float = 2.5
    phrase_weight: float = 0.6
    max_terms: int = 100


CURRENT = Method()
# What related posts used before names and phrases (issue 12), for side-by-side figures.
BASELINE = Method(names=False, name_weight=1.0, phrase_weight=0.0, max_terms=40)


def acronyms_defined(text):
    """{long form: acronym} for each "Long Form (LF)" in the text whose capitals spell the acronym."""
    found = {}
    for run, acronym in ACRONYM_DEFINITION.findall(text):
        words = run.split()
        capitals = [i for i, word in enumerate(words) if word[0].isupper()][-len(acronym) :]
        if len(capitals) == len(acronym) and "".join(words[i][0] for i in capitals) == acronym:
            found[" ".join(words[capitals[0] :])] = acronym
    return found


def _term(word):
    word = fold(word)
    if word in IGNORED:
        return None
    word = word.replace("'", "")  # "O'Brien" -> "obrien"
    if not word.isalpha() or len(word) > MAX_WORD:
        return None
    return stem(word) if len(word) >= MIN_WORD else None


def _sentence_terms(sentence, names):
    """(term, looks like a name) for each word of one sentence that is a term (acronyms too, if `names`)."""
    for position, word in enumerate(WORD.findall(sentence)):
        is_acronym = names and len(word) >= 2 and word.isupper() and word.isalpha()
        term = fold(word) if is_acronym else _term(word)
        if term is None:
            continue
        capitalised = position > 0 and word[0].isupper() and fold(word) not in NOT_NAMES
        yield term, is_acronym or capitalised


def term_counts(title, standfirst, body, method=CURRENT):
    """Field-weighted counts of one article's terms: words, names and (if the method has them) phrases."""
    counts, names = {}, set()
    definitions = acronyms_defined(f"{standfirst or ''}\n{body or ''}") if method.names else {}
    for field, text in (("title", title), ("standfirst", standfirst), ("body", body)):
        weight = FIELD_WEIGHTS[field]
        text = with_aliases(text or "") if method.names else text or ""
        for long_form, acronym in definitions.items():
            text = text.replace(long_form, acronym)
        for sentence in SENTENCE_BREAK.split(text):
            previous = None
            for term, is_name in _sentence_terms(sentence, method.names):
                counts[term] = counts.get(term, 0.0) + weight
                if is_name and field != "title":  # titles may be in Title Case
                    names.add(term)
                if method.phrase_weight and previous is not None and previous != term:
                    phrase = f"{previous} {term}"
                    if len(phrase) <= MAX_TERM_LENGTH:
                        counts[phrase] = counts.get(phrase, 0.0) + weight * method.phrase_weight
                previous = term
    if method.names:
        for term in names:
            counts[term] *= method.name_weight
    return counts


def idf(df, n_docs):
    return math.log((1 + n_docs) / (1 + df)) + 1.0


def is_too_common(df, n_docs):
    return n_docs >= MIN_DOCS_TO_PRUNE and df > MAX_DOC_SHARE * n_docs


def vector(counts, doc_freq, n_docs, method=CURRENT):
    """Sublinear TF x IDF, very common terms dropped, the top `method.max_terms` kept, scaled to length 1.

    `doc_freq` maps a term to the number of articles that contain it (terms it lacks count as new).
    """
    weights = {}
    for term, count in counts.items():
        df = doc_freq.get(term, 1)
        if is_too_common(df, n_docs):
            continue
        weights[term] = (1.0 + math.log(count)) * idf(df, n_docs)
    if len(weights) > method.max_terms:
        weights = dict(sorted(weights.items(), key=lambda item: (-item[1], item[0]))[: method.max_terms])
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {term: w / norm for term, w in weights.items()} if norm else {}


def dot(a, b):
    """The shared terms are found by a set intersection (in C, about three times faster than a loop
    over one vector); fsum makes the result independent of the set's order."""
    return math.fsum([a[term] * b[term] for term in a.keys() & b.keys()])


class CountStore:
    """Many articles' term counts, held compactly for a whole-archive ranking.

    As dicts, the counts of a 10,000-article archive (words plus phrases, each phrase its own string)
    take most of a gigabyte; here each term's text is kept once and an article's counts are two arrays
    of term numbers and counts, about an eighth of the size. Iterating yields each article's counts as
    a dict again, so a `CountStore` stands wherever a list of counts does.
    """

    def __init__(self):
        self._number_of = {}
        self._terms = []
        self._articles = []

    def append(self, counts):
        number_of, terms = self._number_of, self._terms
        numbers = array("I")
        for term in counts:
            number = number_of.get(term)
            if number is None:
                number = number_of[term] = len(terms)
                terms.append(term)
            numbers.append(number)
        self._articles.append((numbers, array("d", counts.values())))

    def __len__(self):
        return len(self._articles)

    def __getitem__(self, index):
        numbers, values = self._articles[index]
        terms = self._terms
        return {terms[number]: value for number, value in zip(numbers, values, strict=True)}

    def __iter__(self):
        return (self[index] for index in range(len(self)))
