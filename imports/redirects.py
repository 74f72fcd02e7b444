"""Old WordPress addresses as permanent redirects (wagtail.contrib.redirects) to the new pages.

A post could be reached by its permalink (whatever the site's permalink setting was: date-based,
category-based or plain), by `?p=ID` and by `/archives/ID`; all of them are kept. Category, tag and
author archives and their feeds redirect to the section, tag and author pages and feeds.
"""

from urllib.parse import unquote, urlparse

from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect


def post_paths(post, category_path):
    """Every address the post had on the old site (paths, with `?p=` as a query)."""
    slug = unquote(post.slug)
    old = urlparse(post.link)
    paths = {
        old.path + (f"?{old.query}" if old.query else ""),
        f"/?p={post.wp_id}",
        f"/archives/{post.wp_id}/",
    }
    if slug and post.date:
        paths |= {f"/{post.date:%Y/%m/%d}/{slug}/", f"/{post.date:%Y/%m}/{slug}/"}
    if slug and category_path:
        paths |= {f"/{category_path}/{slug}/", f"/category/{category_path}/{slug}/"}
    return paths


def term_targets(category_paths, section, tags, author):
    """{old path: new address} for the archives and feeds of a post's categories, tags and author."""
    targets = {}
    for path in category_paths:
        targets[f"/category/{path}/"] = section.url
        targets[f"/category/{path}/feed/"] = reverse("syndication:section", args=[section.slug])
    for old_slug, tag in tags:
        targets[f"/tag/{unquote(old_slug)}/"] = reverse("articles:tag", args=[tag.slug])
        targets[f"/tag/{unquote(old_slug)}/feed/"] = reverse("syndication:tag", args=[tag.slug])
    if author is not None:
        login, new = author
        targets[f"/author/{login}/"] = new.get_absolute_url()
        targets[f"/author/{login}/feed/"] = reverse("syndication:author", args=[new.slug])
    return targets


def keep(paths, page=None, link=""):
    """Make each path a permanent redirect to the page (or link), skipping the new address itself.

    Three queries however many paths: the existing ones are repointed, the rest created together.
    """
    new = Redirect.normalise_path(page.url if page is not None else link)
    olds = {Redirect.normalise_path(path) for path in paths} - {"/", new, ""}
    target = {"redirect_page": page, "redirect_link": "" if page else link, "is_permanent": True}
    existing = Redirect.objects.filter(site=None, old_path__in=olds)
    existing.update(**target)
    known = set(existing.values_list("old_path", flat=True))
    Redirect.objects.bulk_create([Redirect(old_path=old, site=None, **target) for old in olds - known])
    return len(olds)


def forget(page):
    """An article taken offline keeps no redirects: its old links are not found, as it is."""
    Redirect.objects.filter(redirect_page=page).delete()
