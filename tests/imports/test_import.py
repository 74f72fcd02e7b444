"""The newsroom export (tests/imports/data/newsroom.xml) imported: what readers see, blocks, bylines,
images, view counts, redirects, and that nothing hidden became readable."""

import pytest
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageLogEntry, ReferenceIndex

from articles.models import ArticlePage, Author, SectionPage
from imports.models import ImportedPost
from popularity.models import ArticleDailyViews
from related.models import RelatedArticle

from .conftest import run_import

pytestmark = pytest.mark.django_db


def article(wp_id):
    return ImportedPost.objects.get(wp_id=wp_id).page.specific


def block_types(page):
    return [block.block_type for block in page.body]


def test_summary_counts_and_reasons(imported):
    assert "Created 4, updated 0, unchanged 0, skipped 5" in imported
    for reason in (
        "post 13 “Private: source notes”: private in WordPress: not imported",
        "post 14 “Retracted story”: in the trash: not imported",
        "post 16 “About us”: a page, not an article",
        "post 17 “(no title)”: it has no title",
        "post 18 “Undated wire copy”: it has no date",
    ):
        assert reason in imported
    assert "unknown block wp:acme/poll kept as text" in imported
    assert "unknown shortcode [gallery] kept as text" in imported
    assert "no excerpt: the standfirst is the first sentence" in imported
    assert "image file 2024/03/pipeline.jpg missing from the media directory" in imported
    assert "<script> removed" in imported


def test_block_editor_post_is_a_live_article_with_its_blocks(imported, client):
    page = article(10)
    assert page.live and page.url == "/politics/quiet-vote-ganja/"
    assert page.get_parent().title == "Politics"  # the nested category's top level
    assert page.standfirst == "Turnout fell to a ten-year low in the country's second city."
    assert page.published_date.isoformat() == "2024-03-12T06:30:00+00:00"
    assert page.first_published_at == page.published_date
    assert page.updated_date.isoformat() == "2024-03-13T08:00:00+00:00"
    assert block_types(page) == [
        "paragraph", "heading", "image", "pull_quote", "paragraph", "embed", "newsletter", "paragraph",
    ]  # fmt: skip
    image = page.body[2].value
    assert image["caption"] == "A polling station at noon."
    assert (
        image["image"].file.name.endswith(".jpg") and image["image"].contextual_alt_text == "Polling station"
    )
    assert page.body[3].value["attribution"] == "A voter in Gəncə"
    assert page.body[5].value.url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert page.hero_image.title == "Tankers at Sangachal"
    assert page.hero_caption == "Tankers wait off the Sangachal terminal."
    assert sorted(tag.name for tag in page.tags.all()) == ["Gəncə", "Баку"]
    assert [author.name for author in page.bylines] == ["Leyla Hasanova", "Rashad Aliyev"]


def test_classic_post_with_shortcodes(imported, client):
    page = article(11)
    assert block_types(page) == [
        "paragraph", "paragraph", "image", "heading", "paragraph", "paragraph", "newsletter",
    ]  # fmt: skip
    text = " ".join(str(block.value) for block in page.body if block.block_type == "paragraph")
    assert "vc_" not in text and "td_block" not in text and "script" not in text
    assert "onclick" not in text and "onmouseover" not in text and "evil.example" not in text
    assert '<a href="https://example.org/report">either</a>' in text
    assert "[gallery" in text  # unknown: kept as text
    assert "<br/>That is not how public money" in text  # a tagDiv block's text, unwrapped
    assert page.body[2].value["image"].contextual_alt_text == "Tankers in a row"
    assert page.body[2].value["caption"] == "Tankers off Sangachal."
    assert page.hero_image is None  # its file is missing
    assert page.standfirst == "The contract was signed behind closed doors."
    assert page.article_type == "editorial"
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Publish the contract." in html and "Editorial Board" in html
    assert "document.cookie" not in html and "onmouseover" not in html


def test_authors_people_and_organisations(imported):
    kinds = dict(Author.objects.values_list("name", "kind"))
    assert kinds == {"Leyla Hasanova": "person", "Rashad Aliyev": "person", "Editorial Board": "organisation"}


