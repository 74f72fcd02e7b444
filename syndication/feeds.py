"""RSS 2.0 and Atom 1.0 feeds of the site, each section, each author and each tag.

Only what readers may see (`ArticlePage.objects.visible()`: live and public), newest first, in a fixed
number of queries. The written feed is kept under the visibility generation, so a publish, unpublish or
privacy change forgets every feed at once; the page cache gives it an ETag and answers 304.

Each language has its feeds under its prefix (/ru/feed/, /ru/feeds/tags/…/): a feed lists the
articles of its language only.
"""

import mimetypes
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.http.request import split_domain_port
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Enclosure
from django.utils.html import escape
from django.utils.translation import gettext
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Locale

from articles.generation import cached
from articles.listings import in_language
from articles.models import ArticlePage, ArticlePageTag, Author, SectionPage, bylines_prefetch
from core.addresses import base_url, page_path
from core.languages import active_language
from core.models import PublicationSettings

from .content import body_html
from .generators import ArticleAtomFeed, ArticleRssFeed

FEED_LENGTH = 20
ENCLOSURE_SPEC = "fill-1200x675"
# The date in every entry's tag URI (RFC 4151); with the host and the page id it never changes.
GUID_DATE = "2026"


@dataclass
class Subject:
    """What one feed lists: its title and page, and the articles it draws from."""

    request: object
    title: str
    link: str
    description: str
    articles: object


@dataclass
class Entry:
    title: str
    link: str
    guid: str
    summary: str
    content: str
    bylines: list
    categories: list
    published: object
    updated: object
    enclosures: list


class ArticleFeed(Feed):
    """A feed of articles; each kind says what it lists with `subject(request, publication, **url)`."""

    feed_type = ArticleRssFeed
    full_content = False
    item_guid_is_permalink = False

    def __call__(self, request, *args, **kwargs):
        name = ":".join(
            [type(self).__name__, active_language(), base_url(request), *map(str, kwargs.values())]
        )
        written = cached(f"feed:{name}", lambda: self._write(request, *args, **kwargs))
        response = HttpResponse(written["content"], content_type=written["content_type"])
        response["Last-Modified"] = written["last_modified"]
        return response

    def _write(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        return {
            "content": response.content,
            "content_type": response["Content-Type"],
            "last_modified": response["Last-Modified"],
        }

    def get_object(self, request, **kwargs):
        return self.subject(request, PublicationSettings.load(request_or_site=request).name, **kwargs)

    def title(self, subject):
        return subject.title

    def link(self, subject):
        return base_url(subject.request) + subject.link

    def feed_url(self, subject):
        return base_url(subject.request) + subject.request.path

    def description(self, subject):
        return subject.description

    subtitle = description

    def author_name(self, subject):
        return PublicationSettings.load(request_or_site=subject.request).name

    def items(self, subject):
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=ENCLOSURE_SPEC)
        articles = (
            in_language(subject.articles.visible())
            .newest_first()
            .select_related("hero_image")
            .prefetch_related(
                bylines_prefetch(),
                "corrections",
                Prefetch("tagged_items", queryset=ArticlePageTag.objects.select_related("tag")),
                Prefetch("hero_image__renditions", queryset=renditions),
            )
        )
        if not self.full_content:
            articles = articles.defer_streamfields()
        articles = ArticlePage.attach_sections(list(articles[:FEED_LENGTH]))
        paths = {article.pk: page_path(article, subject.request) for article in articles}
        return [
            self.entry(article, paths[article.pk], subject.request)
            for article in articles
            if paths[article.pk]
        ]

    def entry(self, article, path, request):
        base = base_url(request)
        absolute = base + path
        host, _ = split_domain_port(urlsplit(base).netloc)
        section = [article.section.title] if article.section else []
        return Entry(
            title=article.title,
            link=absolute,
            guid=f"tag:{host},{GUID_DATE}:article:{article.pk}",
            summary=escape(article.standfirst),
            content=body_html(article, absolute) if self.full_content else "",
            bylines=[author.name for author in article.bylines],
            categories=section + [item.tag.name for item in article.tagged_items.all()],
            published=article.display_date,
            updated=article.modified_at or article.display_date,
            enclosures=hero_enclosure(article, base),
        )

    def item_title(self, entry):
        return entry.title

    def item_link(self, entry):
        return entry.link

    def item_guid(self, entry):
        return entry.guid

    def item_description(self, entry):
        return entry.summary

    def item_pubdate(self, entry):
        return entry.published

    def item_updateddate(self, entry):
        return entry.updated

    def item_categories(self, entry):
        return entry.categories

    def item_enclosures(self, entry):
        return entry.enclosures

    def item_extra_kwargs(self, entry):
        return {"bylines": entry.bylines, "content": entry.content}


def hero_enclosure(article, base):
    """The hero image's rendition, absolute, with its size in bytes and type (none if the file is gone)."""
    if article.hero_image is None:
        return []
    rendition = article.hero_image.get_rendition(ENCLOSURE_SPEC)
    try:
        length = rendition.file.size
    except (OSError, ValueError):
        return []
    mime_type = mimetypes.guess_type(rendition.file.name)[0] or "application/octet-stream"
    return [Enclosure(urljoin(base, rendition.url), str(length), mime_type)]


class SiteFeed(ArticleFeed):
    full_content = True

    def subject(self, request, publication):
        home = reverse("wagtail_serve", args=[""])  # this language's front page
        description = gettext("The latest from %(publication)s.") % {"publication": publication}
        return Subject(request, publication, home, description, ArticlePage.objects.all())


class SectionFeed(ArticleFeed):
    def subject(self, request, publication, slug):
        section = in_language(SectionPage.objects.visible()).filter(slug=slug).first()
        if section is None:
            raise Http404("No such section.")
        articles = ArticlePage.objects.child_of(section)
        description = section.intro or gettext("The latest in %(section)s.") % {"section": section.title}
        return Subject(
            request, f"{section.title} | {publication}", page_path(section, request), description, articles
        )


class AuthorFeed(ArticleFeed):
    def subject(self, request, publication, slug):
        author = Author.objects.original(slug)
        if author is None:
            raise Http404("No such author.")
        author = author.in_locale(Locale.get_active().pk)
        articles = ArticlePage.objects.by(author)
        return Subject(
            request,
            f"{author.name} | {publication}",
            author.get_absolute_url(),
            gettext("By %(author)s.") % {"author": author.name},
            articles,
        )


class TagFeed(ArticleFeed):
    def subject(self, request, publication, slug):
        """Like the tag page: a tag that no visible article in this language carries is unknown."""
        tag = get_object_or_404(Tag, slug=slug)
        articles = ArticlePage.objects.filter(tagged_items__tag=tag)
        if not in_language(articles.visible()).exists():
            raise Http404("No published article carries this tag.")
        link = reverse("articles:tag", args=[tag.slug])
        description = gettext("Articles tagged %(tag)s.") % {"tag": tag.name}
        return Subject(request, f"{tag.name} | {publication}", link, description, articles)


class SiteAtomFeed(SiteFeed):
    feed_type = ArticleAtomFeed


class SectionAtomFeed(SectionFeed):
    feed_type = ArticleAtomFeed


class AuthorAtomFeed(AuthorFeed):
    feed_type = ArticleAtomFeed


class TagAtomFeed(TagFeed):
    feed_type = ArticleAtomFeed
