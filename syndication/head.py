"""What a page's head tells search engines and social sites: its canonical address, Open Graph and
Twitter card tags, and schema.org JSON-LD.

Everything is read from what the page's context already holds (an article's bylines, tags, section
and hero image come from ArticlePage.get_context's cached context, never from the page), so the head
adds no queries beyond the renditions, which Wagtail keeps in the per-process "renditions" cache.
"""

import json
from urllib.parse import urljoin

from django.templatetags.static import static
from django.urls import reverse

from articles.dating import latest
from articles.models import ArticlePage, ArticleType, AuthorKind, SectionPage
from articles.translations import original_language, page_versions
from core.addresses import base_url, page_path
from core.languages import active_language
from core.models import PublicationSettings
from core.text import WORD, body_text

SOCIAL_IMAGE_SPEC = "fill-1200x630"
LOGO_SPEC = "height-60"
HEADLINE_MAX = 110
SCHEMA_TYPES = {
    ArticleType.OP_ED: "OpinionNewsArticle",
    ArticleType.EDITORIAL: "OpinionNewsArticle",
    ArticleType.ANALYSIS: "AnalysisNewsArticle",
}


def json_ld(data):
    """`data` as JSON that is safe inside <script>: no "<" survives, so no `</script>` or `<!--`."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


def iso(moment):
    return moment.isoformat() if moment else None


def canonical_url(request, page=None, listing=None):
    """The page's absolute address without any query string, but `?page=N` for page N > 1 of a listing."""
    path = (page_path(page, request) if page is not None else None) or request.path
    url = base_url(request) + path
    number = getattr(listing, "number", 1)
    return f"{url}?page={number}" if isinstance(number, int) and number > 1 else url


