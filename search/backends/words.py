"""The word list of the index (`search.models.Word`): filled as objects are indexed, searched by trigrams.

Every folded word of an indexed object's title, lead and body is added once (a publish adds the few
hundred words of one article, most already known). `close_words` asks the trigram index for the words
that share the most three-letter pieces with a misspelt one: pg_trgm's `%` operator and `similarity()` on
PostgreSQL, an FTS5 trigram table ranked by bm25 on SQLite (words padded with a space, as pg_trgm pads
them, so that the first and last letters count). Either way the cost depends on the size of the word list,
not on the number or length of the articles.
"""

from django.db import connections

from core.text import WORD, fold
from search.models import Word

MIN_LENGTH = 3
MAX_LENGTH = Word._meta.get_field("word").max_length
CLOSE_WORDS = 20

POSTGRES_CLOSE_WORDS = """
SELECT word FROM search_word WHERE word %% %s ORDER BY similarity(word, %s) DESC, word LIMIT %s
"""
# FTS5 finds and ranks the best rows itself (bm25: most shared trigrams, rare ones counting more); the
# words are then looked up by key.
SQLITE_CLOSE_WORDS = """
SELECT w.word FROM (
    SELECT rowid, rank FROM search_word_trigrams WHERE search_word_trigrams MATCH %s ORDER BY rank LIMIT %s
) AS best JOIN search_word w ON w.id = best.rowid ORDER BY best.rank
"""


def words_of(documents):
    """The folded words of some indexed Documents, as stored (3 to 40 characters, not numbers)."""
    found = set()
    for document in documents:
        for text in (document.title_text, document.lead_text, document.body_text):
            found.update(WORD.findall(text))
    folded = {fold(word) for word in found}  # each distinct spelling once: most words repeat
    return {word for word in folded if MIN_LENGTH <= len(word) <= MAX_LENGTH and not word.isdigit()}


def store_words(documents, using):
    new_words = words_of(documents)
    if new_words:
        Word.objects.using(using).bulk_create(
            [Word(word=word) for word in sorted(new_words)], ignore_conflicts=True, batch_size=2_000
        )


def trigram_query(word):
    """An FTS5 query for any trigram of `word`, padded as stored (" word "), every piece quoted."""
    padded = f" {word} "
    pieces = sorted({padded[start : start + 3] for start in range(len(padded) - 2)})
    return " OR ".join('"' + piece.replace('"', '""') + '"' for piece in pieces)


def close_words(word, using="default", limit=CLOSE_WORDS):
    """Stored words that look like `word` (a folded word), roughly closest first; [] elsewhere."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        sql, params = POSTGRES_CLOSE_WORDS, [word, word, limit]
    elif connection.vendor == "sqlite" and len(word) >= MIN_LENGTH:
        sql, params = SQLITE_CLOSE_WORDS, [trigram_query(word), limit]
    else:
        return []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]
