"""What an article shows around its body: related posts (in body blocks and at the end), more from the
author and previous/next in the section. A fixed number of queries, whatever the body holds.

All of it comes from one `live().public()` base queryset, so drafts, scheduled and private articles
never appear, even when a stored ranking or an editor's hand-pick still points at them.
"""

from django.db.models import F, OuterRef, Q, Subquery

from .models import ArticlePage
from .related import related_subquery
from .related_blocks import DEFAULT_AUTOMATIC_SLOTS, MAX_BLOCK_ARTICLES

RELATED_BLOCK_TYPE = "related_posts"
MORE_FROM_AUTHOR_COUNT = 3
NEWEST = (F("published_date").desc(nulls_last=True), "-pk")


def visible_articles():
    return ArticlePage.objects.live().public().defer_streamfields()


def _item_value(item):
    return item.get("value") if isinstance(item, dict) else item


def related_blocks_in(raw_body):
    """(block id, hand-picked ids in the editor's order, automatic slots) for each related-posts block."""
    found = []
    for block in raw_body:
        if not isinstance(block, dict) or block.get("type") != RELATED_BLOCK_TYPE:
            continue
        value = block.get("value") or {}
        picks = []
        for item in value.get("articles") or []:
            pk = _item_value(item)
            if isinstance(pk, int) and pk not in picks:
                picks.append(pk)
        automatic = value.get("automatic")
        automatic = DEFAULT_AUTOMATIC_SLOTS if not isinstance(automatic, int) else automatic
        found.append(
            (block.get("id"), picks[:MAX_BLOCK_ARTICLES], max(0, min(automatic, MAX_BLOCK_ARTICLES)))
        )
    return found


class RelatedPlan:
    """Which related articles each body block and the end-of-article list show; nothing twice.

    Hand-picked articles come first in their block, in the editor's order; automatic slots take the
    best stored ranking not yet shown; the end-of-article list takes the next `end_count`.
    """

    def __init__(self, page, visible, end_count):
        blocks = related_blocks_in(list(page.body.raw_data))
        picked = {pk for _, picks, _ in blocks for pk in picks}
        stored = related_subquery(page)
        pool = (
            visible.filter(Q(pk__in=picked) | Q(pk__in=stored.values("related_id")))
            .exclude(pk=page.pk)
            .annotate(related_rank=Subquery(stored.filter(related_id=OuterRef("pk")).values("rank")[:1]))
        )
        by_id = {article.pk: article for article in pool}
        ranked = sorted(
            (a for a in by_id.values() if a.related_rank is not None), key=lambda a: a.related_rank
        )
        self.used = {page.pk}
        self.by_block = {}
        for block_id, picks, automatic in blocks:
            chosen = [by_id[pk] for pk in picks if pk in by_id and pk not in self.used]
            self.used.update(a.pk for a in chosen)
            chosen += self._take(ranked, automatic)
            self.by_block[block_id] = chosen
        self.end = self._take(ranked, end_count)

    def _take(self, ranked, count):
        taken = []
        for article in ranked:
            if len(taken) == count:
                break
            if article.pk not in self.used:
                taken.append(article)
                self.used.add(article.pk)
        return taken

    def for_block(self, block_id):
        return self.by_block.get(block_id)


def more_from_author(visible, author, exclude):
    if author is None:
        return []
    articles = visible.filter(article_authors__author=author).exclude(pk__in=exclude)
    return list(articles.order_by(*NEWEST)[:MORE_FROM_AUTHOR_COUNT])


def previous_and_next(visible, page, section):
    """The neighbours of this article in its section by publication date (older, newer)."""
    when = page.published_date
    if section is None or when is None:
        return None, None
    siblings = visible.child_of(section)
    older = siblings.filter(Q(published_date__lt=when) | Q(published_date=when, pk__lt=page.pk))
    newer = siblings.filter(Q(published_date__gt=when) | Q(published_date=when, pk__gt=page.pk))
    return older.order_by(*NEWEST).first(), newer.order_by("published_date", "pk").first()


def article_extras(page, section, bylines, related_count):
    visible = visible_articles()
    plan = RelatedPlan(page, visible, related_count)
    author = bylines[0] if bylines else None
    previous_article, next_article = previous_and_next(visible, page, section)
    return {
        "related_plan": plan,
        "related_articles": plan.end,
        "more_author": author,
        "more_from_author": more_from_author(visible, author, plan.used),
        "previous_article": previous_article,
        "next_article": next_article,
    }
