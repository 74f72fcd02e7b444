"""SQLite FTS5 flavour: porter stemming, weighted columns and ranking that scales.

Stock modelsearch ranks every matching row with a correlated sub-query (seconds at 10,000 articles),
weighs every column alike and does not stem. Here the text is also kept in `search_fts` (FTS5 with
the porter tokenizer and columns title, lead, body), ranking asks FTS5 for the best rows first with
`bm25()` column weights, and only the requested slice is loaded. Autocomplete keeps Wagtail's
unstemmed table so that half-typed words still match as prefixes. Pages in languages other than
English go to `search_fts_plain` instead (no porter stemming; search.languages).
"""

from django.db import connections
from django.db.models import Count, ExpressionWrapper, F, FloatField, Func, IntegerField, Lookup, Q, TextField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteAutocompleteQueryCompiler,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import And, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks
from wagtail.search.models import IndexEntry, SQLiteFTSIndexEntry

from core.languages import default_language
from search.languages import prepare, search_language
from search.models import IndexKey, PlainIndexEntry, StemmedIndexEntry

from .documents import documents_by_id
from .expressions import LanguageMixin, RankedWindowMixin, is_text_query, pk_field, searchable_terms
from .words import store_words

PORTER_LANGUAGES = ("en",)
FTS_MODELS = (StemmedIndexEntry, PlainIndexEntry)


def fts_model_for(language):
    """The FTS table of a language's text: porter-stemmed for English, plain for the others."""
    return StemmedIndexEntry if (language or default_language()) in PORTER_LANGUAGES else PlainIndexEntry


class FTSMatch(Lookup):
    """`<fts table> MATCH <query>` as a WHERE condition (the table's hidden column has its name).

    A Lookup rather than a boolean expression, so that Django does not append "= True", which FTS5
    rejects.
    """

    lookup_name = "fts_match"

    def __init__(self, table, fts_query):
        self.table = table
        self.fts_query = fts_query
        super().__init__(None, None)

    def as_sql(self, compiler, connection):
        return f"{self.table} MATCH %s", [self.fts_query]


class BM25(Func):
    """FTS5's bm25() with one weight per column; lower is better."""

    output_field = FloatField()

    def __init__(self, table, weights):
        super().__init__()
        self.table = table
        self.weights = weights

    def as_sql(self, compiler, connection, **extra_context):
        weights = ", ".join(str(float(weight)) for weight in self.weights)
        return f"bm25({self.table}, {weights})", []


def quote(term):
    return '"' + term.replace('"', '""') + '"'


def fts_expression(query, prefix_last=False):
    """An FTS5 query string for a tree of PlainText/Phrase/And/Or, every term quoted (so inert)."""
    if isinstance(query, PlainText):
        terms = [quote(term) for term in searchable_terms(query.query_string)]
        if not terms:
            return None
        if prefix_last:
            terms[-1] += "*"
        joiner = " OR " if query.operator == "or" else " AND "
        return "(" + joiner.join(terms) + ")"
    if isinstance(query, Phrase):
        return quote(query.query_string) if searchable_terms(query.query_string) else None
    parts = [fts_expression(sub, prefix_last) for sub in query.subqueries]
    parts = [part for part in parts if part]
    if not parts:
        return None
    joiner = " AND " if isinstance(query, And) else " OR "
    return "(" + joiner.join(parts) + ")"


def fts_hits(fts_model, fts_query, model, content_type_field):
    """Rows of an FTS table that match `fts_query`, for `model` and its subclasses."""
    content_types = get_descendants_content_types_pks(model)
    return (
        fts_model.objects.filter(FTSMatch(fts_model._meta.db_table, fts_query))
        # "+ 0" keeps SQLite from starting at an index on the content type and then asking FTS5
        # about every row of it, which is a thousand times slower than starting from the match.
        .alias(_content_type=ExpressionWrapper(F(content_type_field) + 0, output_field=IntegerField()))
        .filter(_content_type__in=content_types)
    )


