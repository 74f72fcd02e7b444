"""Create the demo publication. Safe to run again: it adds only what it never made and changes nothing else.

It refuses to run outside the development settings on a local SQLite file (demo.guard), and it keeps a
record of what it created (demo.models.DemoItem): a demo article, section or author an editor deleted or
unpublished since stays that way.
"""

import json
import os
import random
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, Page, Site

from articles.models import ArticlePage, ArticlePageAuthor, Author, SectionPage
from core.models import PublicationSettings
from demo.content import AUTHORS, SECTIONS, all_articles
from demo.guard import OVERRIDE, refusal
from demo.images import get_or_make_image
from demo.models import DemoItem
from demo.translations import translate_demo
from home.models import HomePage
from popularity.models import ArticleDailyViews
from related.ranking import ranking_paused, recompute_all

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "changeme"  # noqa: S105 - documented demo login, dev settings only
# Earlier versions linked a placeholder "RSS" entry to the home page; there is no feed yet.
PLACEHOLDER_LINK = {"label": "RSS", "url": "http://127.0.0.1:8000/"}
VIEW_HISTORY_DAYS = 30


def ensure_home_page():
    # The original home page: its translations are home pages too.
    home = HomePage.objects.filter(locale=Locale.get_default()).first() or HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's placeholder welcome page holds the "home" slug; the publication replaces it.
        Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
        root.refresh_from_db()
        home = root.add_child(instance=HomePage(title="Home", slug="home"))
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "The Caspian Review"
        site.save()
    return home


def body_json(body, article_title, palette):
    stream = []
    for index, (kind, value) in enumerate(body):
        if kind == "paragraph":
            stream.append({"type": "paragraph", "value": f"<p>{escape(value)}</p>"})
        elif kind == "heading":
            stream.append({"type": "heading", "value": {"text": value, "level": "h2"}})
        elif kind == "pull_quote":
            stream.append(
                {"type": "pull_quote", "value": {"quote": value["text"], "attribution": value["attribution"]}}
            )
        elif kind == "image":
            image = get_or_make_image(f"{article_title} (figure {index})", palette)
            stream.append(
                {
                    "type": "image",
                    "value": {
                        "image": {"image": image.pk, "decorative": False, "alt_text": value["alt"]},
                        "caption": value["caption"],
                        "credit": "Illustration: The Caspian Review",
                    },
                }
            )
        elif kind == "newsletter":
            stream.append({"type": "newsletter", "value": {"heading": "", "text": ""}})
        elif kind == "fact_box":
            stream.append({"type": "fact_box", "value": {"title": value["title"], "facts": value["items"]}})
    return json.dumps(stream)


class Command(BaseCommand):
    help = (
        "Load the demo publication: sections, authors, about 130 articles and their images, and a few "
        "articles with their sections and the home page translated into Russian and Azerbaijani."
    )

    def handle(self, *args, **options):
        # Before the transaction below opens a connection: a refused database is not even reached.
        problem = refusal(settings.SETTINGS_MODULE, connection.settings_dict, os.environ.get(OVERRIDE, ""))
        if problem:
            raise CommandError(problem)
        self.load()

    @transaction.atomic
    def load(self):
        home = ensure_home_page()
        drop_placeholder_link(PublicationSettings.load())
        made = adopt_earlier_load()

        # The originals: an author's translations keep its slug.
        originals = Author.objects.filter(slug__in=[a["slug"] for a in AUTHORS], locale=home.locale)
        authors = {author.slug: author for author in originals}
        for data in AUTHORS:
            if data["slug"] not in authors and data["slug"] not in made[DemoItem.Kind.AUTHOR]:
                authors[data["slug"]] = Author.objects.create(**data, locale=home.locale)
                record(DemoItem.Kind.AUTHOR, data["slug"])

        sections = {section.slug: section for section in SectionPage.objects.child_of(home)}
        for slug, title, intro in SECTIONS:
            if slug not in sections and slug not in made[DemoItem.Kind.SECTION]:
                section = home.add_child(
                    instance=SectionPage(title=title, slug=slug, intro=intro, show_in_menus=True)
                )
                section.save_revision().publish()
                sections[slug] = section
                record(DemoItem.Kind.SECTION, slug)

        with ranking_paused():
            created = self.add_articles(sections, authors, skip=made[DemoItem.Kind.ARTICLE])
            translated = translate_demo(home, made[DemoItem.Kind.TRANSLATION])
        if created or translated:
            recompute_all()  # one ranking of the whole archive instead of one per published article
        views = add_view_history()
        self.ensure_demo_login()
        message = (
            f"Demo content ready: {created} new articles, {translated} new translations, "
            f"{views} daily view counts added."
        )
        self.stdout.write(self.style.SUCCESS(message))

    def add_articles(self, sections, authors, skip):
        """Create the demo articles never made before whose section and an author are still there."""
        created = 0
        now = timezone.now()
        skip = skip | set(ArticlePage.objects.values_list("slug", flat=True))
        for data in all_articles():
            section = sections.get(data["section"])
            bylines = [authors[slug] for slug in data["authors"] if slug in authors]
            if data["slug"] in skip or section is None or not bylines:
                continue
            hero = get_or_make_image(data["title"], data["section"])
            article = ArticlePage(
                title=data["title"],
                slug=data["slug"],
                standfirst=data["standfirst"],
                article_type=data["type"],
                hero_image=hero,
                hero_caption=f"An illustration for “{data['title']}”.",
                hero_credit="Illustration: The Caspian Review",
                body=body_json(data["body"], data["title"], data["section"]),
            )
            for order, author in enumerate(bylines):
                article.article_authors.add(ArticlePageAuthor(author=author, sort_order=order))
            article.tags.add(*data["tags"])
            section.add_child(instance=article)
            article.save_revision().publish()
            published = now - timedelta(days=data["days_ago"], hours=created % 9)
            ArticlePage.objects.filter(pk=article.pk).update(
                published_date=published, first_published_at=published
            )
            record(DemoItem.Kind.ARTICLE, data["slug"])
            created += 1
        return created

    def ensure_demo_login(self):
        if not getattr(settings, "DEMO_LOGIN_ENABLED", False):
            return
        User = get_user_model()
        if not User.objects.filter(username=DEMO_USERNAME).exists():
            User.objects.create_superuser(DEMO_USERNAME, "admin@example.com", DEMO_PASSWORD)
            self.stdout.write(f"Created the demo login {DEMO_USERNAME} / {DEMO_PASSWORD}.")


