"""New articles are written a batch at a time (imports/bulk.py): what that must not change. A post the
database refuses fails alone, a deleted article comes back, slugs and bylines stay unique."""

import pytest
from django.db import connection
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from articles.models import ArticlePage
from imports.models import ImportedPost
from popularity.models import ArticleDailyViews

from .conftest import EXPORT, run_import

pytestmark = pytest.mark.django_db


def item_of(text, wp_id):
    start = text.rindex("<item>", 0, text.index(f"<wp:post_id>{wp_id}</wp:post_id>"))
    return text[start : text.index("</item>", start) + len("</item>")]


def export_with(tmp_path, text):
    path = tmp_path / "export.xml"
    path.write_text(text)
    return path


def refuse(table, column, text):
    """Make the database itself refuse a row of `table` whose `column` contains `text`: a rule the
    importer cannot know about, standing for any row a database turns down at write time."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"CREATE FUNCTION refuse_{table}() RETURNS trigger AS $$ BEGIN "
                f"IF NEW.{column} LIKE '%{text}%' THEN RAISE EXCEPTION 'refused'; END IF; "
                "RETURN NEW; END $$ LANGUAGE plpgsql"
            )
            cursor.execute(
                f"CREATE TRIGGER refuse BEFORE INSERT ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION refuse_{table}()"
            )
        else:
            cursor.execute(
                f"CREATE TRIGGER refuse BEFORE INSERT ON {table} "
                f"WHEN NEW.{column} LIKE '%{text}%' BEGIN SELECT RAISE(ABORT, 'refused'); END"
            )


@pytest.mark.parametrize(
    "table, column, text",
    [
        ("articles_articlepage", "standfirst", "ten-year low"),  # the first row the write makes
        ("wagtailredirects_redirect", "old_path", "quiet-vote"),  # after its bylines, tags and revision
    ],
)
def test_a_post_the_database_refuses_fails_alone(home, table, column, text):
    refuse(table, column, text)
    output = run_import()
    assert "Created 3, updated 0, unchanged 0, skipped 6" in output
    assert "post 10 “A quiet vote in Gəncə”: failed:" in output and "refused" in output
    assert not ImportedPost.objects.filter(wp_id=10).exists()
    assert not ArticlePage.objects.filter(title="A quiet vote in Gəncə").exists()
    connection.check_constraints()  # no row of the refused attempt points at a page that is not there
    assert Page.find_problems() == ([], [], [], [], [])
    expected = {11: ["board"], 12: ["leyla"]}
    for wp_id, authors in expected.items():  # the rest of its batch is in, each with its own rows
        page = ImportedPost.objects.get(wp_id=wp_id).page
        assert [byline.author.slug for byline in page.article_authors.all()] == authors
        assert page.title in page.latest_revision.as_object().title
    editorial = ImportedPost.objects.get(wp_id=11).page
    assert editorial.live and Redirect.objects.filter(old_path="/?p=11", redirect_page=editorial).exists()


def test_an_article_deleted_since_the_last_run_comes_back(home, client):
    run_import()
    ImportedPost.objects.get(wp_id=10).page.delete()
    output = run_import()
    assert "Created 1, updated 0, unchanged 3, skipped 5" in output
    record = ImportedPost.objects.get(wp_id=10)
    assert record.page.live and record.page.url == "/politics/quiet-vote-ganja/"
    assert client.get("/politics/quiet-vote-ganja/").status_code == 200
    assert ArticleDailyViews.objects.get(article=record.page).views == 1234
    assert ImportedPost.objects.count() == 4


def test_a_slug_stays_unique_after_a_failed_post_in_the_batch(home, tmp_path, client):
    """Post 11 fails (its category cannot be a section) between post 10 and a second post with post
    10's slug in its section: the second one gets a slug of its own."""
    text = EXPORT.read_text().replace('nicename="energy"', f'nicename="{"e" * 300}"')
    twin = item_of(text, 10).replace("<wp:post_id>10</wp:post_id>", "<wp:post_id>30</wp:post_id>")
    text = text.replace("</channel>", twin.replace("A quiet vote in Gəncə", "Another vote") + "\n</channel>")
    run_import(export=export_with(tmp_path, text))
    first, second = ImportedPost.objects.get(wp_id=10).page, ImportedPost.objects.get(wp_id=30).page
    assert first.get_parent() == second.get_parent()
    assert (first.slug, second.slug) == ("quiet-vote-ganja", "quiet-vote-ganja-30")
    assert "Another vote" in client.get(second.url).content.decode()


def test_one_author_under_two_logins_is_one_byline(home, tmp_path):
    text = EXPORT.read_text().replace('nicename="cap-rashad"', 'nicename="cap-Leyla"')
    output = run_import(export=export_with(tmp_path, text))
    assert "Created 4" in output
    page = ImportedPost.objects.get(wp_id=10).page
    assert [byline.author.slug for byline in page.article_authors.all()] == ["leyla"]


def test_a_broken_view_counter_does_not_stop_its_post(home, tmp_path):
    text = EXPORT.read_text().replace("<![CDATA[1234]]>", "<![CDATA[99999999999999999999999]]>")
    output = run_import(export=export_with(tmp_path, text))
    assert "Created 4" in output
    assert "view count 99999999999999999999999 is out of range: not carried over" in output
    assert not ArticleDailyViews.objects.filter(article=ImportedPost.objects.get(wp_id=10).page).exists()


def test_an_old_address_too_long_to_keep_is_left_out(home, tmp_path):
    long_path = "/" + "a" * 300 + "/"
    text = EXPORT.read_text().replace(
        "<link>https://old.example.com/2024/03/12/quiet-vote-ganja/</link>",
        f"<link>https://old.example.com{long_path}</link>",
    )
    output = run_import(export=export_with(tmp_path, text))
    assert "Created 4" in output
    assert not Redirect.objects.filter(old_path__startswith="/aaaa").exists()
    assert Redirect.objects.filter(old_path="/?p=10", redirect_page=ImportedPost.objects.get(wp_id=10).page)
    assert ArticlePage.objects.filter(slug="quiet-vote-ganja").exists()
