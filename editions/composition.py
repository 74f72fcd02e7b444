"""What an edition says: its articles (chosen or automatic) and the email rendered from them.

An edition is rendered once per send, with a placeholder where each reader's unsubscribe link goes;
the worker only swaps the link in, so 10,000 messages cost one template render. Links and images are
absolute and untouched (no tracking redirect, no pixel): the publication does not watch its readers.
"""

import html
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from wagtail.rich_text import expand_db_html

from articles.models import CARD_IMAGE_SPEC, ArticlePage, SectionPage
from core.languages import site_language
from core.models import PublicationSettings
from newsletter import conf as newsletter_conf
from newsletter.emails import NewsletterMultipartEmail, unsubscribe_headers, unsubscribe_url
from newsletter.languages import with_language
from popularity.lists import most_read

from . import conf
from .models import EditionArticle, Fill

UNSUBSCRIBE_PLACEHOLDER = "__EDITION_UNSUBSCRIBE_URL__"
MOST_READ_DAYS = 7
SITE_RELATIVE = re.compile(r'(href|src)="/(?!/)')


def base_url():
    """Scheme and host of every link in an edition (the worker has no request to take it from)."""
    base = newsletter_conf.get("NEWSLETTER_BASE_URL") or settings.CANONICAL_BASE_URL
    return (base or settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def list_id():
    return conf.get("EDITIONS_LIST_ID") or f"newsletter.{urlsplit(base_url()).hostname}"


def automatic_articles(fill, count):
    """Originals in the site's language only: each reader gets the translations (see `in_language`)."""
    default = {"locale__language_code": settings.LANGUAGE_CODE}
    visible = ArticlePage.objects.visible().filter(**default).defer_streamfields()
    if fill == Fill.MOST_READ:
        return list(most_read(MOST_READ_DAYS, visible)[:count])
    sections = SectionPage.objects.visible().filter(**default)
    newest = (visible.child_of(section).newest_first().first() for section in sections)
    return [article for article in newest if article][:count]


def in_language(listed, language):
    """[(article, blurb)] for readers of `language`: each article's live, public translation where it
    has one (with the translation's standfirst when the blurb was the original's), else the article."""
    keys = [article.translation_key for article, _ in listed]
    translations = {
        page.translation_key: page
        for page in ArticlePage.objects.visible()
        .filter(translation_key__in=keys, locale__language_code=language)
        .defer_streamfields()
    }
    shown = []
    for article, blurb in listed:
        version = translations.get(article.translation_key, article)
        own_blurb = version.standfirst if blurb == article.standfirst else blurb
        shown.append((version, own_blurb))
    return shown


def entries(edition):
    """[(article, blurb)] in order: the chosen ones, or what the automatic list gives today."""
    if edition.fill == Fill.CHOSEN or edition.items.exists():
        items = edition.items.select_related("article").order_by("sort_order")
        return [(item.article, item.text()) for item in items]
    return [
        (article, article.standfirst) for article in automatic_articles(edition.fill, edition.article_count)
    ]


def freeze_articles(edition):
    """Write an automatic list down as the edition's items, so every reader and the archive see one list."""
    if edition.fill == Fill.CHOSEN or edition.items.exists():
        return
    with transaction.atomic():
        for position, (article, _) in enumerate(entries(edition)):
            EditionArticle.objects.create(edition=edition, article=article, sort_order=position)


@dataclass(frozen=True)
class Rendered:
    subject: str
    html: str
    text: str
    language: str


def _image_url(article, site_url):
    image = article.card_image
    return urljoin(site_url + "/", image.get_rendition(CARD_IMAGE_SPEC).url) if image else ""


def absolute_links(html, site_url):
    """Site-relative links and images (from rich text) made absolute, as a mail program needs them."""
    return SITE_RELATIVE.sub(lambda match: f'{match[1]}="{site_url}/', html)


def context(edition, site_url):
    publication = PublicationSettings.load().name
    articles = [
        {
            "title": article.display_title,
            "url": urljoin(site_url + "/", article.get_url()),
            "blurb": blurb,
            "image_url": _image_url(article, site_url),
        }
        for article, blurb in in_language(entries(edition), translation.get_language())
    ]
    return {
        "edition": edition,
        "publication": publication,
        "articles": articles,
        "intro_html": absolute_links(expand_db_html(edition.intro), site_url),
        "intro_text": html.unescape(
            strip_tags(normalize_newlines(edition.intro.replace("</p>", "</p>\n\n")))
        ).strip(),
        "home_url": site_url + reverse("wagtail_serve", args=[""]),
        "archive_url": site_url + with_language(reverse("editions:detail", args=[edition.pk])),
        "unsubscribe_url": UNSUBSCRIBE_PLACEHOLDER,
    }


def render(edition, site_url=None, language=None):
    """The edition as mailed to readers of `language` (by default the active one): the editor's text as
    written, the email's own lines and links in that language."""
    site_url = site_url or base_url()
    with translation.override(site_language(language or translation.get_language())):
        values = context(edition, site_url)
        return Rendered(
            subject=edition.subject,
            html=render_to_string("editions/email/edition.html", values),
            text=render_to_string("editions/email/edition.txt", values),
            language=translation.get_language(),
        )


def message(rendered, subscriber, *, site_url=None, to=None, subject_prefix=""):
    """The multipart email for one reader, with their own unsubscribe link and the list headers."""
    site_url = site_url or base_url()
    with translation.override(rendered.language):
        link = unsubscribe_url(subscriber, site_url)
    email = NewsletterMultipartEmail(
        subject=subject_prefix + rendered.subject,
        body=rendered.text.replace(UNSUBSCRIBE_PLACEHOLDER, link),
        to=[to or subscriber.email],
        headers={**unsubscribe_headers(link), "List-Id": f"<{list_id()}>"},
    )
    email.attach_alternative(rendered.html.replace(UNSUBSCRIBE_PLACEHOLDER, link), "text/html")
    return email
