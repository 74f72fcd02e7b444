"""Author and tag listings (sections list their own articles as pages of the tree), in the reader's
language: /ru/authors/<slug>/ lists the author's Russian articles. The languages in which the listing
has anything are what its language switcher and hreflang links offer."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from taggit.models import Tag
from wagtail.models import Locale

from core.languages import active_language

from .listings import in_language
from .models import ArticlePage, Author
from .pagination import paginate


def languages_with(articles):
    """The languages of the visible articles in `articles`: one query."""
    codes = articles.visible().order_by().values_list("locale__language_code", flat=True).distinct()
    return set(codes)


def author_detail(request, slug):
    author = Author.objects.original(slug)
    if author is None:
        raise Http404("No such author.")
    written = ArticlePage.objects.by(author)
    articles = paginate(request, in_language(written).for_listing())
    shown = languages_with(written) | {active_language()}
    context = {
        "author": author.in_locale(Locale.get_active().pk),
        "articles": articles,
        "languages_shown": shown,
    }
    return render(request, "articles/author_page.html", context)


def tag_detail(request, slug):
    """A tag's articles in the reader's language; a tag that no visible article in this language
    carries is as unknown as a misspelt one (the switcher offers the languages that have it)."""
    tag = get_object_or_404(Tag, slug=slug)
    tagged = ArticlePage.objects.filter(tagged_items__tag=tag)
    articles = paginate(request, in_language(tagged).for_listing())
    if not articles.paginator.count:
        raise Http404("No published article in this language carries this tag.")
    context = {"tag": tag, "articles": articles, "languages_shown": languages_with(tagged)}
    return render(request, "articles/tag_page.html", context)
