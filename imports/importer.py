"""One WordPress export into the publication: authors, sections, tags, articles, images, redirects.

Posts are committed in batches, each post in a savepoint of its own: a post that fails leaves nothing
behind and the others go on, and an import stopped halfway loses at most the batch it was in (a re-run
carries on). A dry run does all of it inside one transaction that is rolled back. Re-running an export is
keyed on the WordPress post id: an unchanged post is left alone, a changed one updated, a post that
is now private or trashed taken offline.
"""

import hashlib
import itertools
import json
import re
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import unquote

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify
from taggit.models import Tag
from tqdm import tqdm
from wagtail.models import Page, Site

from articles.dating import date_on_going_live, latest
from articles.models import ArticlePage, ArticlePageAuthor, ArticleType, Author, AuthorKind, SectionPage
from articles.signals import announce_visibility_change
from popularity.models import ArticleDailyViews
from related.ranking import ranking_paused, recompute_all

from . import bulk, redirects
from .bulk import NewArticle, NewArticles
from .content import convert
from .images import ImageLibrary
from .indexing import automatic_indexing_paused, index_pages
from .models import ImportedPost
from .wxr import iter_posts, read_catalogue

ORGANISATION_WORDS = re.compile(r"\b(editorial board|editors|staff|newsroom|desk|team)\b", re.IGNORECASE)
MAX_VIEWS = 2**31 - 1  # the daily views column
VIEW_KEYS = ("post_views_count", "views", "_post_views", "wpb_post_views_count", "td_post_views", "tie_views")
LIVE, DRAFT = "publish", {"draft", "pending", "future"}
HIDDEN = {"private": "private in WordPress", "trash": "in the trash", "auto-draft": "an unsaved auto-draft"}
STANDFIRST_MAX = 300
DEFAULT_SECTION = ("news", "News")
# A post modified within a minute of its publication was not revised (WordPress saves twice).
REVISED_AFTER = timedelta(minutes=1)
# Relations (their rows were just read or made) and the tree fields, which add_child sets afterwards.
UNVALIDATED_FIELDS = [
    field.name
    for field in ArticlePage._meta.concrete_fields
    if field.is_relation or field.name in {"path", "depth"}
]
# Posts a transaction: indexing them together and committing once is much cheaper than post by post,
# and the database's write lock is still released every second or so.
BATCH_SIZE = 50


@dataclass
class Summary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list = field(default_factory=list)  # (wp id, title, reason)
    warnings: dict = field(default_factory=dict)  # "post 12 “Title”" -> [notes]
    redirects: int = 0


class CannotImport(Exception):
    """The import cannot start; the message says why."""


class SkipPost(Exception):
    """The post is not imported; the message is the reason the summary gives."""


def digest(post):
    return hashlib.sha256(repr(sorted(vars(post).items())).encode()).hexdigest()


def first_sentence(text):
    match = re.match(r"(.+?[.!?])(\s|$)", text.strip(), re.DOTALL)
    return (match.group(1) if match else text).strip()


def ready_to_go_live(page, section, published, modified):
    """Make a new article live in memory, to be written with its batch (bulk.py), without Wagtail's
    publish action: that costs more than half of an import (permission checks, signals, cache purges,
    each for one page of thousands). What those signals would do is done once for the whole import
    instead (the visibility generation, the related-posts ranking); a new address has nothing to purge.

    The page is validated as a publish would, less the checks that its related rows exist (each a
    query, and each row was just read or made here).
    """
    page.live, page.has_unpublished_changes = True, False
    page.first_published_at, page.last_published_at = published, latest(published, modified)
    page.published_date = date_on_going_live(page)
    page._cached_parent_obj = section
    page.full_clean(exclude=UNVALIDATED_FIELDS, validate_unique=False)


def views_of(post, notes):
    """The view count a WordPress plugin or theme kept in the post's meta (0 when none did)."""
    views = next((int(post.meta[key]) for key in VIEW_KEYS if str(post.meta.get(key, "")).isdigit()), 0)
    if views > MAX_VIEWS:  # a broken counter: the post comes in, its count does not
        notes.append(f"view count {views} is out of range: not carried over")
        return 0
    return views