class RankedQueryMixin(LanguageMixin):
    """FTS-driven matching and ranking; falls back to stock modelsearch for NOT/MatchAll/fields."""

    fts_model = StemmedIndexEntry
    fts_columns = ("title", "lead", "body")
    column_weights = (10.0, 3.0, 1.0)
    content_type_field = "key__content_type_pk"
    object_id_field = "key__object_id"
    prefix_last = False

    def fast_path(self):
        return self.fields is None and is_text_query(self.query)

    @property
    def fts_table(self):
        return self.fts_model._meta.db_table

    def fts_query(self):
        expression = fts_expression(self.query, prefix_last=self.prefix_last)
        if expression is None:
            return None
        return "{" + " ".join(self.fts_columns) + "} : " + expression

    def hits(self):
        """Index rows that match, for this model and its subclasses; the FTS index drives the query."""
        fts_query = self.fts_query()
        if fts_query is None:
            return self.fts_model.objects.none()
        hits = fts_hits(self.fts_model, fts_query, self.queryset.model, self.content_type_field)
        return hits.filter(self.language_filter(self.object_id_field))

    def matching_keys(self):
        """Keys of the matching objects of the model, read from the index alone (no other filter)."""
        return self.hits().values(
            _match_pk=Cast(self.object_id_field, output_field=pk_field(self.queryset.model))
        )

    def matching_queryset(self):
        """The caller's queryset narrowed to matching objects: unordered, for counts and facets."""
        return self.queryset.filter(pk__in=self.matching_keys())

    def ranked_keys(self, start, stop):
        """(object id, score) of the best matches, best first, among the caller's queryset."""
        allowed = (
            self.queryset.order_by()
            .prefetch_related(None)
            .annotate(_search_key=Cast("pk", output_field=TextField()))
            .values("_search_key")
        )
        ranked = (
            self.hits()
            .filter(**{f"{self.object_id_field}__in": allowed})
            .annotate(_rank=BM25(self.fts_table, self.column_weights))
            .order_by("_rank", "-pk")
            .values_list(self.object_id_field, "_rank")
        )
        return list(ranked[start:stop])

    def ordered_slice(self, start, stop):
        queryset = self.matching_queryset()
        if not queryset.query.order_by:
            queryset = queryset.order_by("-pk")
        return list(queryset[start:stop])


class RankedSearchCompiler(RankedQueryMixin, SQLiteSearchQueryCompiler):
    stems_russian = True  # as the plain table holds it

    @property
    def fts_model(self):
        return fts_model_for(self.language)

    def language_filter(self, object_id_field="object_id"):
        """None for English: the porter table holds no other language's pages, so checking each of
        thousands of matches for a common word would cost time for nothing."""
        if self.fts_model is StemmedIndexEntry and len(PORTER_LANGUAGES) == 1:
            return Q()
        return super().language_filter(object_id_field)


class RankedAutocompleteCompiler(RankedQueryMixin, SQLiteAutocompleteQueryCompiler):
    """Prefix matches on Wagtail's unstemmed FTS table (its rows join IndexEntry for the ids)."""

    fts_model = SQLiteFTSIndexEntry
    fts_columns = ("autocomplete",)
    # Wagtail's table has the columns (autocomplete, body, title).
    column_weights = (1.0, 0.0, 0.0)
    content_type_field = "index_entry__content_type_id"
    object_id_field = "index_entry__object_id"
    prefix_last = True


class RankedSearchResults(RankedWindowMixin, SQLiteSearchResults):
    def _do_search(self):
        compiler = self.query_compiler
        if not compiler.fast_path():
            return super()._do_search()
        if not compiler.order_by_relevance:
            return compiler.ordered_slice(self.start, self.stop)
        ranked = compiler.ranked_keys(self.start, self.stop)
        objects = {str(obj.pk): obj for obj in compiler.queryset.filter(pk__in=[key for key, _ in ranked])}
        results = []
        for key, score in ranked:
            obj = objects.get(key)
            if obj is not None:
                if self._score_field:
                    setattr(obj, self._score_field, score)
                results.append(obj)
        return results

    def _do_count(self):
        if not self.query_compiler.fast_path():
            return super()._do_count()
        count = self.query_compiler.matching_queryset().count()
        count = max(0, count - self.start)
        return count if self.stop is None else min(count, self.stop - self.start)

    def ranked_pks_from_index(self, limit):
        compiler = self.query_compiler
        key = Cast(compiler.object_id_field, output_field=pk_field(compiler.queryset.model))
        ranked = (
            compiler.hits()
            .annotate(_rank=BM25(compiler.fts_table, compiler.column_weights), _match_pk=key)
            .order_by("_rank", "pk")
            .values_list("_match_pk", flat=True)
        )
        return list(ranked[:limit])

    def matching_keys(self):
        if self.query_compiler.fast_path():
            return self.query_compiler.matching_keys()
        return self.matching_queryset().values("pk")

    def matching_queryset(self):
        if self.query_compiler.fast_path():
            return self.query_compiler.matching_queryset()
        return self.query_compiler.search(self.query_compiler.get_config(self.backend), None, None).order_by()

    def facet(self, field_name):
        if not self.query_compiler.fast_path():
            return super().facet(field_name)
        if self.query_compiler._get_filterable_field(field_name) is None:
            return super().facet(field_name)  # raises modelsearch's FilterFieldError
        rows = (
            self.matching_queryset()
            .order_by()
            .values(field_name)
            .annotate(count=Count("pk"))
            .order_by("-count")
        )
        return {row[field_name]: row["count"] for row in rows}


