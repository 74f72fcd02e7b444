"""One results page: ranked matches, facet counts, editors' picks, and help when nothing matched.

The backend returns the keys of the best matches, best first, up to a window of RESULT_WINDOW (1,000,
like the result windows of web search engines; Elasticsearch's is 10,000); everything else works inside
that window, so the cost of a page does not grow with the archive or with how common a word is. Below
the window every count is exact; a broader search says that it shows the most relevant RESULT_WINDOW
articles, and filters narrow within them. Every query starts from
`ArticlePage.objects.live().public()`, so drafts, scheduled and private pages never reach results,
counts or suggestions, and the number of queries does not depend on the page size.

A search is in one language, the reader's (`SearchRequest.language`): results, counts, facets, picks
and suggestions come from pages in that language only, and the page links to the same search in the
other languages (with their numbers of matches when this language has none).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from articles.models import ArticlePage

from .backends.expressions import InIds
from .facets import build_facets, matched_articles, newest_first
from .highlight import highlight, snippet
from .languages import current_language, in_language, searching_in
from .other_languages import other_languages
from .params import SearchRequest
from .promotions import editors_picks, known_query, log_search
from .query import parse
from .suggestions import did_you_mean, popular_searches

DEFAULT_PER_PAGE = 10
RESULT_WINDOW = 1_000


@dataclass
class SearchOutcome:
    request: SearchRequest
    page: object = None
    total: int = 0
    facets: list = field(default_factory=list)
    picks: list = field(default_factory=list)
    any_word: bool = False
    capped: bool = False
    window: int = RESULT_WINDOW
    suggestion: str = ""
    popular: list = field(default_factory=list)
    languages: list = field(default_factory=list)  # the same search in the other languages

    @property
    def suggestion_url(self):
        return self.request.without_filters().url(q=self.suggestion) if self.suggestion else ""

    @property
    def sort_links(self):
        return [
            {"label": label, "url": self.request.url(sort=sort), "active": self.request.sort == sort}
            for sort, label in (("relevance", _("Relevance")), ("newest", _("Newest first")))
        ]

    @property
    def clear_filters_url(self):
        return self.request.without_filters().url() if self.request.has_filters else ""

    @property
    def previous_url(self):
        return self.request.url(page=self.page.previous_page_number()) if self.page.has_previous() else ""

    @property
    def next_url(self):
        return self.request.url(page=self.page.next_page_number()) if self.page.has_next() else ""


def per_page_setting():
    return getattr(settings, "SEARCH_RESULTS_PER_PAGE", DEFAULT_PER_PAGE)


def window_setting():
    return getattr(settings, "SEARCH_RESULT_WINDOW", RESULT_WINDOW)


def ranked_window(queryset, search_query, size):
    """Keys of the best matches, best first (one query on the database backends)."""
    results = queryset.only("pk").search(search_query)
    if hasattr(results, "ranked_pks"):
        return results.ranked_pks(size)
    return [obj.pk for obj in results[:size]]  # OpenSearch/Elasticsearch rank and filter in one go


def decorate(articles, search_request, words):
    """Section, highlighted title and best snippet for each article on the page (no queries)."""
    sections = {section.path: section for section in search_request.sections.values()}
    ArticlePage.attach_sections(articles, sections)
    for article in articles:
        article.search_title = highlight(article.display_title, words)
        article.search_snippet = snippet(article, words)
    return articles


def page_of_articles(search_request, window, matches, selected, per_page):
    """The requested page of the filtered matches, in relevance (window) or date order."""
    if search_request.sort == "newest":
        keys = newest_first(selected, matches)
    else:
        keys = [pk for pk in window if pk in selected]
    page = Paginator(keys, per_page).get_page(search_request.page)
    articles = ArticlePage.objects.filter(pk__in=page.object_list).with_bylines()
    found = {article.pk: article for article in articles}
    page.object_list = [found[pk] for pk in page.object_list if pk in found]
    return page


def visible_matches(base, search_query, size):
    """The window of best matches and, of those, the visible ones ({pk: Match})."""
    window = ranked_window(base, search_query, size)
    return window, matched_articles(base.filter(InIds(F("pk"), window))) if window else {}


def suggestion_for(base, parsed):
    suggestion = did_you_mean(parsed)
    if not suggestion:
        return ""
    corrected = parse(suggestion).search_query()
    return suggestion if corrected is not None and visible_matches(base, corrected, 10)[1] else ""


def run_search(search_request, per_page=None, log=False):
    """Everything a results page shows, for a validated SearchRequest; `log` adds it to the search log
    (the view decides, through terms_log.admit)."""
    with searching_in(search_request.language or None):
        outcome = _run(search_request, per_page, log)
    outcome.languages = other_languages(search_request, found=bool(outcome.total or outcome.picks))
    return outcome


def _run(search_request, per_page, log):
    outcome = SearchOutcome(request=search_request, window=window_setting())
    parsed = search_request.query
    if not parsed.searchable:
        outcome.popular = popular_searches()
        return outcome

    logged = log and search_request.is_fresh
    query_row = log_search(parsed.text) if logged else known_query(parsed.text)
    language = current_language()
    base = in_language(ArticlePage.objects.visible(), language)
    if not search_request.has_filters:
        outcome.picks = editors_picks(query_row, language)
        promoted = [pick.page_id for pick in outcome.picks if pick.page_id]
        if promoted:
            base = base.exclude(id__in=promoted)

    # Decisions below depend only on what readers may see, never on hidden pages' presence in the index.
    window, matches = visible_matches(base, parsed.search_query(), outcome.window)
    if not matches and len(parsed.terms) > 1:
        any_window, any_matches = visible_matches(base, parsed.search_query(operator="or"), outcome.window)
        if any_matches:
            window, matches, outcome.any_word = any_window, any_matches, True
    outcome.capped = len(window) >= outcome.window

    outcome.facets, selected = build_facets(search_request, matches)
    outcome.total = len(selected)
    if outcome.total:
        outcome.page = page_of_articles(
            search_request, window, matches, selected, per_page or per_page_setting()
        )
        decorate(outcome.page.object_list, search_request, parsed.words)
    else:
        outcome.page = Paginator([], 1).get_page(1)
        if not matches:
            outcome.suggestion = suggestion_for(base, parsed)
        outcome.popular = popular_searches()
    return outcome
