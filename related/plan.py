"""Which related articles an article page shows: in its Related posts body blocks and at its end.

Everything comes from one `live().public()` query joined with the stored ranking, so drafts, scheduled
and private articles never appear, even when a stored ranking or an editor's hand-pick points at them.

Related posts are in the page's language. The ranking of every version of the page counts (a
translation's own, and its original's, which has the larger archive to compare with), each related
article read as its version in the page's language; one in no such version is left out. A hand-pick
of an article in another language shows its version in the page's language.
"""

from django.db.models import Min, OuterRef, Q, Subquery
from wagtail.models import Page

from articles.blocks import DEFAULT_AUTOMATIC_SLOTS, MAX_RELATED_BLOCK_ARTICLES
from articles.generation import cached
from articles.models import ArticlePage
from core.models import PublicationSettings

from .models import RelatedArticle

RELATED_BLOCK_TYPE = "related_posts"


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
            (
                block.get("id"),
                picks[:MAX_RELATED_BLOCK_ARTICLES],
                max(0, min(automatic, MAX_RELATED_BLOCK_ARTICLES)),
            )
        )
    return found


class RelatedPlan:
    """Which related articles each body block and the end-of-article list show; nothing twice.

    Hand-picked articles come first in their block, in the editor's order; automatic slots take the
    best stored ranking not yet shown; the end-of-article list takes the next `end_count`. `used` holds
    every id shown (and the page's own), for what the page lists after.
    """

    def __init__(self, page, visible, end_count, used=()):
        blocks = related_blocks_in(list(page.body.raw_data))
        picked = {pk for _, picks, _ in blocks for pk in picks}
        picks_in_any_language = Page.objects.filter(pk__in=picked)
        stored = RelatedArticle.objects.filter(article__translation_key=page.translation_key)
        best_rank = (
            stored.filter(related__translation_key=OuterRef("translation_key"))
            .values("related__translation_key")
            .annotate(best=Min("rank"))
            .values("best")
        )
        pool = (
            visible.filter(locale_id=page.locale_id)
            .filter(
                Q(translation_key__in=picks_in_any_language.values("translation_key"))
                | Q(translation_key__in=stored.values("related__translation_key"))
            )
            .exclude(translation_key=page.translation_key)
            .annotate(related_rank=Subquery(best_rank[:1]))
        )
        if picked:  # which hand-pick each article answers (itself, or its version in another language)
            same_work = picks_in_any_language.filter(translation_key=OuterRef("translation_key"))
            pool = pool.annotate(picked_as=Subquery(same_work.values("pk")[:1]))
        by_key = {article.translation_key: article for article in pool}
        by_id = {a.picked_as: a for a in by_key.values() if getattr(a, "picked_as", None)}
        ranked = sorted(
            (a for a in by_key.values() if a.related_rank is not None), key=lambda a: a.related_rank
        )
        self.used = {page.pk, *used}
        self.by_block = {}
        for block_id, picks, automatic in blocks:
            chosen = [by_id[pk] for pk in picks if pk in by_id and by_id[pk].pk not in self.used]
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


def related_context(page, request, context):
    """The article page's share: the plan its body blocks read, and the end-of-article list."""
    count = PublicationSettings.load(request_or_site=request).related_posts_count
    used = frozenset(context["shown_article_ids"])

    def build():
        return RelatedPlan(page, ArticlePage.objects.visible().defer_streamfields(), count, used=used)

    plan = cached(f"related:{page.pk}:{count}", build, fresh=getattr(request, "is_preview", False))
    return {"related_plan": plan, "related_articles": plan.end, "shown_article_ids": set(plan.used)}