class StemmedIndex(SQLiteIndex):
    """Writes Wagtail's index rows (autocomplete uses them), their keys and the weighted, stemmed text."""

    def add_items(self, model, objs):
        documents = documents_by_id(model, objs)
        if not documents:
            return
        content_type_id = get_content_type_pk(model)
        IndexEntry.objects.bulk_create(
            [
                IndexEntry(
                    content_type_id=content_type_id,
                    object_id=object_id,
                    title=document.prepared(document.title_text),
                    autocomplete=document.prepared(document.autocomplete_text),
                    body=document.prepared(document.all_but_title_text),
                )
                for object_id, document in documents.items()
            ],
            update_conflicts=True,
            unique_fields=["content_type", "object_id"],
            update_fields=["title", "autocomplete", "body"],
        )
        entry_ids = dict(
            IndexEntry.objects.filter(content_type_id=content_type_id, object_id__in=documents).values_list(
                "object_id", "id"
            )
        )
        IndexKey.objects.bulk_create(
            [
                IndexKey(entry_id=entry_id, content_type_pk=content_type_id, object_id=object_id)
                for object_id, entry_id in entry_ids.items()
            ],
            ignore_conflicts=True,
        )
        for fts_model in FTS_MODELS:
            fts_model.objects.filter(key_id__in=entry_ids.values())._raw_delete(self.write_connection.alias)
            fts_model.objects.bulk_create(
                [
                    fts_model(
                        key_id=entry_ids[object_id],
                        title=document.prepared(document.title_text, stem=True),
                        lead=document.prepared(document.lead_text, stem=True),
                        body=document.prepared(document.body_text, stem=True),
                    )
                    for object_id, document in documents.items()
                    if object_id in entry_ids and fts_model_for(document.language) is fts_model
                ]
            )
        store_words(documents.values(), self.write_connection.alias)

    def _refresh_title_norms(self, full=False):
        """Ranking here uses bm25 column weights, not Wagtail's title norm: nothing to refresh."""

    def delete_item(self, item):
        entries = list(item.index_entries.values_list("pk", flat=True))
        alias = self.write_connection.alias
        for fts_model in FTS_MODELS:
            fts_model.objects.filter(key_id__in=entries)._raw_delete(alias)
        IndexKey.objects.filter(entry_id__in=entries)._raw_delete(alias)
        super().delete_item(item)

    def delete_stale_entries(self):
        super().delete_stale_entries()
        alias = self.write_connection.alias
        IndexKey.objects.exclude(entry__in=IndexEntry.objects.all())._raw_delete(alias)
        for fts_model in FTS_MODELS:
            fts_model.objects.exclude(key__in=IndexKey.objects.all())._raw_delete(alias)

    def reset(self):
        super().reset()
        for connection in connections.all():
            if connection.vendor == "sqlite":
                for fts_model in FTS_MODELS:
                    fts_model.objects.all()._raw_delete(using=connection.alias)
                IndexKey.objects.all()._raw_delete(using=connection.alias)


class StemmedSQLiteBackend(SQLiteSearchBackend):
    query_compiler_class = RankedSearchCompiler
    autocomplete_query_compiler_class = RankedAutocompleteCompiler
    results_class = RankedSearchResults
    index_class = StemmedIndex

    def prefix_keys(self, model, terms, title_only=False):
        """Keys of `model`'s objects with a word starting with each of `terms` in their autocomplete
        text (title and bylines) or, with `title_only`, in the title; for a sub-query."""
        column = "title" if title_only else "autocomplete"
        terms = [prepare(term, search_language()) for term in terms]
        fts_query = "{" + column + "} : (" + " AND ".join(quote(term) + "*" for term in terms) + ")"
        key = Cast("index_entry__object_id", output_field=pk_field(model))
        return fts_hits(SQLiteFTSIndexEntry, fts_query, model, "index_entry__content_type_id").values(
            _match_pk=key
        )
