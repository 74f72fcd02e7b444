"""Add N synthetic articles quickly, for benchmarks: rows are inserted in bulk, then indexed in bulk."""

import json
import random
import uuid
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from taggit.models import Tag
from tqdm import tqdm
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from articles.models import ArticlePage, ArticlePageAuthor, ArticlePageTag, Author, SectionPage
from articles.signals import announce_visibility_change
from demo.content import AUTHORS, SECTIONS
from demo.synthetic import TOPICS, synthetic_article

from .load_demo import ensure_home_page

BATCH = 500


class Command(BaseCommand):
    help = "Add N synthetic but plausible published articles across the sections (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=100)
        parser.add_argument("--seed", type=int, default=None, help="Repeatable output for a given seed.")
        parser.add_argument(
            "--no-index", action="store_true", help="Skip adding the articles to the search index."
        )

    def handle(self, *args, count, seed, no_index, **options):
        self.verbosity = options.get("verbosity", 1)
        if count < 1:
            raise CommandError("--count must be at least 1.")
        rng = random.Random(seed)
        sections = self.sections()
        authors = self.authors()
        tags = {
            name: Tag.objects.get_or_create(name=name, defaults={"slug": name.replace(" ", "-")})[0]
            for words in TOPICS.values()
            for name in words
        }
        next_step = {s.pk: self.next_child_step(s) for s in sections}
        created_ids = []
        progress = tqdm(total=count, desc="articles", unit="art", disable=not self.verbosity)
        run = uuid.uuid4().hex[:6]
        for start in range(0, count, BATCH):
            size = min(BATCH, count - start)
            with transaction.atomic():
                created_ids += self.insert_batch(rng, run, start, size, sections, next_step, authors, tags)
            progress.update(size)
        progress.close()
        for section in sections:
            # Not get_children(): treebeard answers from the stale numchild we are correcting.
            children = Page.objects.filter(path__startswith=section.path, depth=section.depth + 1).count()
            Page.objects.filter(pk=section.pk).update(numchild=children)
        announce_visibility_change()
        if not no_index:
            self.index(created_ids)
        self.stdout.write(self.style.SUCCESS(f"Added {count} articles."))

    def sections(self):
        home = ensure_home_page()
        sections = list(SectionPage.objects.child_of(home).live())
        if not sections:
            for slug, title, intro in SECTIONS:
                section = home.add_child(
                    instance=SectionPage(title=title, slug=slug, intro=intro, show_in_menus=True)
                )
                section.save_revision().publish()
                sections.append(section)
        return sections

    def authors(self):
        if not Author.objects.exists():
            for data in AUTHORS:
                Author.objects.create(**data)
        return list(Author.objects.all())

    @staticmethod
    def next_child_step(section):
        last = section.get_last_child()
        return (Page._str2int(last.path[-Page.steplen :]) + 1) if last else 1

    def insert_batch(self, rng, run, start, size, sections, next_step, authors, tags):
        content_type = ContentType.objects.get_for_model(ArticlePage)
        locale = Locale.get_default()
        now = timezone.now()
        pages, specifics, drafts = [], [], []
        for i in range(start, start + size):
            section = rng.choice(sections)
            slug_topic = section.slug if section.slug in TOPICS else "opinion"
            data = synthetic_article(rng, slug_topic)
            step = next_step[section.pk]
            next_step[section.pk] += 1
            slug = f"generated-{run}-{i}"
            published = now - timedelta(minutes=rng.randint(10, 60 * 24 * 365 * 5))
            page = Page(
                title=data["title"],
                draft_title=data["title"],
                slug=slug,
                content_type=content_type,
                live=True,
                has_unpublished_changes=False,
                url_path=f"{section.url_path}{slug}/",
                first_published_at=published,
                last_published_at=published,
                locale=locale,
                path=Page._get_path(section.path, section.depth + 1, step),
                depth=section.depth + 1,
                numchild=0,
            )
            pages.append(page)
            body = [
                {"type": "paragraph", "value": f"<p>{escape(p)}</p>", "id": str(uuid.uuid4())}
                for p in data["paragraphs"]
            ]
            drafts.append((data, body, published))
        Page.objects.bulk_create(pages)
        for page, (data, body, published) in zip(pages, drafts, strict=True):
            specifics.append(
                ArticlePage(
                    page_ptr_id=page.pk,
                    id=page.pk,
                    standfirst=data["standfirst"],
                    article_type=rng.choice(["op-ed", "analysis", "analysis", "news", "editorial"]),
                    body=json.dumps(body),
                    published_date=published,
                )
            )
        fields = ArticlePage._meta.local_concrete_fields
        ArticlePage.objects._insert(specifics, fields=fields)
        links, tag_links = [], []
        for page, (data, _body, _published) in zip(pages, drafts, strict=True):
            for order, author in enumerate(rng.sample(authors, rng.choice([1, 1, 1, 2]))):
                links.append(ArticlePageAuthor(page_id=page.pk, author=author, sort_order=order))
            tag_links += [ArticlePageTag(content_object_id=page.pk, tag=tags[name]) for name in data["tags"]]
        ArticlePageAuthor.objects.bulk_create(links)
        ArticlePageTag.objects.bulk_create(tag_links)
        return [page.pk for page in pages]

    def index(self, ids):
        backend = get_search_backend()
        for start in tqdm(
            range(0, len(ids), BATCH), desc="indexing", unit="batch", disable=not self.verbosity
        ):
            chunk = ArticlePage.objects.filter(pk__in=ids[start : start + BATCH]).prefetch_related(
                "article_authors__author"
            )
            backend.add_bulk(ArticlePage, list(chunk))