class Importer:
    def __init__(
        self, path, media_dir=None, section_map=None, organisations=(), dry_run=False, progress=True
    ):
        self.path = path
        self.media_dir = media_dir
        self.section_map = section_map or {}
        self.organisations = {name.casefold() for name in organisations}
        self.dry_run = dry_run
        self.progress = progress
        self.summary = Summary()
        self.sections = {}
        self.authors = {}
        self.tags = {}
        self.imported = set()  # WordPress ids that may have a record (read at the start, then added to)
        self.term_links = {}
        self.slugs = {}  # section id -> {slug of a child: its page id, None until written}
        self.new_articles = NewArticles()

    def run(self):
        """Import the file (raises WXRError when it cannot be read) and return the summary."""
        self.catalogue = read_catalogue(self.path)
        self.images = ImageLibrary(self.media_dir, self.catalogue.attachments, self.dry_run)
        # A dry run is one transaction, rolled back; a real one commits batch by batch.
        with transaction.atomic() if self.dry_run else nullcontext():
            site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
            self.home = site.root_page if site else None
            if self.home is None:
                raise CannotImport("the site has no home page to put sections under: create it first")
            self.locale = self.home.locale
            self.imported = set(ImportedPost.objects.values_list("wp_id", flat=True))
            with ranking_paused():
                posts = iter_posts(self.path)
                bar = tqdm(posts, total=self.catalogue.posts, disable=not self.progress, unit="post")
                for batch in itertools.batched(bar, BATCH_SIZE):
                    self.import_batch(batch)
                with transaction.atomic():
                    self.summary.redirects += redirects.keep_all(
                        [([old], new) for old, new in self.term_links.items()]
                    )
            if self.dry_run:
                transaction.set_rollback(True)
        if not self.dry_run and (self.summary.created or self.summary.updated):
            announce_visibility_change()
            recompute_all()
        return self.summary

    def import_batch(self, posts):
        """Import the posts in one transaction, write its new live articles together (bulk.py) and
        index the pages before it commits.

        The summary counts a post once its batch is committed; should the batch's writes or its commit
        fail, the batch's posts are listed as failed (nothing of them was kept).
        """
        done, pages, redirects_kept, reached = [], [], self.summary.redirects, 0
        try:
            with transaction.atomic(), automatic_indexing_paused():
                for index, post in enumerate(posts):
                    reached = index  # a failure from here on fails this post and the rest
                    if post.wp_id in self.new_articles:  # the same post twice: write the first one first
                        self.write_new_articles(done, pages)
                    if (result := self.import_one(post)) is not None:
                        outcome, notes, saved = result
                        done.append((post, outcome, notes))
                        pages.extend(saved)
                reached = len(posts)
                self.write_new_articles(done, pages)
                index_pages(pages)
        except Exception as error:  # the summary names it; the import goes on
            self.summary.redirects = redirects_kept
            self.forget_created()
            reason = f"failed: its batch could not be saved: {error!r}"[:300]
            failed = [post for post, *_ in done] + list(posts[reached:])
            self.summary.skipped.extend((post.wp_id, post.title, reason) for post in failed)
            return
        for post, outcome, notes in done:
            setattr(self.summary, outcome, getattr(self.summary, outcome) + 1)
            if notes:
                label = f"post {post.wp_id} “{Truncator(post.title or '(no title)').chars(60)}”"
                self.summary.warnings[label] = notes

    def write_new_articles(self, done, pages):
        """Write the batch's pending new articles, adding them to `pages`. Together in a savepoint;
        should the database refuse a row, one at a time, and a post whose rows it refuses is taken
        out of `done` and listed as failed."""
        articles = self.new_articles.take()
        if not articles or self.attempt_to_write(articles, pages) is None:
            return
        failed = {}
        for article in articles:
            if (error := self.attempt_to_write([article], pages)) is not None:
                failed[article.record.wp_id] = f"failed: {error!r}"[:300]
        for post, *_ in done:
            if post.wp_id in failed:
                self.summary.skipped.append((post.wp_id, post.title, failed[post.wp_id]))
        done[:] = [entry for entry in done if entry[0].wp_id not in failed]

    def attempt_to_write(self, articles, pages):
        """Write the articles in a savepoint; the error if the database refused them, else None."""
        try:
            with transaction.atomic():
                written, kept = bulk.write(articles)
        except Exception as error:  # the caller retries or names the post
            return error
        self.summary.redirects += kept
        pages.extend(written)
        for page in written:  # their slugs were taken by no id yet (unless the map was dropped since)
            if (taken := self.slugs.get(page.get_parent().pk)) is not None:
                taken[page.slug] = page.pk
        return None

    def import_one(self, post):
        """(outcome, notes, pages saved) for a post imported in a savepoint of its own, or None."""
        notes, saved = [], []
        try:
            with transaction.atomic():
                outcome = self.import_post(post, notes, saved)
        except SkipPost as reason:
            self.summary.skipped.append((post.wp_id, post.title, str(reason)))
            return None
        except Exception as error:  # one bad post never stops the import; the summary names it
            self.summary.skipped.append((post.wp_id, post.title, f"failed: {error!r}"[:300]))
            self.forget_created()
            return None
        return outcome, notes, saved

    def forget_created(self):
        """Sections, authors and tags made in a rolled-back savepoint are gone: look them up afresh."""
        self.sections.clear()
        self.authors.clear()
        self.tags.clear()
        self.slugs.clear()

    def import_post(self, post, notes, saved):
        if post.post_type != "post":
            kind = {"page": "a page", "nav_menu_item": "a menu item"}.get(post.post_type, post.post_type)
            raise SkipPost(f"{kind}, not an article")
        record = None
        if post.wp_id in self.imported:
            record = ImportedPost.objects.filter(wp_id=post.wp_id).select_related("page").first()
        page = record.page if record else None
        if post.status in HIDDEN or post.status not in DRAFT | {LIVE}:
            if page is not None and page.live:
                page.unpublish()
                saved.append(page)
                redirects.forget(page)
                notes.append(HIDDEN.get(post.status, post.status) + " now: taken offline")
                return "updated"
            raise SkipPost(HIDDEN.get(post.status, f"status “{post.status}”") + ": not imported")
        if not post.title:
            raise SkipPost("it has no title")
        if post.date is None:
            raise SkipPost("it has no date")
        fingerprint = digest(post)
        if record and page is not None and record.digest == fingerprint:
            return "unchanged"
        outcome = "updated" if page is not None else "created"
        section, category_path = self.section_for(post)
        page = self.save_article(post, page, section, notes)
        record = record or ImportedPost(wp_id=post.wp_id)
        record.page, record.digest = page, fingerprint
        old_paths = redirects.post_paths(post, category_path)
        if page.pk is None:  # a new live article, written with its batch
            self.remember_terms(post, section)
            self.new_articles.add(NewArticle(page, section, record, old_paths, views_of(post, notes)))
            self.imported.add(post.wp_id)
            return outcome
        saved.append(page)
        if post.status == LIVE:
            self.seed_views(post, page, record, notes)
        record.save()
        self.imported.add(post.wp_id)
        if post.status == LIVE:
            self.summary.redirects += redirects.keep(old_paths, page=page)
            self.remember_terms(post, section)
            self.new_articles.give_up(old_paths)  # last: nothing of the post can fail after it
        elif post.status == "future":
            notes.append("scheduled in WordPress: imported as a draft")
        return outcome

    def save_article(self, post, page, section, notes):
        body = convert(post.content, lambda src, alt: self.images.resolve(src, alt, notes))
        notes.extend(body.notes)
        standfirst = strip_tags(post.excerpt).strip()
        if not standfirst:
            paragraphs = [block["value"] for block in body.blocks if block["type"] == "paragraph"]
            standfirst = first_sentence(strip_tags(" ".join(paragraphs[:1]))) or post.title
            notes.append("no excerpt: the standfirst is the first sentence")
        new = page is None
        page = page or ArticlePage(live=False, locale=self.locale)
        page.title = post.title[:255]
        page.slug = self.free_slug(post, section, page)
        page.standfirst = Truncator(standfirst).chars(STANDFIRST_MAX)
        page.body = json.dumps(body.blocks)
        page.published_date = post.date
        revised = post.modified and post.modified > post.date + REVISED_AFTER
        page.updated_date = post.modified if revised else None
        bylines = self.bylines_for(post, notes)
        page.article_type = (
            ArticleType.EDITORIAL if bylines[0].kind == AuthorKind.ORGANISATION else ArticleType.NEWS
        )
        self.set_hero(post, page, notes)
        page.article_authors.clear()
        for order, author in enumerate(bylines):
            page.article_authors.add(ArticlePageAuthor(author=author, sort_order=order))
        page.tags.clear()
        page.tags.add(*{self.tag_named(name) for _slug, name in post.tags})
        if new and post.status == LIVE:
            ready_to_go_live(page, section, post.date, post.modified)
            return page
        if new:
            section.refresh_from_db(fields=["numchild"])  # treebeard places the child by it
            section.add_child(instance=page)
            self.slugs[section.pk][page.slug] = page.pk
        revision = page.save_revision()
        if post.status == LIVE:
            revision.publish()
        elif page.live:  # published before, a draft again in WordPress
            page.unpublish()
            redirects.forget(page)
        return page

    def set_hero(self, post, page, notes):
        attachment = self.catalogue.attachments.get(int(post.meta.get("_thumbnail_id") or 0))
        if attachment is None:
            if post.meta.get("_thumbnail_id"):
                notes.append(f"featured image {post.meta['_thumbnail_id']} is not in the export")
            return
        image_id, _alt = self.images.for_attachment(attachment, notes)
        if image_id and image_id > 0:
            page.hero_image_id = image_id
            page.hero_caption = Truncator(strip_tags(attachment.caption)).chars(300)

    def free_slug(self, post, section, page):
        slug = unquote(post.slug) or slugify(post.title, allow_unicode=True) or f"post-{post.wp_id}"
        slug = slug[:240]
        if section.pk not in self.slugs:
            taken = dict(Page.objects.child_of(section).values_list("slug", "pk"))
            self.slugs[section.pk] = taken | self.new_articles.slugs_under(section)
        taken = self.slugs[section.pk]
        if slug in taken and (page.pk is None or taken[slug] != page.pk):
            slug = f"{slug}-{post.wp_id}"
        taken[slug] = page.pk
        return slug

    def section_for(self, post):
        """The post's section (its first category's top level, or as mapped) and its category path."""
        categories = self.catalogue.categories
        slug, name = post.categories[0] if post.categories else ("", "")
        chain = self.category_chain(slug)
        mapped = next((self.section_map[slug] for slug in reversed(chain) if slug in self.section_map), None)
        if mapped:
            target, title = mapped, mapped.replace("-", " ").title()
        elif chain:
            top = chain[0]
            target, title = top, categories[top].name if top in categories else name or top
        else:
            target, title = DEFAULT_SECTION
        return self.section(unquote(target), title), "/".join(unquote(slug) for slug in chain)

    def category_chain(self, slug):
        """[top level, ..., slug]: the category and its parents (a loop in the file is cut)."""
        categories, chain = self.catalogue.categories, []
        while slug and slug not in chain:
            chain.insert(0, slug)
            slug = categories[slug].parent if slug in categories else ""
        return chain

    def section(self, slug, title):
        if slug not in self.sections:
            section = SectionPage.objects.child_of(self.home).filter(slug=slug).first()
            if section is None:
                section = self.home.add_child(
                    instance=SectionPage(title=title, slug=slug, show_in_menus=True)
                )
                section.save_revision().publish()
            self.sections[slug] = section
        return self.sections[slug]

    def tag_named(self, name):
        """The tag of this name, any case (as taggit matches them here), made when new; remembered."""
        if name not in self.tags:
            self.tags[name] = Tag.objects.filter(name__iexact=name).first() or Tag.objects.create(name=name)
        return self.tags[name]

    def bylines_for(self, post, notes):
        logins = [post.author] + [slug.removeprefix("cap-") for slug in post.coauthors]
        # Two logins may be one author ("JohnDoe" and a co-author term "cap-johndoe"): one byline each.
        bylines = {author.pk: author for author in (self.author(login) for login in logins if login)}
        return list(bylines.values()) or [self.author("staff")]

    def author(self, login):
        if login not in self.authors:
            known = self.catalogue.authors.get(login)
            name = (known.display_name if known else "") or login
            organisation = name.casefold() in self.organisations or ORGANISATION_WORDS.search(name)
            kind = AuthorKind.ORGANISATION if organisation else AuthorKind.PERSON
            slug = slugify(login) or f"author-{hashlib.sha1(login.encode()).hexdigest()[:8]}"
            # The author in the site's language (its translations share the slug).
            self.authors[login], _ = Author.objects.get_or_create(
                slug=slug,
                locale=self.locale,
                defaults={"name": name[:120], "kind": kind},
            )
        return self.authors[login]

    def seed_views(self, post, page, record, notes):
        """The post's WordPress view count as one day of history (the record, saved next, keeps the day)."""
        if not (views := views_of(post, notes)):
            return
        record.views_day = record.views_day or timezone.localdate()
        ArticleDailyViews.objects.update_or_create(
            article=page, day=record.views_day, defaults={"views": views}
        )

    def remember_terms(self, post, section):
        """The redirects of the post's category, tag and author archives, written once at the end."""
        paths = [
            "/".join(unquote(part) for part in self.category_chain(slug)) for slug, _name in post.categories
        ]
        tags = [
            (slug, self.tag_named(name))
            for slug, name in post.tags
            if f"/tag/{unquote(slug)}/" not in self.term_links
        ]
        author = (post.author, self.authors[post.author]) if post.author in self.authors else None
        links = redirects.term_targets(paths, section, [(slug, tag) for slug, tag in tags if tag], author)
        self.term_links.update(links)
