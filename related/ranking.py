"""Related posts: ranked when an article is published, stored in RelatedArticle, read at render time.

The score blends the text similarity of title, standfirst and body (cosine of TF-IDF vectors, see
vectors.py) with shared tags, the same section, shared authors and closeness in time. Every part
of the blend is symmetric, so "how related is B to A" is the same number as "A to B": that is what lets
a publish update the lists of the articles it is most related to without re-ranking them.

Write paths
- `refresh_article(page)` on publish: indexes the article's terms, ranks its candidates (an SQL sum over
  the term index, plus articles sharing tags or authors, plus the newest of its section), stores its top
  `STORED_PER_ARTICLE`, and slots it into the stored lists of those articles where it now belongs.
- `recompute_all()` (manage.py recompute_related): rebuilds index and lists for the whole archive in
  memory through an inverted index, then writes them in bulk.

Read path (plan.py): the article page joins the stored ids with `live().public()` in its single
related-posts query, so an article unpublished or made private since
the ranking was stored never shows.
"""

import heapq
import logging
import math
import time
from dataclasses import dataclass
from datetime import datetime

from django.db import connection, transaction
from django.db.models import Case, F, FloatField, Sum, Value, When
from tqdm import tqdm

from articles.models import ArticlePage, ArticlePageAuthor, ArticlePageTag
from core.pauses import Pause
from core.text import body_text

from . import vectors as text
from .models import ArticleTerm, RelatedArticle, TermFrequency

logger = logging.getLogger(__name__)

# Stored per article: enough for the end-of-article list, the body blocks' automatic slots and some
# articles becoming unpublished later, without re-ranking.
STORED_PER_ARTICLE = 20
TEXT_CANDIDATES = 150
SHARED_TAG_CANDIDATES = 60
SHARED_AUTHOR_CANDIDATES = 30
SECTION_CANDIDATES = 10
# Full recompute: a term's posting list is cut to its strongest entries ("champion list") and only
# an article's strongest terms are used to find candidates; candidates are then scored exactly.
CHAMPIONS_PER_TERM = 300
QUERY_TERMS = 10
# On publish: the strongest terms that find the candidates in SQL (see text_scores).
QUERY_TERMS_ON_PUBLISH = 20

# Topic decides: the text's cosine plus editors' shared tags (topic evidence too, so never needed: an
# untagged article loses nothing). Section, bylines and closeness in time only break near-ties: together
# they raise a score by at most TIE_BREAKERS' sum (9%), so a same-author, same-day, same-section piece on
# another subject stays below one on the subject. With no text in common they still order what is left.
TAG_WEIGHT = 0.1
TIE_BREAKERS = {"section": 0.03, "authors": 0.03, "time": 0.03}
NO_TEXT_WEIGHT = 0.001
# The blend before issue 12 (additive: section, author and recency outweighed a typical cosine), kept
# for `make bench BENCH=related`'s side-by-side figures.
BASELINE_WEIGHTS = {"text": 0.6, "tags": 0.2, "section": 0.08, "authors": 0.07, "time": 0.05}
TIME_SCALE_DAYS = 365.0
DOCUMENT_COUNT_TERM = ""  # the TermFrequency row that holds the number of indexed articles
REBUILT_AT_TERM = "#rebuilt"  # ...and the one that holds the archive's size at the last full rebuild
# While the archive is young its document frequencies swing with every article, so rankings stored early
# would go stale: until it holds this many articles, a publish that doubles it re-ranks everything.
AUTO_REBUILD_MAX_DOCS = 1000
WRITE_BATCH = 5000


@dataclass(frozen=True, slots=True)
class Facts:
    """What the blend needs to know about an article besides its text."""

    section: str
    date: datetime | None
    tags: frozenset
    authors: frozenset


def signals(a: Facts, b: Facts):
    """Shared tags (Jaccard), same section, shared byline and closeness in time, each 0..1."""
    tags = len(a.tags & b.tags) / len(a.tags | b.tags) if a.tags and b.tags else 0.0
    closeness = 0.0
    if a.date and b.date:
        closeness = math.exp(-abs((a.date - b.date).total_seconds()) / 86400 / TIME_SCALE_DAYS)
    return tags, float(a.section == b.section), float(bool(a.authors & b.authors)), closeness


