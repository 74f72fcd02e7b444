"""The demo texts are sound; `generate_articles` adds valid pages fast."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from articles.models import ArticlePage
from demo.content import all_articles


def test_demo_texts_are_distinct():
    articles = all_articles()
    assert len({a["title"] for a in articles}) == len(articles)
    assert all(len([k for k, _ in a["body"] if k == "paragraph"]) >= 3 for a in articles)  # news: short


@pytest.mark.django_db
def test_generate_articles_adds_valid_searchable_pages(client):
    call_command("generate_articles", count=120, seed=7, verbosity=0)
    assert ArticlePage.objects.live().count() == 120
    assert Page.find_problems() == ([], [], [], [], [])
    article = ArticlePage.objects.live().order_by("?").first()
    assert article.article_authors.exists()
    response = client.get(article.url)
    assert response.status_code == 200
    assert article.title in response.content.decode()
    word = article.title.split()[-1]
    assert ArticlePage.objects.live().search(word).count() > 0
    call_command("generate_articles", count=30, verbosity=0)
    assert ArticlePage.objects.count() == 150
    assert Page.find_problems() == ([], [], [], [], [])
