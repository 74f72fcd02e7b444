"""Small builders for the page tree; real pages, saved and published the way editors do it."""

import itertools
import json
import re
from contextlib import nullcontext
from datetime import timedelta

from django.utils import timezone
from wagtail.models import Collection, Locale, Page, PageViewRestriction, Site

from ads.models import AdSpot
from articles.models import ArticlePage, ArticlePageAuthor, Author, SectionPage
from demo.images import get_or_make_image
from home.models import HomePage
from newsletter.models import Subscriber
from related.ranking import ranking_paused

_counter = itertools.count(1)
# Publishing ranks related posts (dozens of queries, and a full re-rank while the archive is small).
# Only tests about related posts need it: they set this (tests/related/conftest.py) or pass rank=True.
RANK_ON_PUBLISH = False


def ensure_wagtail_roots():
    """The rows Wagtail's migrations create (locales, root collection, root page).

    A transactional test ends by flushing every table, so tests that run after it in the same worker
    would otherwise find no root page.
    """
    for code in ("en", "az", "ru"):
        Locale.objects.get_or_create(language_code=code)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=Locale.objects.get(language_code="en"))
    )


def make_home():
    home = HomePage.objects.first()
    if home:
        return home
    root = ensure_wagtail_roots()
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    root.refresh_from_db()
    home = root.add_child(instance=HomePage(title="Home", slug="home"))
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return home


def make_section(home=None, title="Opinion", slug=None):
    home = home or make_home()
    section = home.add_child(
        instance=SectionPage(title=title, slug=slug or title.lower(), show_in_menus=True)
    )
    section.save_revision().publish()
    return section


def make_author(name=None, kind="person", **kwargs):
    n = next(_counter)
    name = name or f"Author {n}"
    slug = kwargs.pop("slug", None) or f"{name.lower().replace(' ', '-')}-{n}"
    return Author.objects.create(name=name, slug=slug, kind=kind, **kwargs)


def paragraphs(n, text="A measured paragraph about the Caspian region and its ports."):
    return [{"type": "paragraph", "value": f"<p>{text} ({i})</p>"} for i in range(n)]


def make_article(
    section,
    title=None,
    authors=(),
    tags=(),
    body=None,
    publish=True,
    days_ago=0,
    hero=False,
    rank=None,
    **fields,
):
    n = next(_counter)
    title = title or f"Article {n}"
    article = ArticlePage(
        title=title,
        slug=fields.pop("slug", None) or f"article-{n}",
        standfirst=fields.pop("standfirst", f"Standfirst of {title}."),
        body=json.dumps(body if body is not None else paragraphs(6)),
        live=False,
        **fields,
    )
    if hero:
        article.hero_image = get_or_make_image(f"Hero {title}", "energy")
        article.hero_caption = "A hero caption"
        article.hero_credit = "Photo: Test Desk"
    for order, author in enumerate(authors):
        article.article_authors.add(ArticlePageAuthor(author=author, sort_order=order))
    if tags:
        article.tags.add(*tags)
    section.add_child(instance=article)
    revision = article.save_revision()
    if publish:
        with nullcontext() if (RANK_ON_PUBLISH if rank is None else rank) else ranking_paused():
            revision.publish()
        when = timezone.now() - timedelta(days=days_ago, minutes=n)
        ArticlePage.objects.filter(pk=article.pk).update(published_date=when, first_published_at=when)
        article.refresh_from_db()
    return article


def translate(page, language, publish=True, **fields):
    """The page's translation into `language`, made as an editor would (its parents are translated
    first where they are not yet), with `fields` set on it; published unless `publish` is False."""
    page = page.specific
    locale = Locale.objects.get(language_code=language)
    translation = page.get_translation_or_none(locale)
    if translation is None:
        translation = page.copy_for_translation(locale, copy_parents=True)
    translation = translation.specific
    for name, value in fields.items():
        setattr(translation, name, json.dumps(value) if name == "body" else value)
    revision = translation.save_revision()
    if publish:
        with ranking_paused():
            for parent in translation.get_ancestors().filter(depth__gt=1, live=False).specific():
                parent.save_revision().publish()
            revision.publish()
        translation.refresh_from_db()
    return translation


def make_private(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    return page


def make_ad(name="Ad", placement="sidebar", image=True, **fields):
    """An active ad spot; with an image (and alt text) unless told otherwise."""
    if image:
        fields.setdefault("image", get_or_make_image(f"Ad image {name}", "culture"))
        fields.setdefault("image_alt", f"{name} creative")
    fields.setdefault("link_url", "https://sponsor.example/")
    ad = AdSpot(name=name, placement=placement, **fields)
    ad.full_clean()
    ad.save()
    return ad


def make_scheduled(section, title="Scheduled piece", **kwargs):
    """An article approved to go live tomorrow: not live until then."""
    article = make_article(section, title=title, publish=False, **kwargs)
    article.go_live_at = timezone.now() + timedelta(days=1)
    article.save_revision().publish()
    article.refresh_from_db()
    return article


def make_subscriber(email="reader@example.org", status=Subscriber.Status.PENDING, **fields):
    """A subscriber as the sign-up flow leaves it: consent from the footer of the front page."""
    now = timezone.now()
    values = {"consent_at": now, "consent_source": "footer", "consent_page": "/", "consent_version": "1"}
    if status == Subscriber.Status.CONFIRMED:
        values["confirmed_at"] = now
    if status == Subscriber.Status.UNSUBSCRIBED:
        values["unsubscribed_at"] = now
    return Subscriber.objects.create(email=email, status=status, **{**values, **fields})


def links_in(message):
    """The web links in an email's text, in order."""
    return re.findall(r"https?://\S+", message.body)
