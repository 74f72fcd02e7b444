"""New live articles of one batch, written to the database together.

A published WordPress post becomes what Wagtail's own publish leaves behind: a live page in the tree,
its bylines and tags, a revision it is live on, "created" and "published" entries in its history, its
old addresses as redirects, its view count and the record that keys a re-run. Written page by page that
is dozens of queries a post (treebeard looks up the last sibling, each history entry is validated
against the database, the page is saved again for every revision pointer); an import of thousands
writes the batch's rows of each kind in one statement instead.

Nothing is written before `write()`: a post that fails on the way leaves nothing behind, and if the
write itself fails the batch's transaction is rolled back with it (the importer lists its posts).
"""

from collections import defaultdict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Revision

from articles.models import ArticlePageAuthor, ArticlePageTag
from popularity.models import ArticleDailyViews

from . import redirects
from .models import ImportedPost


@dataclass
class NewArticle:
    page: object  # an ArticlePage, validated, with its bylines and tags in memory
    section: object
    record: ImportedPost
    old_paths: set
    views: int


class NewArticles:
    """The batch's new live articles, kept in memory until `write()`."""

    def __init__(self):
        self.pending = {}  # WordPress id -> NewArticle

    def __contains__(self, wp_id):
        return wp_id in self.pending

    def add(self, article):
        self.pending[article.record.wp_id] = article

    def write(self):
        """Write every pending article; returns their pages (saved, for indexing) and how many old
        addresses now redirect to them."""
        articles, self.pending = list(self.pending.values()), {}
        if not articles:
            return [], 0
        pages = [article.page for article in articles]
        place_in_tree(articles)
        Page.objects.bulk_create(pages)  # the pages' own rows; the article rows follow
        for page in pages:
            page.page_ptr_id = page.id
        insert_child_table_rows(pages)
        ArticlePageAuthor.objects.bulk_create(
            [byline for page in pages for byline in page.article_authors.all()]
        )
        ArticlePageTag.objects.bulk_create([tagged for page in pages for tagged in page.tagged_items.all()])
        go_live_on_revisions(pages)
        log_created_and_published(pages)
        kept = redirects.keep_all([(article.old_paths, article.page) for article in articles])
        now = timezone.localdate()
        for article in articles:
            article.record.views_day = now if article.views else None
        ArticleDailyViews.objects.bulk_create(
            [
                ArticleDailyViews(article=article.page, day=now, views=article.views)
                for article in articles
                if article.views
            ]
        )
        ImportedPost.objects.bulk_create([article.record for article in articles])
        return pages, kept


def place_in_tree(articles):
    """Give each page the next path under its section, as treebeard's add_child would: after the
    section's last child now (drafts of this batch may have been added since, through another copy of
    the section), two queries a section."""
    by_section = defaultdict(list)
    for article in articles:
        by_section[article.section.pk].append(article)
    for group in by_section.values():
        section = group[0].section
        section.refresh_from_db(fields=["numchild"])
        last = section.get_last_child()
        step = Page._str2int(last.path[-Page.steplen :]) if last else 0
        for article in group:
            step += 1
            page = article.page
            page.depth = section.depth + 1
            page.path = Page._get_path(section.path, page.depth, step)
            page.set_url_path(section)
        Page.objects.filter(pk=section.pk).update(numchild=F("numchild") + len(group))
        section.numchild += len(group)  # treebeard reads it to place the section's next child


def insert_child_table_rows(pages):
    """The article table's rows. Django cannot bulk-create a model that extends another table, so this
    is the insert its save would run for each page, made once for all of them, each value prepared by
    its field as a save prepares it."""
    model = type(pages[0])
    fields = [field for field in model._meta.local_concrete_fields if not field.generated]
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) "
        f"VALUES ({', '.join(['%s'] * len(fields))})"
    )
    rows = [
        [field.get_db_prep_save(field.pre_save(page, add=True), connection) for field in fields]
        for page in pages
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
    for page in pages:
        page._state.adding, page._state.db = False, connection.alias


def go_live_on_revisions(pages):
    """One revision each, the page live on it (as a publish leaves it)."""
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(pages[0])
    base_content_type = ContentType.objects.get_for_model(Page)
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=str(page.pk),
                content=page.serializable_data(),
                object_str=str(page),
                created_at=now,
            )
            for page in pages
        ]
    )
    for page, revision in zip(pages, revisions, strict=True):
        page.live_revision = page.latest_revision = revision
        page.latest_revision_created_at = now
    Page.objects.bulk_update(pages, ["live_revision", "latest_revision", "latest_revision_created_at"])


def log_created_and_published(pages):
    """The page history's first two entries, as adding and publishing a page writes them."""
    now = timezone.now()
    content_type = ContentType.objects.get_for_model(pages[0])
    entries = []
    for page in pages:
        label = page.get_admin_display_title()
        common = {"content_type": content_type, "label": label, "timestamp": now, "data": {}, "page": page}
        entries.append(PageLogEntry(action="wagtail.create", content_changed=True, **common))
        entries.append(PageLogEntry(action="wagtail.publish", revision=page.live_revision, **common))
    PageLogEntry.objects.bulk_create(entries)
