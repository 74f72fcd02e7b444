"""Author and tag listings (sections list their own articles as pages of the tree)."""

from django.shortcuts import get_object_or_404, render
from taggit.models import Tag

from .listings import article_listing, paginate
from .models import ArticlePage, Author


def author_detail(request, slug):
    author = get_object_or_404(Author, slug=slug)
    articles = article_listing(ArticlePage.objects.filter(article_authors__author=author))
    return render(
        request, "articles/author_page.html", {"author": author, "articles": paginate(request, articles)}
    )


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    articles = article_listing(ArticlePage.objects.filter(tagged_items__tag=tag))
    return render(request, "articles/tag_page.html", {"tag": tag, "articles": paginate(request, articles)})
