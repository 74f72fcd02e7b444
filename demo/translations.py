"""Load the demo's translations (demo/content/ru.py, az.py) through wagtail-localize, as an editor would.

Each translated page or author is a wagtail-localize translation of its English original: its text is
stored as the translated segments of the original, so the admin opens it in the translation editor and
a later sync of the original keeps it. The translation of every segment is found by extracting the
segments of the original and of an unsaved copy carrying the translated text (block ids unchanged) and
pairing them by path: whatever fields wagtail-localize translates, none is left in English unnoticed.

Like the rest of the demo, a translation is made once (demo.models.DemoItem records it): one an editor
deleted stays deleted, and a page an editor translated already is left as it is.
"""

import copy
from collections import defaultdict
from datetime import timedelta

from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale, Page
from wagtail_localize.models import String, StringTranslation, TranslationContext, TranslationSource
from wagtail_localize.models import Translation as LocalizeTranslation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from articles.models import ArticlePage, Author, SectionPage
from core.models import PublicationSettings, PublicationTexts
from demo.content import TRANSLATORS, az, ru
from demo.models import DemoItem

LANGUAGES = {"ru": ru, "az": az}
# Set on the translation itself: the demo originals have none, so wagtail-localize has no segment.
DIRECT_FIELDS = ("seo_title", "search_description")
NOT_FIELDS = ("body", "days_after", *DIRECT_FIELDS)


class UntranslatedSegment(Exception):
    """A segment of the original the demo's translation leaves in English (a gap in demo/content)."""


def translate_demo(home, made):
    """Translate the demo's authors, and the home page and the sections and articles demo/content
    names, into each language (`made`: the translations recorded before, skipped).

    Returns how many authors, pages and settings' texts were translated."""
    translators = ensure_translators(made)
    translated = translate_publication_texts(made)
    for language, content in LANGUAGES.items():
        locale = Locale.objects.get(language_code=language)
        originals = demo_authors(content, home.locale) + demo_pages(home, content, translators)
        for instance, fields, credit in originals:
            kind = "page" if isinstance(instance, Page) else "author"
            key = f"{language}:{kind}:{instance.slug}"
            if key in made or (kind == "page" and not page_translatable(instance, locale)):
                continue
            if instance.get_translation_or_none(locale) is None:
                translate(instance, locale, fields, content, credit)
                translated += 1
            DemoItem.objects.get_or_create(kind=DemoItem.Kind.TRANSLATION, slug=key)
    return translated


def translate_publication_texts(made):
    """The publication settings' tagline and newsletter call-to-action in each language, added once and
    only where the English text is still the default (an editor's own text is not the demo's to
    translate) and the settings have no texts in that language yet."""
    publication = PublicationSettings.objects.order_by("pk").first()
    added = 0
    for language, content in LANGUAGES.items():
        key = f"{language}:settings:publication"
        if key in made or publication is None or publication.texts.filter(language=language).exists():
            continue
        defaults = {name: PublicationSettings._meta.get_field(name).default for name in content.PUBLICATION}
        texts = {n: text for n, text in content.PUBLICATION.items() if getattr(publication, n) == defaults[n]}
        if texts:
            PublicationTexts.objects.create(settings=publication, language=language, **texts)
            added += 1
        DemoItem.objects.get_or_create(kind=DemoItem.Kind.TRANSLATION, slug=key)
    return added


def demo_authors(content, locale):
    """(original author, translated texts, no credit) for the authors `content` translates."""
    authors = Author.objects.filter(slug__in=content.AUTHORS, locale=locale).order_by("pk")
    return [(author, content.AUTHORS[author.slug], {}) for author in authors]


def demo_pages(home, content, translators):
    """(English page, its translated fields, its credit) for the pages `content` translates, top down."""
    pages = [(home.specific, content.HOME, {})]
    sections = SectionPage.objects.child_of(home).filter(slug__in=content.SECTIONS).order_by("path")
    pages += [(section, content.SECTIONS[section.slug], {}) for section in sections]
    articles = ArticlePage.objects.descendant_of(home).filter(slug__in=content.ARTICLES).order_by("path")
    for article in articles:
        fields = content.ARTICLES[article.slug]
        day = timezone.localdate(article.published_date + timedelta(days=fields["days_after"]))
        credit = {"translated_by": translators.get(content.TRANSLATOR), "translated_on": day}
        pages.append((article, fields, credit))
    return pages


