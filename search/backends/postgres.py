"""PostgreSQL flavour: accent-folded stemming per language, and weights that rank headline > lead > body.

Each row's vectors are built with its page's language configuration (SEARCH_CONFIGS: english, russian,
simple for Azerbaijani), and a search in one language builds its query with the same one and reads
only that language's rows (search.languages).

Each index row keeps two vectors: `title` holds the headline (title, weight A) and the lead (boosted
fields such as the standfirst, weight B); `body` holds the headline again plus the rest (weight D), so
that a single GIN-indexed `body @@ query` finds every match, words spread across fields included.
Stock modelsearch matched on `title || body`, which builds a new vector for every row and cannot use
an index. The plain-text copy of the body kept for modelsearch's optional fuzzy search is left empty:
it tripled the size of every index row, and matching thousands of rows means reading those rows.
"""

import operator
from contextlib import contextmanager
from functools import reduce

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connections, transaction
from django.db.models import Case, Count, ExpressionWrapper, F, FloatField, IntegerField, Value, When
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks
from wagtail.search.models import IndexEntry

from search.languages import prepare, search_language

from .documents import documents_by_id
from .expressions import LanguageMixin, RankedWindowMixin, is_text_query, pk_field
from .words import store_words

# ts_rank weights for the labels D, C, B, A.
RANK_WEIGHTS = [0.1, 0.2, 0.4, 1.0]
DEFAULT_CONFIG = "current_setting('default_text_search_config')::regconfig"

UPSERT_SQL = """
INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
SELECT %(content_type)s, doc.object_id, doc.headline,
       setweight(to_tsvector({autocomplete_config}, doc.autocomplete_title), 'A')
           || setweight(to_tsvector({autocomplete_config}, doc.autocomplete_other), 'B'),
       doc.headline || setweight(to_tsvector(doc.config, doc.body), 'D'),
       1.0, doc.title, ''
FROM (
    SELECT v.object_id, v.title, v.autocomplete_title, v.autocomplete_other, v.body, c.config,
           setweight(to_tsvector(c.config, v.title), 'A')
               || setweight(to_tsvector(c.config, v.lead), 'B') AS headline
    FROM unnest(%(object_ids)s::text[], %(titles)s::text[], %(leads)s::text[], %(bodies)s::text[],
                %(autocomplete_titles)s::text[], %(autocomplete_others)s::text[], %(configs)s::text[])
         AS v(object_id, title, lead, body, autocomplete_title, autocomplete_other, config_name)
    CROSS JOIN LATERAL (SELECT COALESCE(v.config_name::regconfig, {default_config}) AS config) AS c
) AS doc
ON CONFLICT (content_type_id, object_id) DO UPDATE
SET title = EXCLUDED.title, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body,
    title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text
"""


class WeightedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        documents = documents_by_id(model, objs)
        if not documents:
            return
        sql = UPSERT_SQL.format(
            table=IndexEntry._meta.db_table,
            default_config=DEFAULT_CONFIG,
            autocomplete_config="%(autocomplete_config)s::regconfig",
        )
        docs = documents.values()
        params = {
            "content_type": get_content_type_pk(model),
            "autocomplete_config": self.backend.autocomplete_config,
            "object_ids": list(documents),
            "titles": [doc.prepared(doc.title_text) for doc in docs],
            "leads": [doc.prepared(doc.lead_text) for doc in docs],
            "bodies": [doc.prepared(doc.body_text) for doc in docs],
            "autocomplete_titles": [doc.prepared(doc.autocomplete_title_text) for doc in docs],
            "autocomplete_others": [doc.prepared(doc.autocomplete_other_text) for doc in docs],
            "configs": [self.backend.config_for(doc.language) for doc in docs],
        }
        with self.write_connection.cursor() as cursor:
            cursor.execute(sql, params)
        store_words(documents.values(), self.write_connection.alias)

    def _refresh_title_norms(self, full=False):
        """Ranking here uses vector weights, not Wagtail's title norm: nothing to refresh."""


class RankedPostgresCompiler(LanguageMixin, PostgresSearchQueryCompiler):
    def fast_path(self):
        return self.fields is None and is_text_query(self.query)

    def get_config(self, backend):
        """The search language's configuration (rows of that language were indexed with it)."""
        return backend.config_for(self.language) if self.language else backend.config

    def matching_entries(self, tsquery):
        """Index rows that match, found through the GIN index on `body`."""
        content_types = get_descendants_content_types_pks(self.queryset.model)
        return IndexEntry.objects.filter(
            self.language_filter(), content_type_id__in=content_types, body=tsquery
        )

    def matching_keys(self, config):
        """Keys of the matching objects of the model, read from the index alone (no other filter)."""
        tsquery = self.build_tsquery(self.query, config=config)
        # The integer key, so that PostgreSQL can look pages up by primary key.
        return self.matching_entries(tsquery).values(
            _match_pk=Cast("object_id", output_field=pk_field(self.queryset.model))
        )

    def matching_queryset(self, config):
        return self.queryset.filter(pk__in=self.matching_keys(config)).order_by()

    def search(self, config, start, stop, score_field=None, backend=None):
        if not self.fast_path():
            return super().search(config, start, stop, score_field=score_field, backend=backend)
        tsquery = self.build_tsquery(self.query, config=config)
        queryset = self.queryset.filter(index_entries__body=tsquery)
        # Rank on the small headline vector (title A, lead B); matches only in the body tie at zero.
        rank = SearchRank(F("index_entries__title"), tsquery, weights=RANK_WEIGHTS)
        return self._apply_ordering_and_scoring(queryset, rank, start, stop, score_field)


@contextmanager
def index_driven_plans(using):
    """Keep PostgreSQL from answering a full-text match by reading every row.

    The planner does not count the cost of decompressing each row's tsvector, so for a common word it
    prefers a sequential scan that is ten times slower than walking the GIN index.
    """
    connection = connections[using]
    with transaction.atomic(using=using), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        try:
            yield
        finally:
            cursor.execute("SET LOCAL enable_seqscan TO DEFAULT")


class RankedPostgresResults(RankedWindowMixin, PostgresSearchResults):
    def ranked_pks_from_index(self, limit):
        compiler = self.query_compiler
        tsquery = compiler.build_tsquery(compiler.query, config=compiler.get_config(self.backend))
        content_types = get_descendants_content_types_pks(compiler.queryset.model)
        ranked = (
            IndexEntry.objects
            # "+ 0": the content type index must not be preferred over the GIN index on body.
            .alias(_content_type=ExpressionWrapper(F("content_type_id") + 0, output_field=IntegerField()))
            .filter(compiler.language_filter(), _content_type__in=content_types, body=tsquery)
            .annotate(
                # Ranking only rows whose headline matches: the rest rank zero, and ts_rank is costly.
                _rank=Case(
                    When(title=tsquery, then=SearchRank(F("title"), tsquery, weights=RANK_WEIGHTS)),
                    default=Value(0.0),
                    output_field=FloatField(),
                ),
                _match_pk=Cast("object_id", output_field=pk_field(compiler.queryset.model)),
            )
            # Ties (matches outside the headline) keep index order, as Lucene's do; oldest first is
            # also what PostgreSQL's top-N sort does cheaply as rows arrive in that order.
            .order_by("-_rank", "id")
            .values_list("_match_pk", flat=True)
        )[:limit]
        with index_driven_plans(ranked.db):
            return list(ranked)

    def matching_keys(self):
        compiler = self.query_compiler
        if compiler.fast_path():
            return compiler.matching_keys(compiler.get_config(self.backend))
        return self.matching_queryset().values("pk")

    def matching_queryset(self):
        compiler = self.query_compiler
        config = compiler.get_config(self.backend)
        if compiler.fast_path():
            return compiler.matching_queryset(config)
        return compiler.search(config, None, None, backend=self.backend).order_by()

    def facet(self, field_name):
        if self.query_compiler._get_filterable_field(field_name) is None:
            return super().facet(field_name)  # raises modelsearch's FilterFieldError
        rows = self.matching_queryset().values(field_name).annotate(count=Count("pk")).order_by("-count")
        return {row[field_name]: row["count"] for row in rows}


class PrefixAutocompleteCompiler(LanguageMixin, PostgresAutocompleteQueryCompiler):
    """modelsearch's own prefix matching; the results class asks every compiler about the fast path."""

    def fast_path(self):
        return False


def prefix_query(terms, config, weight=None):
    """A tsquery that every term starts a word of (a word weighted `weight`, when given)."""
    lexemes = [Lexeme(term, prefix=True, weight=weight) for term in terms]
    return SearchQuery(reduce(operator.and_, lexemes), search_type="raw", config=config)


class WeightedPostgresBackend(PostgresSearchBackend):
    query_compiler_class = RankedPostgresCompiler
    autocomplete_query_compiler_class = PrefixAutocompleteCompiler
    results_class = RankedPostgresResults
    index_class = WeightedPostgresIndex

    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = params.get("AUTOCOMPLETE_CONFIG", "simple")
        self.configs = params.get("SEARCH_CONFIGS", {})

    def config_for(self, language):
        """The text search configuration of a content language (SEARCH_CONFIG for the others)."""
        return self.configs.get(language, self.config)

    def prefix_keys(self, model, terms, title_only=False):
        """Keys of `model`'s objects with a word starting with each of `terms` in their autocomplete
        vector (title words weigh A, bylines B) or, with `title_only`, among its A words."""
        terms = [prepare(term, search_language()) for term in terms]
        tsquery = prefix_query(terms, self.autocomplete_config, weight="A" if title_only else None)
        content_types = get_descendants_content_types_pks(model)
        return IndexEntry.objects.filter(content_type_id__in=content_types, autocomplete=tsquery).values(
            _match_pk=Cast("object_id", output_field=pk_field(model))
        )
