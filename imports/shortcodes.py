"""WordPress shortcodes and block-editor comments, turned into HTML the body converter understands.

Theme and page-builder layout shortcodes (WPBakery `[vc_*]`, tagDiv `[td_*]`/`[tdc_*]`, Divi
`[et_pb_*]`, Avada `[fusion_*]`) are unwrapped to the text they hold. `[caption]` becomes a
`<figure>`, `[embed]` and embed blocks become `<wp-embed>`, newsletter forms become `<wp-newsletter>`
(two elements only this importer writes; content.py reads them). Anything else is kept as text and
named in `notes`, so nothing disappears without the summary saying so.
"""

import html
import json
import re

LAYOUT_PREFIXES = ("vc_", "td_", "tdc_", "tdm_", "et_pb_", "fusion_")
NEWSLETTER_WORDS = re.compile(r"newsletter|mc4wp|mailpoet|mailchimp|subscri", re.IGNORECASE)
SHORTCODE = re.compile(r"\[(/?)([a-zA-Z][\w-]*)((?:\s[^\]]*)?)\]")
CAPTION = re.compile(r"\[caption([^\]]*)\](.*?)\[/caption\]", re.DOTALL | re.IGNORECASE)
EMBED = re.compile(r"\[embed[^\]]*\](.*?)\[/embed\]", re.DOTALL | re.IGNORECASE)
IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
BLOCK_COMMENT = re.compile(r"<!--\s+(/?)wp:([a-z][\w/-]*)\s*(\{.*?\})?\s*(/?)-->", re.DOTALL)
# Block-editor blocks whose HTML says it all; their comments are dropped and their HTML read.
KNOWN_BLOCKS = {
    "paragraph", "heading", "quote", "pullquote", "image", "list", "list-item", "group", "columns",
    "column", "separator", "spacer", "embed", "freeform", "html", "more", "nextpage", "table",
    "preformatted", "code", "verse", "cover", "media-text", "buttons", "button",
}  # fmt: skip


def is_newsletter(name):
    return bool(NEWSLETTER_WORDS.search(name))


def _embed_element(url):
    return f'<wp-embed data-url="{html.escape(url.strip(), quote=True)}"></wp-embed>'


def _caption(match):
    inner = match.group(2)
    image = IMG.search(inner)
    if not image:
        return inner
    text = IMG.sub("", inner)
    text = re.sub(r"</?a\b[^>]*>", "", text).strip()
    return f"<figure>{image.group(0)}<figcaption>{text}</figcaption></figure>"


def expand_shortcodes(text, notes):
    text = CAPTION.sub(_caption, text)
    text = EMBED.sub(lambda match: _embed_element(match.group(1)), text)

    def replace(match):
        closing, name = match.group(1), match.group(2)
        if is_newsletter(name):
            return "" if closing else "<wp-newsletter></wp-newsletter>"
        if name.lower().startswith(LAYOUT_PREFIXES):
            return ""
        if not closing:
            notes.append(f"unknown shortcode [{name}] kept as text")
        return match.group(0)

    return SHORTCODE.sub(replace, text)


EMBED_BLOCK = re.compile(
    r"<!--\s+wp:((?:core/)?embed|core-embed/[\w-]+)\s*(\{.*?\})?\s*-->.*?<!--\s+/wp:\1\s*-->", re.DOTALL
)


def expand_block_comments(text, notes):
    """Drop the comments of known blocks; embeds and newsletter forms become their elements."""
    text = EMBED_BLOCK.sub(lambda match: _embed_element(_attribute(match.group(2), "url")), text)

    def replace(match):
        closing, name, _attributes, _self_closing = match.groups()
        if closing:
            return ""
        if is_newsletter(name):
            return "<wp-newsletter></wp-newsletter>"
        if name.removeprefix("core/") not in KNOWN_BLOCKS:
            notes.append(f"unknown block wp:{name} kept as text")
        return ""

    return BLOCK_COMMENT.sub(replace, text)


def _attribute(attributes, key):
    try:
        return str(json.loads(attributes or "{}").get(key, ""))
    except (ValueError, AttributeError):
        return ""


def has_blocks(text):
    return "<!-- wp:" in text
