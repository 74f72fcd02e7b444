"""Forget stored pages, and purge a front proxy or CDN, whenever what readers could see changes.

Any publish, unpublish, move, delete or change of view restriction (`reader_visibility_changed`), and any
change to what every page shows (authors, ad spots, the publication settings, sites), starts a new
visibility generation: no worker serves an old copy after that. With WAGTAILFRONTENDCACHE set,
Wagtail's frontend_cache app purges the page itself on publish and unpublish, and this module purges the
pages that list it (its section, its language's home page, its tags' and authors' pages in that
language); every other page a proxy holds (LATEST, Popular and related lists elsewhere) is at most
max-age + stale-while-revalidate old.
"""

import logging

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from articles.models import ArticlePage
from articles.signals import reader_visibility_changed
from core.cache_backends import cache_recovered

from . import store

logger = logging.getLogger(__name__)
# Models whose change shows on many pages at once (named lazily: this app does not import them).
SITE_WIDE = ("ads.AdSpot", "core.PublicationSettings", "core.PublicationTexts", "wagtailcore.Site")


def urls_showing(page):
    """Absolute URLs of the page and of the listings that show it."""
    page = page.specific
    site = page.get_site()
    if site is None:
        return []
    home = site.root_page.get_translation_or_none(page.locale) or site.root_page  # its language's
    urls = [page.full_url, home.full_url]
    if isinstance(page, ArticlePage):
        parent = page.get_parent()
        if parent is not None:
            urls.append(parent.full_url)
        root = site.root_url
        with translation.override(page.locale.language_code):  # its tags' and authors' pages in its language
            urls += [root + reverse("articles:tag", args=[tag.slug]) for tag in page.tags.all()]
            urls += [root + link.author.get_absolute_url() for link in page.article_authors.all()]
    return [url for url in dict.fromkeys(urls) if url]


def purge_listings(page):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    try:
        batch = PurgeBatch()
        batch.add_urls(urls_showing(page))
        batch.purge()
    except Exception:  # a proxy that cannot be reached must never stop an editor's publish
        logger.exception("front cache purge failed for page %s", page.pk)


@receiver(cache_recovered)
def look_the_generation_up_again(sender, **kwargs):
    store.forget_memo()  # the generation started when the cache came back, not the one remembered


@receiver(reader_visibility_changed)
def on_visibility_change(sender, page=None, **kwargs):
    store.forget_memo()  # articles has started a new generation
    if page is not None:
        purge_listings(page)


def on_site_wide_change(sender, **kwargs):
    store.forget_all()


for label in SITE_WIDE:
    post_save.connect(on_site_wide_change, sender=label, dispatch_uid=f"pagecache-save-{label}")
    post_delete.connect(on_site_wide_change, sender=label, dispatch_uid=f"pagecache-delete-{label}")
