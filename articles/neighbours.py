"""What ends an article besides related posts: more from its author, and its neighbours in the section.

Both take the queryset of visible articles, so drafts, scheduled and private articles never appear,
and stay in the article's language (its section is in that language; the author's other articles are
taken in it).
"""

from django.db.models import Q

MORE_FROM_AUTHOR_COUNT = 3


def more_from_author(visible, author, exclude, locale_id):
    """The author's newest other articles in the page's language, leaving out those the page shows."""
    if author is None:
        return []
    articles = visible.filter(article_authors__author=author, locale_id=locale_id).exclude(pk__in=exclude)
    return list(articles.newest_first()[:MORE_FROM_AUTHOR_COUNT])


def previous_and_next(visible, page, section):
    """The neighbours of this article in its section by publication date (older, newer)."""
    when = page.published_date
    if section is None or when is None:
        return None, None
    siblings = visible.child_of(section)
    older = siblings.filter(Q(published_date__lt=when) | Q(published_date=when, pk__lt=page.pk))
    newer = siblings.filter(Q(published_date__gt=when) | Q(published_date=when, pk__gt=page.pk))
    return older.newest_first().first(), newer.order_by("published_date", "pk").first()