def record(kind, slug):
    DemoItem.objects.get_or_create(kind=kind, slug=slug)


def adopt_earlier_load():
    """{kind: slugs made before}. A database loaded by a version that kept no record is adopted whole:
    that version created every section, author and article of the demo at once, so anything missing
    now was deleted by an editor and stays deleted."""
    if (
        not DemoItem.objects.exists()
        and ArticlePage.objects.filter(slug__in=[data["slug"] for data in all_articles()]).exists()
    ):
        everything = {
            DemoItem.Kind.SECTION: [slug for slug, *_ in SECTIONS],
            DemoItem.Kind.AUTHOR: [data["slug"] for data in AUTHORS],
            DemoItem.Kind.ARTICLE: [data["slug"] for data in all_articles()],
        }
        DemoItem.objects.bulk_create(
            [DemoItem(kind=kind, slug=slug) for kind, slugs in everything.items() for slug in slugs]
        )
    made = {kind: set() for kind in DemoItem.Kind}
    for kind, slug in DemoItem.objects.values_list("kind", "slug"):
        made[kind].add(slug)
    return made


def drop_placeholder_link(publication):
    links = [link for link in publication.social_links.raw_data if link.get("value") != PLACEHOLDER_LINK]
    if len(links) != len(publication.social_links.raw_data):
        publication.social_links = json.dumps(links)
        publication.save()


def add_view_history(today=None):
    """A month of made-up daily views for demo articles that have none, so Popular Articles shows.

    Clearly synthetic: a seeded random number per article and day, higher for newer articles and for
    the few the demo treats as hits. Real views are added on top by the beacon.
    """
    today = today or timezone.localdate()
    slugs = {data["slug"] for data in all_articles()}
    with_views = set(ArticleDailyViews.objects.values_list("article_id", flat=True).distinct())
    # The demo articles and their translations, so Popular Articles shows in every language.
    demo_keys = ArticlePage.objects.filter(slug__in=slugs).values("translation_key")
    articles = ArticlePage.objects.visible().filter(translation_key__in=demo_keys).exclude(pk__in=with_views)
    rows = []
    for article in articles.order_by("pk"):
        rng = random.Random(article.slug)
        appetite = rng.choice((5, 10, 20, 40, 120))
        published = timezone.localdate(article.published_date) if article.published_date else today
        for back in range(VIEW_HISTORY_DAYS):
            day = today - timedelta(days=back)
            if day < published:
                break
            freshness = 1.0 / (1 + (day - published).days / 7)
            views = int(appetite * freshness * rng.uniform(0.5, 1.5)) + 1
            rows.append(ArticleDailyViews(article=article, day=day, views=views))
    ArticleDailyViews.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)
