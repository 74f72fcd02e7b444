"""Old WordPress addresses as permanent redirects (wagtail.contrib.redirects) to the new pages.

A post could be reached by its permalink (whatever the site's permalink setting was: date-based,
category-based or plain), by `?p=ID` and by `/archives/ID`; all of them are kept. Category, tag and
author archives and their feeds redirect to the section, tag and author pages and feeds.
"""

from itertools import batched
from urllib.parse import unquote, urlparse

from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect

OLD_PATH_MAX = Redirect._meta.get_field("old_path").max_length
QUERY_CHUNK = 500  # old paths a query: well under every database's limit on parameters


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


def normalised(paths):
    return {Redirect.normalise_path(path) for path in paths}


def keep(paths, page=None, link=""):
    """Make each path a permanent redirect to the page (or link); returns how many paths it kept."""
    return keep_all([(paths, page if page is not None else link)])


def keep_all(targets):
    """Make the old paths of each (paths, page or link) pair permanent redirects to it, skipping each
    target's own new address. A few queries however many pairs: the existing redirects are found and
    repointed (one update per target that has any) and the rest created, 500 paths a query."""
    wanted = {}
    for paths, target in targets:
        new = Redirect.normalise_path(target if isinstance(target, str) else target.url)
        for old in normalised(paths) - {"/", new, ""}:
            if len(old) <= OLD_PATH_MAX:  # a longer one cannot be stored, and no link that long is common
                wanted[old] = target  # a later post claiming an old path takes it, as a re-run would
    existing = set()
    for chunk in batched(wanted, QUERY_CHUNK):
        existing.update(
            Redirect.objects.filter(site=None, old_path__in=chunk).values_list("old_path", flat=True)
        )
    repointed = {}
    for old in existing:
        repointed.setdefault(id(wanted[old]), (wanted[old], []))[1].append(old)
    for target, paths in repointed.values():
        for chunk in batched(paths, QUERY_CHUNK):
            Redirect.objects.filter(site=None, old_path__in=chunk).update(**_pointing_at(target))
    Redirect.objects.bulk_create(
        batch_size=QUERY_CHUNK,
        objs=[
            Redirect(old_path=old, site=None, **_pointing_at(target))
            for old, target in wanted.items()
            if old not in existing
        ],
    )
    return len(wanted)


def _pointing_at(target):
    if isinstance(target, str):
        return {"redirect_page": None, "redirect_link": target, "is_permanent": True}
    return {"redirect_page": target, "redirect_link": "", "is_permanent": True}


def forget(page):
    """An article taken offline keeps no redirects: its old links are not found, as it is."""
    Redirect.objects.filter(redirect_page=page).delete()
