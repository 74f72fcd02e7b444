"""Paginated article listings (sections, authors, tags): any ?page= value is safe."""

from django.core.paginator import Paginator

ARTICLES_PER_PAGE = 12


def paginate(request, queryset, per_page=ARTICLES_PER_PAGE):
    """Not a number gives page 1, past the end gives the last page; each article gets its section."""
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    page.object_list = queryset.model.attach_sections(list(page.object_list))
    return page
