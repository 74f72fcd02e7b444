"""Anonymous pages are shareable (no cookie, no Vary: Cookie, public, revalidated) and stored once."""

from email.utils import formatdate

import pytest
from django.core.cache import cache

from tests import factories

PUBLIC_PAGES = ("home", "section", "article", "author", "tag")


@pytest.fixture
def site(home, section, author):
    cache.clear()
    article = factories.make_article(section, title="Ferries at dawn", authors=[author], tags=["ports"])
    return {
        "home": "/",
        "section": section.url,
        "article": article.url,
        "author": author.get_absolute_url(),
        "tag": "/tags/ports/",
        "page": article,
    }


@pytest.mark.parametrize("kind", PUBLIC_PAGES)
def test_anonymous_pages_set_no_cookie_and_say_they_may_be_shared(client, site, kind):
    response = client.get(site[kind])
    assert response.status_code == 200
    assert not response.cookies and "Set-Cookie" not in response.headers
    assert "cookie" not in response.get("Vary", "").lower()
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=30", "stale-while-revalidate=30", "stale-if-error=86400"} <= directives
    assert response["ETag"].startswith('"') and response["Last-Modified"].endswith("GMT")
    assert response["X-Cache"] == "MISS"
    again = client.get(site[kind])
    assert again["X-Cache"] == "HIT" and again.content == response.content


@pytest.mark.parametrize("kind", PUBLIC_PAGES)
def test_revalidation_answers_304(client, site, kind):
    first = client.get(site[kind])
    assert client.get(site[kind], HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(site[kind], HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    changed = client.get(site[kind], HTTP_IF_NONE_MATCH='"something-else"')
    assert changed.status_code == 200 and changed.content == first.content
    long_ago = formatdate(0, usegmt=True)
    assert client.get(site[kind], HTTP_IF_MODIFIED_SINCE=long_ago).status_code == 200


def test_search_and_newsletter_pages_stay_private(client, site):
    for path in ("/search/?q=ferries", "/newsletter/"):
        response = client.get(path)
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"], path
        assert "X-Cache" not in response
        assert "X-Cache" not in client.get(path)


def test_query_strings_that_change_content_are_kept_apart_and_others_are_not_stored(client, site):
    section = site["section"]
    assert client.get(section)["X-Cache"] == "MISS"
    assert client.get(section + "?utm_source=newsletter&fbclid=x")["X-Cache"] == "HIT"  # tracking only
    assert client.get(section + "?page=2")["X-Cache"] == "MISS"  # its own page
    assert client.get(section + "?page=2")["X-Cache"] == "HIT"
    unknown = client.get(section + "?anything=1")
    assert (
        unknown.status_code == 200
        and "X-Cache" not in unknown
        and "public" not in unknown.get("Cache-Control", "")
    )


def test_an_editor_never_gets_the_shared_copy_and_never_fills_it(client, site, django_user_model):
    article = site["article"]
    anonymous = client.get(article)
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "x")
    client.force_login(editor)
    mine = client.get(article)
    assert "X-Cache" not in mine
    assert "private" in mine["Cache-Control"] and "public" not in mine["Cache-Control"]
    assert mine.content != anonymous.content  # the user bar is there for the editor only
    client.logout()
    client.cookies.clear()
    again = client.get(article)
    assert again["X-Cache"] == "HIT" and again.content == anonymous.content


def test_previews_are_never_stored(client, site, django_user_model):
    page = site["page"]
    client.force_login(django_user_model.objects.create_superuser("previewer", "p@example.org", "x"))
    preview = client.get(f"/admin/pages/{page.pk}/edit/preview/")
    assert preview.status_code == 200 and "X-Cache" not in preview
    assert "public" not in preview.get("Cache-Control", "")


def test_a_private_page_is_never_stored_or_shown(client, site, section, author):
    secret = factories.make_private(factories.make_article(section, title="Board minutes", authors=[author]))
    for _ in range(2):
        response = client.get(secret.url)
        html = response.content.decode()
        assert 'type="password"' in html and "A measured paragraph" not in html
        assert "X-Cache" not in response and "public" not in response.get("Cache-Control", "")
    assert "Board minutes" not in client.get("/").content.decode()


def test_publish_unpublish_and_privacy_changes_reach_stored_pages_at_once(client, site, section, author):
    article = site["page"]
    for path in ("/", site["section"], site["article"], site["tag"]):
        assert client.get(path)["X-Cache"] == "MISS"
        assert client.get(path)["X-Cache"] == "HIT"
    article.title = "Ferries at dusk"
    article.save_revision().publish()
    for path in ("/", site["section"], site["article"], site["tag"]):
        assert "Ferries at dusk" in client.get(path).content.decode(), path
    other = factories.make_article(section, title="Caviar quotas", authors=[author], tags=["ports"])
    assert "Caviar quotas" in client.get("/").content.decode()
    other.unpublish()
    assert "Caviar quotas" not in client.get("/").content.decode()
    assert client.get(other.url).status_code == 404
    factories.make_private(article)
    for path in ("/", site["section"], site["tag"]):
        assert "Ferries at dusk" not in client.get(path).content.decode(), path


def test_a_site_wide_change_reaches_stored_pages_at_once(client, site):
    assert client.get("/")["X-Cache"] == "MISS"
    factories.make_ad("House campaign", "sidebar", image=False, sponsor_line="Read our Caspian atlas")
    response = client.get("/")
    assert response["X-Cache"] == "MISS" and "Read our Caspian atlas" in response.content.decode()


def test_pages_render_when_the_cache_is_down(client, site, settings):
    settings.CACHES = {
        **settings.CACHES,
        "broken": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1",
        },
    }
    settings.PAGE_CACHE_ALIAS = "broken"
    for _ in range(2):
        response = client.get(site["article"])
        assert response.status_code == 200 and "Ferries at dawn" in response.content.decode()