def blend(text_score, a: Facts, b: Facts):
    tags, section, authors, closeness = signals(a, b)
    nudge = TIE_BREAKERS["section"] * section + TIE_BREAKERS["authors"] * authors
    nudge += TIE_BREAKERS["time"] * closeness
    return (text_score + TAG_WEIGHT * tags) * (1 + nudge) + NO_TEXT_WEIGHT * (section + authors + closeness)


def baseline_blend(text_score, a: Facts, b: Facts):
    tags, section, authors, closeness = signals(a, b)
    w = BASELINE_WEIGHTS
    return (
        w["text"] * text_score
        + w["tags"] * tags
        + w["section"] * section
        + w["authors"] * authors
        + w["time"] * closeness
    )


def best(scores, limit=STORED_PER_ARTICLE):
    """The `limit` highest (id, score) pairs; ties go to the newer (higher) id so lists are stable."""
    return heapq.nlargest(limit, scores.items(), key=lambda item: (item[1], item[0]))


# --- reading facts from the database -------------------------------------------------------------


def section_path(path):
    return path[: -ArticlePage.steplen]


def load_facts(ids):
    """Facts for the given article ids, live and public ones only (three queries)."""
    ids = list(ids)
    rows = ArticlePage.objects.visible().filter(pk__in=ids)
    rows = rows.values_list("pk", "path", "published_date", "first_published_at")
    tags, authors = {}, {}
    for page_id, tag_id in ArticlePageTag.objects.filter(content_object_id__in=ids).values_list(
        "content_object_id", "tag_id"
    ):
        tags.setdefault(page_id, set()).add(tag_id)
    for page_id, author_id in ArticlePageAuthor.objects.filter(page_id__in=ids).values_list(
        "page_id", "author_id"
    ):
        authors.setdefault(page_id, set()).add(author_id)
    return {
        pk: Facts(
            section_path(path),
            published or first,
            frozenset(tags.get(pk, ())),
            frozenset(authors.get(pk, ())),
        )
        for pk, path, published, first in rows
    }


def facts_of(page):
    """Facts of the article being ranked, whatever its privacy (it may be private itself)."""
    return Facts(
        section_path(page.path),
        page.published_date or page.first_published_at,
        frozenset(ArticlePageTag.objects.filter(content_object_id=page.pk).values_list("tag_id", flat=True)),
        frozenset(ArticlePageAuthor.objects.filter(page_id=page.pk).values_list("author_id", flat=True)),
    )


def article_counts(page):
    return text.term_counts(page.title, page.standfirst, body_text(list(page.body.raw_data)))


# --- one article, on publish -------------------------------------------------------------------------


