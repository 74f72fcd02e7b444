"""New live articles of one batch, written to the database together.

A published WordPress post becomes what Wagtail's own publish leaves behind: a live page in the tree,
its bylines and tags, a revision it is live on, "created" and "published" entries in its history, its
old addresses as redirects, its view count and the record that keys a re-run. Written page by page that
is dozens of queries a post (treebeard looks up the last sibling, each history entry is validated
against the database, the page is saved again for every revision pointer); an import of thousands
writes the batch's rows of each kind in one statement instead.

Nothing is written before `write()`: a post that fails on the way leaves nothing behind. The importer
runs each write in a savepoint and, should one fail, writes its articles again one at a time, so that
a row the database refuses fails its own post only.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
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
    # A post whose article was deleted since the last run still has its record (the page set to null).
    had_record: bool = field(init=False)

    def __post_init__(self):
        self.had_record = self.record.pk is not None


class NewArticles:
    """The batch's new live articles, kept in memory until they are taken to be written."""

    def __init__(self):
        self.pending = {}  # WordPress id -> NewArticle

    def __contains__(self, wp_id):
        return wp_id in self.pending

    def add(self, article):
        self.pending[article.record.wp_id] = article

    def take(self):
        articles, self.pending = list(self.pending.values()), {}
        return articles

    def slugs_under(self, section):
        """{slug: None} of the pending articles under the section: taken, though not in the database yet."""
        return {
            article.page.slug: None for article in self.pending.values() if article.section.pk == section.pk
        }

    def give_up(self, paths):
        """A later post has claimed these old addresses: the later claim wins, as in a re-run."""
        claimed = redirects.normalised(paths)
        for article in self.pending.values():
            article.old_paths = {
                path for path in article.old_paths if Redirect.normalise_path(path) not in claimed
            }


def write(articles):
    """Write the articles; returns their pages (saved, for indexing) and how many old addresses now
    redirect to them."""
    pages = [article.page for article in articles]
    for article in articles:  # a retry after a failed write starts afresh: no id of that attempt stays
        page = article.page
        page.id = page.page_ptr_id = None
        page.live_revision = page.latest_revision = None
        page._state.adding = True
        for byline in page.article_authors.all():
            byline.pk, byline.page = None, page  # an unsaved page empties the foreign key, filled on insert
        for tagged in page.tagged_items.all():
            tagged.pk, tagged.content_object = None, page
        article.record.page = page
        if not article.had_record:
            article.record.pk = None
    place_in_tree(articles)
    Page.objects.bulk_create(pages)  # the pages' own rows; the article rows follow
    for page in pages:
        page.page_ptr_id = page.id
    insert_child_table_rows(pages)
    ArticlePageAuthor.objects.bulk_create([byline for page in pages for byline in page.article_authors.all()])
    ArticlePageTag.objects.bulk_create([tagged for page in pages for tagged in page.tagged_items.all()])
    go_live_on_revisions(pages)
    log_created_and_published(pages)
    kept = redirects.keep_all([(article.old_paths, article.page) for article in articles])
    seed_views(articles)
    for article in articles:
        article.record.imported_at = timezone.now()  # bulk_update leaves auto_now fields alone
    ImportedPost.objects.bulk_create([article.record for article in articles if not article.had_record])
    ImportedPost.objects.bulk_update(
        [article.record for article in articles if article.had_record],
        ["page", "digest", "views_day", "imported_at"],
    )
    return pages, kept


def seed_views(articles):
    """Each WordPress view count as one day of history; the record keeps the day (an earlier one stays)."""
    today = timezone.localdate()
    rows = []
    for article in articles:
        if article.views:
            record = article.record
            record.views_day = record.views_day or today
            rows.append(ArticleDailyViews(article=article.page, day=record.views_day, views=article.views))
    ArticleDailyViews.objects.bulk_create(rows)


def place_in_tree(articles):
    """Give each page the next path under its section, as treebeard's add_child would: after the
    section's last child now (drafts of this batch may have been added since, through another copy of
    the section): three queries a section (its child count, its last child, the new count)."""
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
    fields = [column for column in model._meta.local_concrete_fields if not column.generated]
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(quote(f.column) for f in fields)}) "
        f"VALUES ({', '.join(['%s'] * len(fields))})"
    )
    rows = [
        [column.get_db_prep_save(column.pre_save(page, add=True), connection) for column in fields]
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
