"""A WordPress post's content as article body blocks (paragraph, heading, pull quote, image, embed,
newsletter), not one HTML blob.

Classic-editor content is split into paragraphs on blank lines, as WordPress's `wpautop` does when it
shows a post; block-editor content already carries its HTML. Both then go through one walk of the
top-level elements. Scripts, styles and forms are removed with their content; what is left of a
paragraph is cleaned by Wagtail's own whitelister to the paragraph block's features, which also drops
every attribute but a link's address (so event handlers go) and `javascript:` links.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlparse

from bs4 import BeautifulSoup, Comment, Tag
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from articles.blocks import PARAGRAPH_FEATURES

from .shortcodes import expand_block_comments, expand_shortcodes, has_blocks

REMOVED = {"script", "style", "noscript", "form", "input", "button", "select", "textarea", "object"}
CONTAINERS = {"div", "section", "article", "main", "aside", "header", "footer", "center", "span"}
HEADINGS = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h3", "h5": "h3", "h6": "h3"}
BLOCK_TAGS = {"p", "blockquote", "ul", "ol", "figure", "img", "iframe", "table", "pre", "hr", "dl"}
BLOCK_TAGS |= set(HEADINGS) | CONTAINERS - {"span"} | {"wp-embed", "wp-newsletter"}
EMBED_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "twitter.com", "x.com", "soundcloud.com")
PULL_QUOTE_MAX = 500
CAPTION_MAX = 300
HEADING_MAX = 200
_cleaner = EditorHTMLConverter(features=PARAGRAPH_FEATURES)


@dataclass
class Body:
    blocks: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # what the summary should say about this post
    image_ids: list = field(default_factory=list)


def clean_rich_text(html):
    """HTML reduced to what the paragraph block allows; empty when no text is left."""
    cleaned = _cleaner.to_database_format(html).strip()
    text = BeautifulSoup(cleaned, "html.parser").get_text(strip=True)
    return cleaned if text else ""


def is_embed_url(url):
    host = (urlparse(url).hostname or "").removeprefix("www.").removeprefix("m.")
    return any(host == known or host.endswith("." + known) for known in EMBED_HOSTS)


def convert(content, resolve_image):
    """Body blocks for a post's content. `resolve_image(src, alt)` gives (image id, alt) or None."""
    body = Body()
    if has_blocks(content):
        content = expand_block_comments(content, body.notes)
    content = expand_shortcodes(content, body.notes)
    soup = BeautifulSoup(content, "html.parser")
    for element in soup.find_all(REMOVED):
        if element.name in ("script", "style"):
            body.notes.append(f"<{element.name}> removed")
        element.decompose()
    for comment in soup.find_all(string=lambda text: isinstance(text, Comment)):
        comment.extract()
    _Walker(body, resolve_image).walk(soup)
    return body


class _Walker:
    def __init__(self, body, resolve_image):
        self.body = body
        self.resolve_image = resolve_image
        self.inline = []

    def walk(self, parent):
        for node in list(parent.children):
            if isinstance(node, Tag) and node.name in BLOCK_TAGS:
                self.flush()
                self.block(node)
            else:
                self.inline.append(str(node))
        self.flush()

    def flush(self):
        """Inline text between blocks: one paragraph per blank-line-separated run, as wpautop does."""
        text, self.inline = "".join(self.inline), []
        for chunk in re.split(r"\n\s*\n", text):
            chunk = chunk.strip()
            if not chunk:
                continue
            if is_embed_url(chunk) and re.fullmatch(r"https?://\S+", chunk):
                self.add("embed", chunk)
            else:
                self.paragraph("<p>" + chunk.replace("\n", "<br/>") + "</p>")

    def add(self, kind, value):
        self.body.blocks.append({"type": kind, "value": value})

    def paragraph(self, html):
        cleaned = clean_rich_text(html)
        if cleaned:
            self.add("paragraph", cleaned)

    def block(self, node):
        name = node.name
        if name in HEADINGS:
            text = node.get_text(" ", strip=True)
            if text:
                self.add("heading", {"text": text[:HEADING_MAX], "level": HEADINGS[name]})
        elif name == "p":
            images = node.find_all("img")
            for image in images:
                self.image(image, "")
                image.decompose()
            self.paragraph(str(node))
        elif name in ("ul", "ol"):
            self.paragraph(str(node))
        elif name == "blockquote":
            self.quote(node)
        elif name == "figure":
            self.figure(node)
        elif name == "img":
            self.image(node, "")
        elif name == "iframe":
            self.iframe(node)
        elif name == "wp-embed":
            url = node.get("data-url", "")
            if url:
                self.add("embed", url)
        elif name == "wp-newsletter":
            self.add("newsletter", {"heading": "", "text": ""})
        elif name == "hr":
            return
        elif name in CONTAINERS:
            self.walk(node)
        else:
            self.body.notes.append(f"<{name}> kept as text")
            self.paragraph(f"<p>{node.get_text(' ', strip=True)}</p>")

    def quote(self, node):
        cite = node.find("cite")
        attribution = cite.get_text(" ", strip=True) if cite else ""
        if cite:
            cite.decompose()
        text = node.get_text("\n", strip=True)
        if not text:
            return
        if len(text) > PULL_QUOTE_MAX:
            self.body.notes.append("a long quotation kept as a paragraph")
            self.paragraph(f"<p>{node.decode_contents()}</p>")
            return
        self.add("pull_quote", {"quote": text, "attribution": attribution[:200]})

    def figure(self, node):
        if node.find("blockquote"):
            self.quote(node.find("blockquote"))
            return
        caption_node = node.find("figcaption")
        caption = caption_node.get_text(" ", strip=True) if caption_node else ""
        image = node.find("img")
        if image is not None:
            self.image(image, caption)
        elif node.find("iframe"):
            self.iframe(node.find("iframe"))
        else:
            self.walk(node)

    def image(self, node, caption):
        found = self.resolve_image(node.get("src", ""), node.get("alt", "").strip())
        if found is None:
            return
        image_id, alt = found
        self.body.image_ids.append(image_id)
        value = {"image": image_id, "decorative": False, "alt_text": alt}
        self.add("image", {"image": value, "caption": caption[:CAPTION_MAX], "credit": ""})

    def iframe(self, node):
        src = node.get("src", "")
        if src.startswith("//"):
            src = "https:" + src
        if is_embed_url(src):
            self.add("embed", src)
        else:
            self.body.notes.append(f"an <iframe> from {urlparse(src).hostname or 'nowhere'} removed")
