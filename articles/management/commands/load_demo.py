"""Create the demo publication. Safe to run again: it adds what is missing and changes nothing else."""

import json
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, Site

from articles.demo_content import AUTHORS, SECTIONS, all_articles
from articles.demo_images import get_or_make_image
from articles.models import ArticlePage, ArticlePageAuthor, Author, SectionPage
from home.models import HomePage, PublicationSettings

DEMO_USERNAME = "admin"
DEMO_PASSWORD = "changeme"  # noqa: S105 - documented demo login, dev settings only


def ensure_home_page():
    home = HomePage.objects.first()
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
    help = "Load the demo publication: sections, authors, about 60 articles and their images."

    @transaction.atomic
    def handle(self, *args, **options):
        home = ensure_home_page()
        publication = PublicationSettings.load()
        if not publication.social_links.raw_data:
            publication.social_links = json.dumps(
                [{"type": "link", "value": {"label": "RSS", "url": "http://127.0.0.1:8000/"}}]
            )
            publication.save()

        authors = {}
        for data in AUTHORS:
            authors[data["slug"]], _ = Author.objects.get_or_create(
                slug=data["slug"], defaults={k: v for k, v in data.items() if k != "slug"}
            )

        sections = {}
        for slug, title, intro in SECTIONS:
            section = SectionPage.objects.child_of(home).filter(slug=slug).first()
            if section is None:
                section = home.add_child(
                    instance=SectionPage(title=title, slug=slug, intro=intro, show_in_menus=True)
                )
                section.save_revision().publish()
            sections[slug] = section

        created = 0
        now = timezone.now()
        existing = set(ArticlePage.objects.values_list("slug", flat=True))
        for data in all_articles():
            if data["slug"] in existing:
                continue
            section = sections[data["section"]]
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
            for order, author_slug in enumerate(data["authors"]):
                article.article_authors.add(ArticlePageAuthor(author=authors[author_slug], sort_order=order))
            article.tags.add(*data["tags"])
            section.add_child(instance=article)
            article.save_revision().publish()
            published = now - timedelta(days=data["days_ago"], hours=created % 9)
            ArticlePage.objects.filter(pk=article.pk).update(
                published_date=published, first_published_at=published
            )
            created += 1

        self.ensure_demo_login()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {created} new articles."))

    def ensure_demo_login(self):
        if not getattr(settings, "DEMO_LOGIN_ENABLED", False):
            return
        User = get_user_model()
        if not User.objects.filter(username=DEMO_USERNAME).exists():
            User.objects.create_superuser(DEMO_USERNAME, "admin@example.com", DEMO_PASSWORD)
            self.stdout.write(f"Created the demo login {DEMO_USERNAME} / {DEMO_PASSWORD}.")
