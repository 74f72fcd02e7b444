"""Editors build Home -> Section -> Article, and the admin forms create every page type."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import ArticlePage, SectionPage
from home.models import HomePage
from tests import factories


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_sections_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {SectionPage})

    def test_sections_hold_articles_and_articles_hold_nothing(self):
        self.assertAllowedParentPageTypes(SectionPage, {HomePage})
        self.assertAllowedSubpageTypes(SectionPage, {ArticlePage})
        self.assertAllowedParentPageTypes(ArticlePage, {SectionPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())

    def test_an_article_cannot_be_created_directly_under_home(self):
        home = factories.make_home()
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertFalse(ArticlePage.can_create_at(home))


class AdminCreationTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.make_home()
        cls.section = factories.make_section(cls.home, "Energy")
        cls.author = factories.make_author("Daniel Moreau")

    def setUp(self):
        # force_login: django-axes guards password sign-in, which needs a request (tests/accounts/).
        self.client.force_login(self.create_test_user())

    def test_editor_creates_a_section(self):
        self.assertCanCreate(
            self.home,
            SectionPage,
            nested_form_data({"title": "Culture", "slug": "culture", "intro": "Books."}),
        )

    def test_editor_creates_an_article_with_every_text_block(self):
        data = nested_form_data(
            {
                "title": "Ports need a timetable",
                "slug": "ports-need-a-timetable",
                "standfirst": "Slogans do not move containers.",
                "article_type": "op-ed",
                "tags": "ports, rail",
                "article_authors": inline_formset([{"author": self.author.pk}]),
                "corrections": inline_formset([]),
                "body": streamfield(
                    [
                        ("paragraph", rich_text("<p>Freight waits at Alat for days.</p>")),
                        ("heading", {"text": "What to do", "level": "h2"}),
                        ("pull_quote", {"quote": "Timetables beat slogans.", "attribution": "A forwarder"}),
                        ("fact_box", {"title": "Key figures", "facts": streamfield([("item", "20 hours")])}),
                        ("newsletter", {"heading": "", "text": ""}),
                    ]
                ),
                "hero_caption": "",
                "hero_credit": "",
            }
        )
        self.assertCanCreate(self.section, ArticlePage, data)
        article = ArticlePage.objects.get(slug="ports-need-a-timetable")
        self.assertEqual([b.block_type for b in article.body][:3], ["paragraph", "heading", "pull_quote"])
        self.assertEqual([link.author for link in article.article_authors.all()], [self.author])
        self.assertEqual(sorted(t.name for t in article.tags.all()), ["ports", "rail"])

    def test_an_article_cannot_be_published_without_an_author(self):
        response = self.client.post(
            f"/admin/pages/add/articles/articlepage/{self.section.pk}/",
            nested_form_data(
                {
                    "title": "No byline",
                    "slug": "no-byline",
                    "standfirst": "x",
                    "article_type": "op-ed",
                    "article_authors": inline_formset([]),
                    "corrections": inline_formset([]),
                    "body": streamfield([]),
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertFalse(ArticlePage.objects.filter(slug="no-byline", live=True).exists())


@pytest.mark.django_db
def test_published_date_defaults_to_first_publication(section, author):
    article = factories.make_article(section, authors=[author], publish=False)
    assert article.published_date is None
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.published_date == article.first_published_at
