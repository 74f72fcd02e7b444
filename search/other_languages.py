"""The same search in the other content languages: the results page's way to the rest of the archive.

Each link opens the other language's results page for the same words (filters are left behind: a
section or author of one language means nothing in another). When the reader's language has nothing,
each link also says how many articles the other language holds for those words, one count each.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import translation

from articles.models import ArticlePage
from core.languages import content_languages, default_language

from .languages import in_language, searching_in


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str  # in its own language ("Русский"), as readers of it look for it
    url: str
    count: int | None = None


def count_matches(parsed, language):
    """How many live, public articles in `language` match every word (and phrase) of the query."""
    with searching_in(language):
        visible = in_language(ArticlePage.objects.visible(), language).order_by()
        results = visible.search(parsed.search_query(), order_by_relevance=False)
        if hasattr(results, "matching_keys"):
            return visible.filter(pk__in=results.matching_keys()).count()
        return results.count()  # OpenSearch/Elasticsearch


def search_url(language, text):
    with translation.override(language):
        url = reverse("search:results")
    return url + "?" + urlencode({"q": text}) if text else url


def other_languages(search_request, found=True):
    """[LanguageLink] for the content languages other than the request's; counted unless `found`."""
    parsed = search_request.query
    count = not found and parsed.searchable
    here = search_request.language or default_language()
    return [
        LanguageLink(
            code=code,
            name=translation.get_language_info(code)["name_local"],
            url=search_url(code, parsed.text),
            count=count_matches(parsed, code) if count else None,
        )
        for code in content_languages()
        if code != here
    ]
