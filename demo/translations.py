"""Load the demo's translations (demo/content/ru.py, az.py) through wagtail-localize, as an editor would.

Each translated page is a wagtail-localize translation of its English page: its text is stored as the
translated segments of that page, so the admin opens it in the translation editor and a later sync of
the original keeps it. The translation of every segment is found by extracting the segments of the
original and of an unsaved copy carrying the translated text (block ids unchanged) and pairing them by
path: whatever fields wagtail-localize treats as translatable, none is left in English unnoticed.

Like the rest of the demo, a translation is made once (demo.models.DemoItem records it): one an editor
deleted stays deleted, and a page an editor translated already is left as it is.
"""

import copy
from collections import defaultdict
from datetime import timedelta

from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Locale
from wagtail_localize.models import String, StringTranslation, TranslationContext, TranslationSource
from wagtail_localize.models import Translation as LocalizeTranslation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from articles.models import ArticlePage, Author, SectionPage
from demo.content import TRANSLATORS, az, ru
from demo.models import DemoItem

LANGUAGES = {"ru": ru, "az": az}
# Set on the translation itself: the demo originals have none, so wagtail-localize has no segment.
DIRECT_FIELDS = ("seo_title", "search_description")
NOT_FIELDS = ("body", "days_after", *DIRECT_FIELDS)


class UntranslatedSegment(Exception):
    """A segment of the original the demo's translation leaves in English (a gap in demo/content)."""


def translate_demo(home, made):
    """Translate the home page and the sections and articles demo/content names into each language
    (`made`: the translations recorded before, skipped). Returns how many pages were translated."""
    translators = ensure_translators(made)
    translated = 0
    for language, content in LANGUAGES.items():
        locale = Locale.objects.get(language_code=language)
        for page, fields, credit in demo_pages(home, content, translators):
            key = f"{language}:page:{page.slug}"
            if key in made or not page.live or not parent_translated(page, locale):
                continue
            if page.get_translation_or_none(locale) is None:
                translate_page(page, locale, fields, content, credit)
                translated += 1
            DemoItem.objects.get_or_create(kind=DemoItem.Kind.TRANSLATION, slug=key)
    return translated


def demo_pages(home, content, translators):
    """(English page, its translated fields, its credit) for the pages `content` translates, top down."""
    yield home.specific, content.HOME, {}
    for section in SectionPage.objects.child_of(home).filter(slug__in=content.SECTIONS).order_by("path"):
        yield section, content.SECTIONS[section.slug], {}
    articles = ArticlePage.objects.descendant_of(home).filter(slug__in=content.ARTICLES).order_by("path")
    for article in articles:
        fields = content.ARTICLES[article.slug]
        day = timezone.localdate(article.published_date + timedelta(days=fields["days_after"]))
        credit = {"translated_by": translators.get(content.TRANSLATOR), "translated_on": day}
        yield article, fields, credit


def parent_translated(page, locale):
    """Whether the page's parent is translated and live (the home page's parent is the root)."""
    parent = page.get_parent()
    if parent.depth == 1:
        return True
    translation = parent.get_translation_or_none(locale)
    return translation is not None and translation.live


def ensure_translators(made):
    """{slug: Author} of the demo's translators, made once (one an editor deleted stays deleted)."""
    translators = {a.slug: a for a in Author.objects.filter(slug__in=[t["slug"] for t in TRANSLATORS])}
    for data in TRANSLATORS:
        key = f"author:{data['slug']}"
        if data["slug"] not in translators and key not in made:
            translators[data["slug"]] = Author.objects.create(**data)
            DemoItem.objects.get_or_create(kind=DemoItem.Kind.TRANSLATION, slug=key)
    return translators


def translate_page(page, locale, fields, content, credit):
    """Store the translated segments of `page` and publish its translation into `locale`."""
    source, _ = TranslationSource.update_or_create_from_instance(page)
    LocalizeTranslation.objects.get_or_create(source=source, target_locale=locale)
    for segment, text in paired_segments(page, translated_copy(page, fields, content), content):
        StringTranslation.objects.update_or_create(
            translation_of=String.from_value(source.locale, segment.string),
            locale=locale,
            context=TranslationContext.objects.get(object_id=source.object_id, path=segment.path),
            defaults={"data": text.data, "translation_type": "manual"},
        )
    translation, _ = source.create_or_update_translation(locale, publish=False)
    for name, value in {**{n: fields[n] for n in DIRECT_FIELDS if n in fields}, **credit}.items():
        setattr(translation, name, value)
    if isinstance(page, ArticlePage):
        # wagtail-localize's copy of the original keeps its date to the millisecond only.
        translation.published_date = page.published_date
    translation.save_revision().publish()
    return translation


def translated_copy(page, fields, content):
    """An unsaved copy of `page` with the translated text in place of the English."""
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