def test_nothing_hidden_is_readable(imported, client):
    drafts = [article(12), article(15)]
    assert [page.live for page in drafts] == [False, False]
    assert drafts[0].slug == "draft-the-budget-leak"
    assert not ImportedPost.objects.filter(wp_id__in=[13, 14, 16, 17, 18]).exists()
    assert not ArticlePage.objects.filter(title__in=["Private: source notes", "Retracted story"]).exists()
    assert set(ArticlePage.objects.visible().values_list("title", flat=True)) == {
        "A quiet vote in Gəncə",
        "Our view: the gas deal needs daylight",
    }
    for path in ("/politics/draft-the-budget-leak/", "/energy/port-strike/", "/?p=12", "/?p=13"):
        response = client.get(path)
        assert response.status_code in (200, 404) and b"Not ready yet" not in response.content
    assert client.get("/2024/03/16/source-notes/").status_code == 404


def test_view_counts_seed_the_popularity_history(imported):
    views = dict(ArticleDailyViews.objects.values_list("article_id", "views"))
    assert views == {article(10).pk: 1234, article(11).pk: 50}


@pytest.mark.parametrize(
    "old, new",
    [
        ("/2024/03/12/quiet-vote-ganja/", "/politics/quiet-vote-ganja/"),
        ("/?p=10", "/politics/quiet-vote-ganja/"),
        ("/archives/10/", "/politics/quiet-vote-ganja/"),
        ("/politics/elections/quiet-vote-ganja/", "/politics/quiet-vote-ganja/"),
        ("/category/politics/elections/quiet-vote-ganja/", "/politics/quiet-vote-ganja/"),
        ("/?p=11", "/energy/gas-deal-daylight/"),
        ("/2024/03/14/gas-deal-daylight/", "/energy/gas-deal-daylight/"),
        ("/category/politics/elections/", "/politics/"),
        ("/category/politics/elections/feed/", "/feeds/sections/politics/"),
        ("/category/energy/feed/", "/feeds/sections/energy/"),
        ("/tag/%d0%b1%d0%b0%d0%ba%d1%83/feed/", "/feeds/tags/%D0%B1%D0%B0%D0%BA%D1%83/"),
        ("/tag/gas/", "/tags/gas/"),
        ("/author/board/feed/", "/feeds/authors/board/"),
    ],
)
def test_old_links_redirect_permanently(imported, client, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new


def test_the_new_address_itself_is_no_redirect(imported, client):
    assert not Redirect.objects.filter(old_path="/energy/gas-deal-daylight").exists()
    assert client.get("/energy/gas-deal-daylight/").status_code == 200
    assert client.get("/").status_code == 200


def test_search_and_related_posts_after_import(imported, client):
    response = client.get("/search/", {"q": "Gəncə turnout"})
    assert "A quiet vote in Gəncə" in response.content.decode()
    assert RelatedArticle.objects.filter(article=article(10), related=article(11)).exists()


def test_rerun_changes_nothing_and_duplicates_nothing(imported, uploads):
    counts = (ArticlePage.objects.count(), SectionPage.objects.count(), Author.objects.count())
    redirects = Redirect.objects.count()
    output = run_import("--media-dir", str(uploads))
    assert "Created 0, updated 0, unchanged 4, skipped 5" in output
    assert (ArticlePage.objects.count(), SectionPage.objects.count(), Author.objects.count()) == counts
    assert Redirect.objects.count() == redirects
    assert ArticleDailyViews.objects.count() == 2


def test_imported_articles_are_as_a_publish_leaves_them(imported, admin_client):
    """Written in bulk, an article still has its place in the tree, a revision it is live on, its
    history, its references (an author's usage lists it) and an editor can open and publish it."""
    assert Page.find_problems() == ([], [], [], [], [])
    page = article(10)
    assert page.live_revision_id == page.latest_revision_id
    assert page.live_revision.as_object().title == page.title
    assert sorted(PageLogEntry.objects.filter(page=page).values_list("action", flat=True)) == [
        "wagtail.create",
        "wagtail.publish",
    ]
    byline = page.article_authors.first().author
    assert str(page.pk) in {reference.object_id for reference in ReferenceIndex.get_references_to(byline)}
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit.status_code == 200 and page.title in edit.content.decode()
    history = admin_client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert history.status_code == 200 and "Published" in history.content.decode()