def _upsert_document_frequencies(terms):
    """Count a newly indexed article in the document frequencies (one statement per batch)."""
    table = connection.ops.quote_name(TermFrequency._meta.db_table)
    rows = [(term, 1) for term in [DOCUMENT_COUNT_TERM, *sorted(terms)]]
    sql = (
        f"INSERT INTO {table} (term, documents) VALUES (%s, %s) "
        f"ON CONFLICT (term) DO UPDATE SET documents = {table}.documents + 1"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def index_article(page):
    """Store the article's TF-IDF terms; returns its vector. New articles join the document counts."""
    counts = article_counts(page)
    already_indexed = ArticleTerm.objects.filter(article_id=page.pk).exists()
    if counts and not already_indexed:
        _upsert_document_frequencies(counts)
    frequencies = dict(
        TermFrequency.objects.filter(term__in=[*counts, DOCUMENT_COUNT_TERM]).values_list("term", "documents")
    )
    n_docs = max(frequencies.pop(DOCUMENT_COUNT_TERM, 0), 1)
    vec = text.vector(counts, frequencies, n_docs)
    ArticleTerm.objects.filter(article_id=page.pk).delete()
    ArticleTerm.objects.bulk_create(
        [ArticleTerm(article_id=page.pk, term=term, weight=weight) for term, weight in vec.items()]
    )
    return vec


def text_scores(page_id, vec, limit=TEXT_CANDIDATES):
    """Cosine of this vector with the indexed articles most likely to be close to it.

    Candidates come from an SQL sum over the article's `QUERY_TERMS_ON_PUBLISH` strongest terms (the
    long tail of weak terms costs most of the time and rarely changes who the candidates are); the
    candidates are then scored exactly, over all their terms, as `recompute_all` scores them.
    """
    if not vec:
        return {}
    strongest = dict(heapq.nlargest(QUERY_TERMS_ON_PUBLISH, vec.items(), key=lambda item: item[1]))
    weight_of_term = Case(
        *[When(term=term, then=Value(weight)) for term, weight in strongest.items()],
        output_field=FloatField(),
    )
    rows = (
        ArticleTerm.objects.filter(term__in=list(strongest))
        .exclude(article_id=page_id)
        .values("article_id")
        .annotate(score=Sum(F("weight") * weight_of_term, output_field=FloatField()))
        .order_by("-score", "-article_id")[:limit]
    )
    candidates = [row["article_id"] for row in rows]
    vectors = {}
    for article_id, term, weight in ArticleTerm.objects.filter(article_id__in=candidates).values_list(
        "article_id", "term", "weight"
    ):
        vectors.setdefault(article_id, {})[term] = weight
    return {article_id: text.dot(vec, other) for article_id, other in vectors.items()}


def other_candidates(page, facts):
    """Articles that share tags or authors, and the newest of the section: for thin or untexted pieces."""
    visible = ArticlePage.objects.visible().exclude(pk=page.pk)
    ids = set()
    if facts.tags:
        shared = visible.filter(tagged_items__tag_id__in=facts.tags).newest_first()
        ids.update(shared.values_list("pk", flat=True)[:SHARED_TAG_CANDIDATES])
    if facts.authors:
        shared = visible.filter(article_authors__author_id__in=facts.authors).newest_first()
        ids.update(shared.values_list("pk", flat=True)[:SHARED_AUTHOR_CANDIDATES])
    section = visible.filter(path__startswith=facts.section, depth=page.depth).newest_first()
    ids.update(section.values_list("pk", flat=True)[:SECTION_CANDIDATES])
    return ids


def _store_lists(lists):
    """Replace the stored lists of the given articles: {article_id: [(related_id, score), ...]}."""
    RelatedArticle.objects.filter(article_id__in=list(lists)).delete()
    RelatedArticle.objects.bulk_create(
        [
            RelatedArticle(article_id=article_id, related_id=related_id, rank=rank, score=score)
            for article_id, ranked in lists.items()
            for rank, (related_id, score) in enumerate(ranked, start=1)
        ],
        batch_size=WRITE_BATCH,
    )


def _slot_into_neighbours(page_id, ranked):
    """Add the article to the lists of the articles it ranks highest, where its score earns a place."""
    neighbour_ids = [related_id for related_id, _ in ranked]
    current = {}
    for article_id, related_id, score in RelatedArticle.objects.filter(
        article_id__in=neighbour_ids
    ).values_list("article_id", "related_id", "score"):
        current.setdefault(article_id, {})[related_id] = score
    changed = {}
    for neighbour_id, score in ranked:
        entries = current.get(neighbour_id, {})
        entries[page_id] = score  # the blend is symmetric: its score in their list is this one
        new_list = best(entries)
        if page_id in dict(new_list):
            changed[neighbour_id] = new_list
    _store_lists(changed)
    return len(changed)


def refresh_article(page):
    """Rank one published article and update its neighbours' lists. A few dozen queries, no archive scan."""
    page = page.specific if not isinstance(page, ArticlePage) else page
    vec = index_article(page)
    facts = facts_of(page)
    scores = text_scores(page.pk, vec)
    candidates = load_facts(set(scores) | other_candidates(page, facts))
    blended = {
        pk: blend(scores.get(pk, 0.0), facts, other) for pk, other in candidates.items() if pk != page.pk
    }
    ranked = best(blended)
    _store_lists({page.pk: ranked})
    is_public = ArticlePage.objects.visible().filter(pk=page.pk).exists()
    return _slot_into_neighbours(page.pk, ranked) if is_public else 0


def archive_has_doubled():
    live = ArticlePage.objects.live().count()
    rebuilt_at = (
        TermFrequency.objects.filter(term=REBUILT_AT_TERM).values_list("documents", flat=True).first()
    )
    return live <= AUTO_REBUILD_MAX_DOCS and live >= 2 * max(rebuilt_at or 0, 1)


# Publish without ranking on each publish (bulk loads); rank the archive once afterwards.
ranking_paused = Pause()


def refresh_article_safely(page):
    """Called on publish: a failure is logged and never stops the article from being published."""
    try:
        with transaction.atomic():
            if archive_has_doubled():
                recompute_all()
            else:
                refresh_article(page)
    except Exception:
        logger.exception("Related posts could not be ranked for article %s", page.pk)


# --- the whole archive ----------------------------------------------------------------------------


def _load_archive(progress):
    """Every live article with its text and facts; `public` says which may be recommended."""
    public = set(ArticlePage.objects.visible().values_list("pk", flat=True))
    tags, authors = {}, {}
    for page_id, tag_id in ArticlePageTag.objects.values_list("content_object_id", "tag_id"):
        tags.setdefault(page_id, set()).add(tag_id)
    for page_id, author_id in ArticlePageAuthor.objects.values_list("page_id", "author_id"):
        authors.setdefault(page_id, set()).add(author_id)
    rows = ArticlePage.objects.live().order_by("pk")
    rows = rows.values_list(
        "pk", "title", "standfirst", "body", "path", "published_date", "first_published_at"
    )
    ids, counts, facts = [], text.CountStore(), []
    for pk, title, standfirst, body, path, published, first in progress(rows.iterator(chunk_size=500)):
        ids.append(pk)
        counts.append(text.term_counts(title, standfirst, body_text(list(body.raw_data))))
        facts.append(
            Facts(
                section_path(path),
                published or first,
                frozenset(tags.get(pk, ())),
                frozenset(authors.get(pk, ())),
            )
        )
    return ids, counts, facts, public


def _newest_first(docs, facts):
    return sorted(docs, key=lambda doc: (facts[doc].date is not None, facts[doc].date, doc), reverse=True)


def _grouped(facts, key, limit):
    """For each tag/author/section: its newest `limit` articles (document numbers)."""
    groups = {}
    for doc, fact in enumerate(facts):
        for value in key(fact):
            groups.setdefault(value, []).append(doc)
    return {value: _newest_first(docs, facts)[:limit] for value, docs in groups.items()}


class ArchiveRanker:
    """All-pairs ranking over the whole archive in memory."""

    def __init__(self, ids, counts, facts, public, method=text.CURRENT, score=blend):
        self.ids, self.facts, self.score = ids, facts, score
        n_docs = len(counts)
        self.doc_freq = {}
        for doc_counts in counts:
            for term in doc_counts:
                self.doc_freq[term] = self.doc_freq.get(term, 0) + 1
        self.vectors = [text.vector(doc_counts, self.doc_freq, n_docs, method) for doc_counts in counts]
        self.recommendable = [pk in public for pk in ids]
        postings = {}
        for doc, vec in enumerate(self.vectors):
            if self.recommendable[doc]:
                for term, weight in vec.items():
                    postings.setdefault(term, []).append((doc, weight))
        self.champions = {
            term: heapq.nlargest(CHAMPIONS_PER_TERM, entries, key=lambda entry: entry[1])
            for term, entries in postings.items()
        }
        recommendable = [
            fact if ok else Facts("", None, frozenset(), frozenset())
            for fact, ok in zip(facts, self.recommendable, strict=True)
        ]
        self.by_tag = _grouped(recommendable, lambda f: f.tags, SHARED_TAG_CANDIDATES)
        self.by_author = _grouped(recommendable, lambda f: f.authors, SHARED_AUTHOR_CANDIDATES)
        self.by_section = _grouped(
            recommendable, lambda f: (f.section,) if f.section else (), SECTION_CANDIDATES
        )

    def rank(self, doc):
        vec, fact = self.vectors[doc], self.facts[doc]
        partial = {}
        get = partial.get
        for term, weight in heapq.nlargest(QUERY_TERMS, vec.items(), key=lambda item: item[1]):
            for other, other_weight in self.champions.get(term, ()):
                partial[other] = get(other, 0.0) + weight * other_weight
        candidates = set(heapq.nlargest(TEXT_CANDIDATES, partial, key=partial.__getitem__))
        for tag in fact.tags:
            candidates.update(self.by_tag.get(tag, ()))
        for author in fact.authors:
            candidates.update(self.by_author.get(author, ()))
        candidates.update(self.by_section.get(fact.section, ()))
        candidates.discard(doc)
        vectors, facts = self.vectors, self.facts
        scores = {
            self.ids[other]: self.score(text.dot(vec, vectors[other]), fact, facts[other])
            for other in candidates
            if self.recommendable[other]
        }
        return best(scores)


def _write_archive(ranker, lists, progress):
    with transaction.atomic():
        RelatedArticle.objects.all().delete()
        ArticleTerm.objects.all().delete()
        TermFrequency.objects.all().delete()
        documents = len(ranker.ids)
        frequencies = [(DOCUMENT_COUNT_TERM, documents), (REBUILT_AT_TERM, documents)]
        _insert_rows(
            TermFrequency, ("term", "documents"), frequencies + list(ranker.doc_freq.items()), progress
        )
        terms = (
            (pk, term, weight)
            for pk, vec in zip(ranker.ids, ranker.vectors, strict=True)
            for term, weight in vec.items()
        )
        _insert_rows(ArticleTerm, ("article_id", "term", "weight"), terms, progress)
        related = (
            (pk, related_id, rank, score)
            for pk, ranked in lists.items()
            for rank, (related_id, score) in enumerate(ranked, start=1)
        )
        _insert_rows(RelatedArticle, ("article_id", "related_id", "rank", "score"), related, progress)


def _insert_rows(model, columns, rows, progress):
    """Plain multi-row inserts: the archive writes hundreds of thousands of rows, models would slow it."""
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join(['%s'] * len(columns))})"
    )
    bar = progress(desc=f"writing {model._meta.verbose_name_plural}", unit="rows")
    batch = []
    with connection.cursor() as cursor:
        for row in rows:
            batch.append(row)
            if len(batch) == WRITE_BATCH:
                cursor.executemany(sql, batch)
                bar.update(len(batch))
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            bar.update(len(batch))
    bar.close()


def recompute_all(show_progress=False, timings=None):
    """Rebuild the term index and every stored list; returns the number of articles ranked.

    `timings`, if given, is filled with the seconds each phase took (read, rank, write).
    """

    def progress(iterable=None, **kwargs):
        return tqdm(iterable, disable=not show_progress, **kwargs)

    timings = {} if timings is None else timings
    started = time.perf_counter()
    total = ArticlePage.objects.live().count()
    ids, counts, facts, public = _load_archive(
        lambda rows: progress(rows, total=total, desc="reading", unit="art")
    )
    timings["read"] = time.perf_counter() - started
    started = time.perf_counter()
    ranker = ArchiveRanker(ids, counts, facts, public)
    del counts  # the raw term counts, the largest thing read, are weighed into the ranker's vectors
    lists = {ids[doc]: ranker.rank(doc) for doc in progress(range(len(ids)), desc="ranking", unit="art")}
    timings["rank"] = time.perf_counter() - started
    started = time.perf_counter()
    _write_archive(ranker, lists, progress)
    timings["write"] = time.perf_counter() - started
    return len(ids)
