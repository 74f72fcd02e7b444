"""An editor translates the demo's op-ed into Russian and Azerbaijani in wagtail-localize's editor,
publishes both, and readers find them at /ru/... and /az/..."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from playwright.sync_api import expect

from articles.models import ArticlePage, ArticlePageAuthor, Author
from demo.content import AUTHORS, SECTIONS, all_articles
from demo.images import get_or_make_image
from demo.management.commands.load_demo import body_json
from tests import factories
from tests.browser.conftest import screenshot_dir

pytestmark = pytest.mark.django_db(transaction=True)
OP_ED = "small-states-need-long-memories-and-short-grudges"


@pytest.fixture
def op_ed():
    """The demo's op-ed as load_demo makes it, in its section, with the home page and the section
    already translated (the article is what the editor translates)."""
    cache.clear()
    home = factories.make_home()
    data = next(article for article in all_articles() if article["slug"] == OP_ED)
    slug, title, _intro = next(section for section in SECTIONS if section[0] == data["section"])
    section = factories.make_section(home, title, slug=slug)
    author = Author.objects.create(**next(a for a in AUTHORS if a["slug"] == data["authors"][0]))
    article = ArticlePage(
        title=data["title"],
        slug=data["slug"],
        standfirst=data["standfirst"],
        article_type=data["type"],
        hero_image=get_or_make_image(data["title"], data["section"]),
        body=body_json(data["body"], data["title"], data["section"]),
    )
    article.article_authors.add(ArticlePageAuthor(author=author, sort_order=0))
    section.add_child(instance=article)
    article.save_revision().publish()
    for language, home_title, section_title, section_slug in (
        ("ru", "Главная", "Мнения", "mneniya"),
        ("az", "Ana səhifə", "Rəy", "rey"),
    ):
        factories.translate(home, language, title=home_title, slug=f"home-{language}")
        factories.translate(section, language, title=section_title, slug=section_slug)
    get_user_model().objects.create_superuser("editor", "editor@example.org", "correct horse battery")
    return article


def sign_in(page, live_server):
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("correct horse battery")
    page.get_by_role("button", name=re.compile("Sign in")).click()
    page.wait_for_url(re.compile(r"/admin/$"))


# What the editor types, segment by segment: the headline, standfirst and opening paragraph (the rest
# of the body is left for later: it reads in English until translated), and the translation's address.
FIRST_PARAGRAPH = "In the South Caucasus, history is never far from the conference table."
TRANSLATIONS = {
    "ru": {
        "title": "Малым государствам нужна долгая память, но не долгие обиды",
        "standfirst": "История тяжёлым грузом лежит на каждой столице Южного Кавказа. "
        "Помнить её точно — долг; позволять ей диктовать каждое решение — ловушка, "
        "которой крупные соседи умеют пользоваться.",
        "paragraph": "На Южном Кавказе история никогда не бывает далеко от стола переговоров. Над каждыми "
        "переговорами нависает тень прежних, над каждой границей — тень прежних границ, над каждым союзом — "
        "память о том, кто где стоял в одном из прошлых кризисов. Со стороны это иногда называют "
        "одержимостью прошлым. Это несправедливо. Для малых государств, окружённых крупными державами, "
        "память — форма самообороны. Тех, кто забывает, как с ними обошлись, обычно ждёт то же самое.",
        "slug": "malym-gosudarstvam-nuzhna-dolgaya-pamyat",
        "section": "mneniya",
        "locale": "Russian",
    },
    "az": {
        "title": "Kiçik dövlətlərin yaddaşı uzun, kini qısa olmalıdır",
        "standfirst": "Tarix Cənubi Qafqazın hər paytaxtının üzərində ağır yük kimi durur. "
        "Onu dəqiq xatırlamaq borcdur; hər qərarı onun diktəsi ilə vermək isə "
        "böyük qonşuların yaxşı istifadə etdiyi bir tələdir.",
        "paragraph": "Cənubi Qafqazda tarix danışıqlar masasından heç vaxt uzaq olmur. Hər danışığın üzərinə "
        "əvvəlkilərin, hər sərhədin üzərinə köhnə sərhədlərin, hər ittifaqın üzərinə isə keçmiş böhranlardan "
        "birində kimin harada dayandığının xatirəsi kölgə salır. Kənardan baxanlar bunu bəzən keçmişə "
        "aludəlik adlandırırlar. Bu, ədalətsizdir. Böyük dövlətlərlə əhatələnmiş kiçik dövlətlər üçün "
        "xatırlamaq özünümüdafiənin bir formasıdır. Onlarla necə rəftar edildiyini unudanlarla adətən yenə "
        "eyni cür rəftar edilir.",
        "slug": "kicik-dovletlerin-yaddasi-uzun-olmalidir",
        "section": "rey",
        "locale": "Azerbaijani",
    },
}


def translate_segment(page, source, text):
    """Open the segment whose English starts with `source`, type its translation and save it."""
    segment = page.locator("li").filter(has=page.locator("p", has_text=source)).last
    segment.get_by_role("button", name="Translate").click()
    segment.locator("textarea").fill(text)
    segment.get_by_role("button", name="Save").click()
    expect(segment.get_by_role("button", name="Edit")).to_be_visible()


def test_an_editor_translates_the_op_ed_into_russian_and_azerbaijani(page, live_server, op_ed):
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/admin/localize/submit/page/{op_ed.pk}/")
    page.get_by_label("Russian").check()
    page.get_by_label("Azerbaijani").check()
    page.get_by_role("button", name=re.compile("Submit")).click()
    page.wait_for_load_state()

    for language, text in TRANSLATIONS.items():
        translation = ArticlePage.objects.get(
            translation_key=op_ed.translation_key, locale__language_code=language
        )
        assert not translation.live  # a requested translation is a draft until the editor publishes it
        page.goto(f"{live_server.url}/admin/pages/{translation.pk}/edit/")
        translate_segment(page, op_ed.title, text["title"])
        translate_segment(page, op_ed.standfirst[:40], text["standfirst"])
        translate_segment(page, FIRST_PARAGRAPH, text["paragraph"])
        page.get_by_role("tab", name="Promote").click()
        translate_segment(page, op_ed.slug, text["slug"])
        page.screenshot(path=str(screenshot_dir() / f"translation-editor-{language}.png"), full_page=True)
        page.get_by_role("button", name=f"Publish in {text['locale']}").click()
        page.wait_for_load_state()
        # The rest of the body is not translated yet: wagtail-localize publishes it in English and says so.
        expect(page.locator(".messages")).to_contain_text(
            f"Published '{text['title']}' in {text['locale']} with missing translations"
        )

    cache.clear()
    for language, text in TRANSLATIONS.items():
        page.goto(f"{live_server.url}/{language}/{text['section']}/{text['slug']}/")
        expect(page.locator("h1")).to_have_text(text["title"])
        expect(page.locator("html")).to_have_attribute("lang", language)
        body = page.locator("main")
        expect(body).to_contain_text(text["standfirst"])
        expect(body).to_contain_text(text["paragraph"])
        expect(body).to_contain_text("Leyla Hasanova")  # the byline is the original's
    page.goto(live_server.url + op_ed.url)
    expect(page.locator("h1")).to_have_text(op_ed.title)  # the original is untouched
