"""An article's body as feed readers get it: rendered HTML, absolute links, nothing that runs."""

from urllib.parse import urljoin

from bs4 import BeautifulSoup
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.html import format_html, format_html_join
from wagtail.rich_text import RichText

# Blocks that make sense away from the site; embeds (third-party frames), the newsletter form, related
# posts and ad spots belong to the page, not to the article.
FEED_BLOCKS = frozenset({"paragraph", "heading", "pull_quote", "image", "fact_box"})
REMOVED_TAGS = ["script", "noscript", "style", "iframe", "object", "embed", "form", "template"]
URL_ATTRIBUTES = ("href", "src", "poster")


def body_html(article, article_url):
    html = "".join(str(block.render()) for block in article.body if block.block_type in FEED_BLOCKS)
    return absolute_html(html + notes_html(article), article_url)


def notes_html(article):
    """The article's corrections and updates, newest first, as the page shows them under the body."""
    notes = article.corrections.all()
    if not notes:
        return ""
    items = format_html_join(
        "",
        "<li><strong>{}</strong>, {}: {}</li>",
        (
            (
                note.get_kind_display(),
                format_date(timezone.localtime(note.noted_at), "j F Y"),
                RichText(note.text),
            )
            for note in notes
        ),
    )
    return format_html("<h2>Corrections and updates</h2><ul>{}</ul>", items)


def absolute_html(html, base_url):
    """`html` with every link and image made absolute against `base_url`, scripts and handlers gone."""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(REMOVED_TAGS):
        element.decompose()
    for element in soup.find_all(True):
        for name in [name for name in element.attrs if name.lower().startswith("on")]:
            del element[name]
        for name in URL_ATTRIBUTES:
            value = element.get(name)
            if value is None:
                continue
            if value.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                del element[name]
            else:
                element[name] = urljoin(base_url, value.strip())
        if element.get("srcset"):
            element["srcset"] = ", ".join(
                _absolute_candidate(c, base_url) for c in element["srcset"].split(",")
            )
    return str(soup)


def _absolute_candidate(candidate, base_url):
    url, _, descriptor = candidate.strip().partition(" ")
    return f"{urljoin(base_url, url)} {descriptor}".strip()
