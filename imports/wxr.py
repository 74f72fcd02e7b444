"""A streaming reader of WordPress export files (WXR 1.1 and 1.2).

The file is read with defusedxml's iterparse, one `<item>` at a time, and each item is dropped once
read, so an export of 50,000 posts needs no more memory than its largest post. Entity declarations
(the "billion laughs" bomb) and external entities are refused. The importer reads the file twice:
a first pass gathers the small things posts refer to (authors, categories, attachments), the second
yields the posts.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

WP_DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
NO_DATE = "0000-00-00 00:00:00"


class WXRError(Exception):
    """The file cannot be read as a WordPress export; the message says why, for the command line."""


@dataclass
class Author:
    login: str
    display_name: str
    email: str = ""


@dataclass
class Category:
    slug: str
    name: str
    parent: str = ""


@dataclass
class Attachment:
    wp_id: int
    url: str
    file: str
    title: str = ""
    alt: str = ""
    caption: str = ""


@dataclass
class Post:
    wp_id: int
    post_type: str
    status: str
    title: str
    link: str
    slug: str
    author: str
    content: str
    excerpt: str
    date: datetime | None
    modified: datetime | None
    categories: list = field(default_factory=list)  # [(slug, name)] in the file's order
    tags: list = field(default_factory=list)  # [(slug, name)]
    coauthors: list = field(default_factory=list)  # Co-Authors Plus term slugs
    meta: dict = field(default_factory=dict)


@dataclass
class Catalogue:
    """What posts refer to, gathered in the first pass."""

    authors: dict = field(default_factory=dict)  # login -> Author
    categories: dict = field(default_factory=dict)  # slug -> Category
    attachments: dict = field(default_factory=dict)  # wp id -> Attachment
    posts: int = 0  # items that are not attachments, for the progress bar


def short_name(tag):
    """`{namespace}local` as the prefix WordPress writes: wp:post_id, content:encoded, excerpt:encoded."""
    if "}" not in tag:
        return tag
    namespace, local = tag[1:].split("}", 1)
    if namespace.rstrip("/").endswith("/excerpt"):
        return f"excerpt:{local}"
    if "wordpress.org/export" in namespace:
        return f"wp:{local}"
    if "purl.org/rss/1.0/modules/content" in namespace:
        return f"content:{local}"
    if "purl.org/dc/elements" in namespace:
        return f"dc:{local}"
    return local


def _elements(path):
    """(name, element) for each channel-level author/category and each item, dropping what was read."""
    channel = None
    depth = 0
    try:
        for event, element in iterparse(str(path), events=("start", "end")):
            if event == "start":
                depth += 1
                if depth == 2 and short_name(element.tag) == "channel":
                    channel = element
                continue
            depth -= 1
            if depth != 2 or channel is None:
                continue
            name = short_name(element.tag)
            if name in ("wp:author", "wp:category", "item"):
                yield name, element
            channel.remove(element)
    except DefusedXmlException as error:
        raise WXRError(
            f"{path}: refused, the file declares entities or external references ({error})."
        ) from None
    except ParseError as error:
        raise WXRError(f"{path}: not a readable XML file ({error}); is it complete?") from None
    except OSError as error:
        raise WXRError(f"{path}: cannot be opened ({error.strerror}).") from None
    if channel is None:
        raise WXRError(f"{path}: not a WordPress export (no RSS <channel>).")


def _children(element):
    """{short name: text} of an element's direct children (the last one wins)."""
    return {short_name(child.tag): (child.text or "") for child in element}


def _int(text):
    try:
        return int(text)
    except (TypeError, ValueError):
        return 0


def _date(*candidates):
    for text in candidates:
        text = (text or "").strip()
        if text and text != NO_DATE:
            try:
                return datetime.strptime(text, WP_DATE_FORMAT).replace(tzinfo=UTC)
            except ValueError:
                continue
    return None


def _meta(item):
    meta = {}
    for child in item:
        if short_name(child.tag) == "wp:postmeta":
            values = _children(child)
            meta[values.get("wp:meta_key", "")] = values.get("wp:meta_value", "")
    return meta


def _post(item):
    values = _children(item)
    post = Post(
        wp_id=_int(values.get("wp:post_id")),
        post_type=values.get("wp:post_type", "post").strip(),
        status=values.get("wp:status", "").strip(),
        title=values.get("title", "").strip(),
        link=values.get("link", "").strip(),
        slug=values.get("wp:post_name", "").strip(),
        author=values.get("dc:creator", "").strip(),
        content=values.get("content:encoded", ""),
        excerpt=values.get("excerpt:encoded", ""),
        # The GMT date, or for drafts (which WordPress leaves at zero) the site-time date.
        date=_date(values.get("wp:post_date_gmt"), values.get("wp:post_date")),
        modified=_date(values.get("wp:post_modified_gmt"), values.get("wp:post_modified")),
        meta=_meta(item),
    )
    for child in item:
        if short_name(child.tag) != "category":
            continue
        domain, slug, name = child.get("domain", ""), child.get("nicename", ""), (child.text or "").strip()
        if domain == "category":
            post.categories.append((slug, name))
        elif domain == "post_tag" and name:
            post.tags.append((slug, name))
        elif domain == "author":
            post.coauthors.append(slug)
    if post.post_type == "attachment":
        post.link = values.get("wp:attachment_url", "").strip()
    return post


def read_catalogue(path):
    catalogue = Catalogue()
    for name, element in _elements(path):
        values = _children(element)
        if name == "wp:author":
            login = values.get("wp:author_login", "").strip()
            display = values.get("wp:author_display_name", "").strip() or login
            catalogue.authors[login] = Author(login, display, values.get("wp:author_email", "").strip())
        elif name == "wp:category":
            slug = values.get("wp:category_nicename", "").strip()
            catalogue.categories[slug] = Category(
                slug,
                values.get("wp:cat_name", "").strip() or slug,
                values.get("wp:category_parent", "").strip(),
            )
        elif values.get("wp:post_type") == "attachment":
            post = _post(element)
            catalogue.attachments[post.wp_id] = Attachment(
                wp_id=post.wp_id,
                url=post.link,
                file=post.meta.get("_wp_attached_file", ""),
                title=post.title,
                alt=post.meta.get("_wp_attachment_image_alt", ""),
                caption=post.excerpt.strip(),
            )
        else:
            catalogue.posts += 1
    return catalogue


def iter_posts(path):
    """Every item that is not an attachment, in the file's order."""
    for name, element in _elements(path):
        if name == "item" and _children(element).get("wp:post_type") != "attachment":
            yield _post(element)
