"""/search/ (the results page) and /search/suggest/ (autocomplete JSON), under each language's prefix
(/ru/search/): a reader searches the articles of the language they read in."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .autocomplete import suggest_titles
from .languages import reader_language
from .params import parse_request
from .service import run_search
from .terms_log import admit


def _private(response):
    """Results differ per query and go stale on every publish: no shared or stored copies."""
    response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
@never_cache
def results(request):
    search_request = parse_request(request.GET, reader_language(get_language()))
    outcome = run_search(search_request, log=admit(request, search_request))
    return _private(
        TemplateResponse(
            request,
            "search/results.html",
            {"search": outcome, "search_request": search_request, "query": search_request.query},
        )
    )


@require_safe
@never_cache
def suggest(request):
    raw = request.GET.get("q", "")
    language = reader_language(get_language())
    return _private(JsonResponse({"results": suggest_titles(raw, request, language=language)}))
