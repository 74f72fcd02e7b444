"""Author and tag listings (sections list their own articles as pages of the tree)."""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from taggit.models import Tag
from wagtail.models import Locale

from .models import ArticlePage, Author
from .pagination import paginate


def author_detail(request, slug):
    author = Author.objects.original(slug)
    if author is None:
        raise Http404("No such author.")
    articles = ArticlePage.objects.by(author).for_listing()
    context = {"author": author.in_locale(Locale.get_active().pk), "articles": paginate(request, articles)}
    return render(request, "articles/author_page.html", context)


def tag_detail(request, slug):
    """A tag's articles; a tag that no visible article carries is as unknown as a misspelt one."""
    tag = get_object_or_404(Tag, slug=slug)
    articles = paginate(request, ArticlePage.objects.filter(tagged_items__tag=tag).for_listing())
    if not articles.paginator.count:
        raise Http404("No published article carries this tag.")
    return render(request, "articles/tag_page.html", {"tag": tag, "articles": articles})