def page_translatable(page, locale):
    """Whether the page and its parent's translation are live (the home page's parent is the root):
    under a translated section an editor deleted or unpublished, the demo adds nothing."""
    if not page.live:
        return False
    parent = page.get_parent()
    if parent.depth == 1:
        return True
    translation = parent.get_translation_or_none(locale)
    return translation is not None and translation.live


def ensure_translators(made):
    """{slug: Author} of the demo's translators, made once (one an editor deleted stays deleted)."""
    default = Locale.get_default()
    slugs = [data["slug"] for data in TRANSLATORS]
    translators = {a.slug: a for a in Author.objects.filter(slug__in=slugs, locale=default)}
    for data in TRANSLATORS:
        key = f"author:{data['slug']}"
        if data["slug"] not in translators and key not in made:
            translators[data["slug"]] = Author.objects.create(**data, locale=default)
            DemoItem.objects.get_or_create(kind=DemoItem.Kind.TRANSLATION, slug=key)
    return translators


def translate(instance, locale, fields, content, credit):
    """Store the translated segments of `instance` (a page or an author) and save its translation into
    `locale`, published."""
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    LocalizeTranslation.objects.get_or_create(source=source, target_locale=locale)
    for segment, text in paired_segments(instance, translated_copy(instance, fields, content), content):
        StringTranslation.objects.update_or_create(
            translation_of=String.from_value(source.locale, segment.string),
            locale=locale,
            context=TranslationContext.objects.get(object_id=source.object_id, path=segment.path),
            defaults={"data": text.data, "translation_type": "manual"},
        )
    if not isinstance(instance, Page):
        return source.create_or_update_translation(locale)[0]  # a snippet without drafts: saved as is
    translation, _ = source.create_or_update_translation(locale, publish=False)
    for name, value in {**{n: fields[n] for n in DIRECT_FIELDS if n in fields}, **credit}.items():
        setattr(translation, name, value)
    if isinstance(instance, ArticlePage):
        # wagtail-localize's copy of the original keeps its date to the millisecond only.
        translation.published_date = instance.published_date
    translation.save_revision().publish()
    return translation


def translated_copy(page, fields, content):
    """An unsaved copy of `page` (or author) with the translated text in place of the English."""
    translated = type(page).objects.get(pk=page.pk)
    for name, value in fields.items():
        if name not in NOT_FIELDS:
            setattr(translated, name, value)
    if isinstance(page, ArticlePage):
        translated.hero_caption = content.HERO_CAPTION.format(title=fields["title"])
        translated.hero_credit = content.ILLUSTRATION_CREDIT
        translated.body = translated_body(page, fields["body"], content)
    return translated


def translated_body(page, blocks, content):
    """The raw body of `page` (same blocks, same ids) with each block's text replaced by `blocks`'."""
    raw = copy.deepcopy(list(page.body.raw_data))
    if len(raw) != len(blocks):
        raise UntranslatedSegment(f"{page.slug}: {len(raw)} blocks, {len(blocks)} translated")
    for block, text in zip(raw, blocks, strict=True):
        value = block["value"]
        if block["type"] == "paragraph":
            block["value"] = f"<p>{escape(text)}</p>"
        elif block["type"] == "heading":
            value["text"] = text
        elif block["type"] == "pull_quote":
            value.update(quote=text["text"], attribution=text["attribution"])
        elif block["type"] == "image":
            value["image"]["alt_text"] = text["alt"]
            value.update(caption=text["caption"], credit=content.ILLUSTRATION_CREDIT)
        elif block["type"] == "fact_box":
            value.update(title=text["title"], facts=text["items"])
    return raw


def paired_segments(original, translated, content):
    """(segment of the original, the translated copy's string at the same path) for every string."""
    theirs = defaultdict(list)
    for segment in extract_segments(translated):
        if isinstance(segment, StringSegmentValue):
            theirs[segment.path].append(segment.string)
    for segment in extract_segments(original):
        if not isinstance(segment, StringSegmentValue):
            continue
        text = theirs[segment.path].pop(0) if theirs[segment.path] else segment.string
        if text.data == segment.string.data and text.data not in content.UNCHANGED:
            raise UntranslatedSegment(f"{original.slug}: {segment.path} {segment.string.data!r}")
        yield segment, text
