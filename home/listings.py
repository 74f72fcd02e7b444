"""The front page's lead article and the newest articles of every section, in a fixed number of queries.

Each language has its own front page (a translation of the English one), which lists only its own
sections and articles; a lead article chosen in another language leads in its translation here.
"""

from django.db.models import Window
from django.db.models.functions import Length, RowNumber, Substr

from articles.models import NEWEST_FIRST, ArticlePage, SectionPage

ARTICLES_PER_HOME_SECTION = 4
# The home page ranks only the newest articles of the whole archive, so its cost does not grow with
# the archive; a section with nothing among them has been quiet for a long time.
HOME_RECENT_WINDOW = 500


def home_page_listings(home):
    sections = list(SectionPage.objects.visible().filter(locale_id=home.locale_id))
    parent_path = Substr("path", 1, Length("path") - ArticlePage.steplen)
    articles = ArticlePage.objects.descendant_of(home)
    cutoff = (
        articles.visible()
        .exclude(published_date=None)
        .order_by("-published_date")
        .values_list("published_date", flat=True)[HOME_RECENT_WINDOW - 1 : HOME_RECENT_WINDOW]
        .first()
    )
    if cutoff:
        articles = articles.filter(published_date__gte=cutoff)
    ranked = articles.for_listing().annotate(
        section_rank=Window(RowNumber(), partition_by=[parent_path], order_by=list(NEWEST_FIRST))
    )
    by_path = {section.path: section for section in sections}
    newest = ArticlePage.attach_sections(
        list(ranked.filter(section_rank__lte=ARTICLES_PER_HOME_SECTION)), by_path
    )
    newest.sort(key=lambda a: a.published_date or a.first_published_at, reverse=True)
    lead = newest[0] if newest else None
    if home.lead_article_id:
        chosen = lead_in_language(home).for_listing().first()
        if chosen:
            lead = ArticlePage.attach_sections([chosen], by_path)[0]
    by_section = []
    for section in sections:
        listed = [a for a in newest if a.section is section and a is not lead]
        if listed:
            by_section.append((section, listed))
    return {"lead_article": lead, "sections_with_articles": by_section}


def lead_in_language(home):
    """The chosen lead article in the home page's language (itself, or its translation): one query."""
    chosen = ArticlePage.objects.filter(pk=home.lead_article_id).values("translation_key")
    return ArticlePage.objects.filter(translation_key__in=chosen, locale_id=home.locale_id)