def social_image(image, base, alt):
    """(url, width, height, alt) of the image cut to the size link previews show, or None."""
    if image is None:
        return None
    rendition = image.get_rendition(SOCIAL_IMAGE_SPEC)
    return {
        "url": urljoin(base, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt or image.title,
    }


def head_data(context):
    """The canonical URL, the meta tags (property, content) and the JSON-LD blocks of the page."""
    request = context.get("request")
    if request is None:  # a bare error page rendered without a request
        return None
    page = context.get("page")
    author = context.get("author") if page is None else None  # an author's page is a view, not a page
    base = base_url(request)
    publication = PublicationSettings.load(request_or_site=request)
    canonical = canonical_url(request, page, context.get("articles"))
    title = (page.seo_title or page.title) if page is not None else getattr(author, "name", publication.name)
    is_article = isinstance(page, ArticlePage)
    description = (
        getattr(page, "search_description", "")
        or getattr(page, "standfirst", "")
        or getattr(page, "intro", "")
        or getattr(author, "bio", "")
        or publication.tagline
    )
    image = social_image(context.get("hero_image"), base, page.hero_caption) if is_article else None
    if author is not None and author.photo_id:
        image = social_image(author.photo, base, author.name)
    if image is None and publication.logo_id:
        image = social_image(publication.logo, base, publication.name)

    meta = [
        ("og:title", title),
        ("og:description", description),
        ("og:url", canonical),
        ("og:site_name", publication.name),
        ("og:type", "article" if is_article else "profile" if author is not None else "website"),
    ]
    blocks = []
    if is_article:
        section = context.get("section")
        tags = context.get("article_tags", [])
        published = page.published_date or page.first_published_at
        # The article context's revised_at (its revision date or newest correction) is already loaded.
        modified = latest(page.last_published_at, context.get("revised_at", page.updated_date)) or published
        meta += [("article:published_time", iso(published)), ("article:modified_time", iso(modified))]
        if section is not None:
            meta.append(("article:section", section.title))
        meta += [("article:tag", tag.name) for tag in tags]
        blocks.append(
            article_schema(
                page, request, context, canonical, description, image, publication, published, modified
            )
        )
        if section is not None:
            blocks.append(breadcrumbs(request, [section, page], canonical, publication))
    elif isinstance(page, SectionPage):
        blocks.append(breadcrumbs(request, [page], canonical, publication))
    elif page is not None and page.depth == 2:  # a front page: each language's is a top page of the tree
        blocks.append(website_schema(base, canonical, publication))
    elif author is not None:
        blocks.append(profile_schema(author, base, canonical, description, image))
    if image:
        meta += [
            ("og:image", image["url"]),
            ("og:image:width", str(image["width"])),
            ("og:image:height", str(image["height"])),
            ("og:image:alt", image["alt"]),
        ]
    twitter = [
        ("twitter:card", "summary_large_image" if image else "summary"),
        ("twitter:title", title),
        ("twitter:description", description),
    ]
    if image:
        twitter += [("twitter:image", image["url"]), ("twitter:image:alt", image["alt"])]
    return {
        "canonical": canonical,
        "properties": [(key, value) for key, value in meta if value],
        "names": [(key, value) for key, value in twitter if value],
        "json_ld": [json_ld(block) for block in blocks],
    }


def publisher(base, publication):
    logo = (
        urljoin(base, publication.logo.get_rendition(LOGO_SPEC).url)
        if publication.logo_id
        else urljoin(base, static("img/favicon.svg"))
    )
    return {
        "@type": "NewsMediaOrganization",
        "name": publication.name,
        "url": base + "/",
        "logo": {"@type": "ImageObject", "url": logo},
    }


def person_or_organisation(author, base):
    return {
        "@type": "Organization" if author.kind == AuthorKind.ORGANISATION else "Person",
        "name": author.name,
        "url": urljoin(base, author.get_absolute_url()),
    }


def profile_schema(author, base, canonical, description, image):
    """An author's page: a ProfilePage about the Person or the Organization (the Editorial Board)."""
    about = {**person_or_organisation(author, base), "description": description}
    if author.role:
        about["jobTitle" if author.kind != AuthorKind.ORGANISATION else "slogan"] = author.role
    if image:
        about["image"] = image["url"]
    return {"@context": "https://schema.org", "@type": "ProfilePage", "url": canonical, "mainEntity": about}


def article_schema(page, request, context, canonical, description, image, publication, published, modified):
    base = base_url(request)
    section = context.get("section")
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(page.article_type, "NewsArticle"),
        "headline": page.title[:HEADLINE_MAX],
        "description": description,
        "datePublished": iso(published),
        "dateModified": iso(modified),
        "author": [person_or_organisation(author, base) for author in context.get("bylines", ())],
        "publisher": publisher(base, publication),
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "keywords": [tag.name for tag in context.get("article_tags", [])],
        "wordCount": len(WORD.findall(body_text(page.body.raw_data))),
        "inLanguage": active_language(),
        **translation_of(page, request, base),
    }
    if image:
        data["image"] = [image["url"]]
    if section is not None:
        data["articleSection"] = section.title
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def translation_of(page, request, base):
    """A translation names the work it translates and its translator; the original, its translations.

    Only live, public versions are named (the versions the language switcher reads, already cached).
    """
    versions = page_versions(page, request)[0] if not getattr(request, "is_preview", False) else {}
    original = original_language(versions)
    language = active_language()
    if original is None or len(versions) < 2:
        return {}
    if original != language:
        data = {"translationOfWork": work(base, versions[original], original)}
        if page.translated_by_id:
            data["translator"] = person_or_organisation(page.translator, base)  # in its language
        return data
    others = [work(base, path, code) for code, path in versions.items() if code != language]
    return {"workTranslation": others}


def work(base, path, language):
    return {"@type": "CreativeWork", "@id": base + path, "url": base + path, "inLanguage": language}


def breadcrumbs(request, trail, canonical, publication):
    """Home > Section (> Article): the home address is the section's with its own slug taken off."""
    base = base_url(request)
    section_path = page_path(trail[0], request) or "/"
    home_path = section_path.rstrip("/").rsplit("/", 1)[0] + "/"
    items = [(publication.name, base + home_path)]
    items += [(page.title, base + (page_path(page, request) or "/")) for page in trail[:-1]]
    items.append((trail[-1].title, canonical))
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": url}
            for n, (name, url) in enumerate(items, start=1)
        ],
    }


def website_schema(base, canonical, publication):
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": publication.name,
        "url": canonical,
        "inLanguage": active_language(),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": base + reverse("search:results") + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }
