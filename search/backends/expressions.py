"""Small query pieces shared by the database flavours."""

import json
import re

from django.db.models import CharField, Lookup, Q
from django.db.models.functions import Cast
from modelsearch.query import And, Or, Phrase, PlainText
from wagtail.models import Page

from core.languages import default_language
from search.languages import in_language, prepare, search_language

WORD_CHARACTER = re.compile(r"[^\W_]")


def is_text_query(query):
    """True for the plain words/phrases/and/or trees that the fast ranked path handles itself."""
    if isinstance(query, (PlainText, Phrase)):
        return True
    if isinstance(query, (And, Or)):
        return bool(query.subqueries) and all(is_text_query(sub) for sub in query.subqueries)
    return False


def searchable_terms(text):
    """Whitespace-separated terms that contain at least one letter or digit (the rest match nothing)."""
    return [term for term in text.split() if WORD_CHARACTER.search(term)]


class LanguageMixin:
    """For query compilers: the search's language (search.languages), read once when it is made.

    The words of the query are prepared as the index holds that language's text, and the caller's
    queryset is narrowed to pages in that language.
    """

    stems_russian = False

    def __init__(self, queryset, query, *args, **kwargs):
        super().__init__(queryset, query, *args, **kwargs)
        self.language = search_language()
        self.query = prepared_query(self.query, self.language, stem=self.stems_russian)
        if self.language and issubclass(self.queryset.model, Page):
            self.queryset = in_language(self.queryset, self.language)

    def language_filter(self, object_id_field="object_id"):
        return index_rows_in_language(self.queryset.model, self.language, object_id_field)


def prepared_query(query, language, stem=False):
    """The same tree of PlainText/Phrase/And/Or with its words prepared for `language`."""
    if isinstance(query, PlainText):
        return PlainText(prepare(query.query_string, language, stem), query.operator, query.boost)
    if isinstance(query, Phrase):
        return Phrase(prepare(query.query_string, language, stem))
    if isinstance(query, (And, Or)):
        return type(query)([prepared_query(sub, language, stem) for sub in query.subqueries])
    return query


def index_rows_in_language(model, language, object_id_field="object_id"):
    """A Q keeping the index rows of `model`'s pages in `language` (none when no language is given or
    the model is not a page: only pages have a locale here).

    The default language's rows are those of no other language's pages: translations are the fewer,
    so each of thousands of matches is checked against a short list rather than every original.
    """
    if not language or not issubclass(model, Page):
        return Q()
    lookup = f"{object_id_field}__in"
    if language == default_language():
        others = Page.objects.exclude(locale__language_code=language)
        return ~Q(**{lookup: others.values(_key=Cast("pk", CharField()))})
    own = Page.objects.filter(locale__language_code=language)
    return Q(**{lookup: own.values(_key=Cast("pk", CharField()))})


def pk_field(model):
    """The concrete field behind a model's primary key (a child page's key points at Page.id)."""
    field = model._meta.pk
    while field.is_relation:
        field = field.target_field
    return field


class InIds(Lookup):
    """`<lhs> IN <list of ids>` passed as one parameter (a JSON array on SQLite, an array on PostgreSQL).

    Django's `__in` writes one placeholder per value, which costs milliseconds for thousands of ids.
    """

    lookup_name = "in_ids"
    prepare_rhs = False

    def __init__(self, lhs, ids):
        super().__init__(lhs, [int(pk) for pk in ids])

    def as_sql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        if connection.vendor == "postgresql":
            # An array literal as text: psycopg's list adaptation is several times slower for 10,000 ids.
            return f"{lhs} = ANY(%s::bigint[])", [*params, "{" + ",".join(map(str, self.rhs)) + "}"]
        return f"{lhs} IN (SELECT value FROM json_each(%s))", [*params, json.dumps(self.rhs)]


class RankedWindowMixin:
    """For search results: the best matches' keys at once, for pages that rank, count and page themselves."""

    def ranked_pks(self, limit):
        """Keys of the best matches of the queryset's model, best first, read from the index alone.

        The queryset's own filters are not applied here (that means reading every candidate row);
        callers intersect this list with what they are allowed to show.
        """
        if not self.query_compiler.fast_path():
            return [obj.pk for obj in self[:limit]]
        return self.ranked_pks_from_index(limit)

    def ranked_pks_from_index(self, limit):
        raise NotImplementedError
