"""Request bodies over their path's cap are refused from the headers alone, before a byte is read."""

from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.core import mail

from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
MB = 1000 * 1000
FORM = "application/x-www-form-urlencoded"
UPLOAD = "multipart/form-data; boundary=----upload"


class Tripwire:
    """A request body that fails the test when anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def claimed(client, path, length, accept=BROWSER_ACCEPT, content_type=FORM, **extra):
    """A POST that declares `length` bytes of body and has none to give."""
    return client.generic(
        "POST",
        path,
        CONTENT_TYPE=content_type,
        HTTP_ACCEPT=accept,
        CONTENT_LENGTH=str(length),
        **{"wsgi.input": Tripwire()},
        **extra,
    )


def test_a_300_mb_post_to_the_newsletter_is_refused_unread_with_a_friendly_page(client, home):
    response = claimed(client, "/newsletter/", 300 * MB)
    assert response.status_code == 413
    html = response.content.decode()
    assert "<h1>Too much to send</h1>" in html and "8.0\xa0KB at most" in html
    assert 'class="site-header"' in html and 'href="/"' in html  # the site's own shell
    assert response["Content-Security-Policy"].startswith("default-src 'self'")
    assert Subscriber.objects.count() == 0


@pytest.mark.parametrize("path", ["/newsletter/", "/newsletter/new-link/", "/newsletter/unsubscribe/abc/"])
def test_every_newsletter_form_has_the_small_cap(client, home, path):
    assert claimed(client, path, 8 * 1024 + 1).status_code == 413


def test_a_sign_up_with_the_longest_address_from_a_deep_page_fits_and_works(post_committed, home):
    # What the form really sends: an address of up to 254 characters, the page it was on (here three
    # Cyrillic slugs of Wagtail's 255 characters, six bytes each once percent-encoded), the source, the
    # consent version and the empty honeypot.
    address = "a" * 64 + "@" + ".".join(["b" * 60, "c" * 60, "d" * 59]) + ".example"
    assert len(address) == 254
    page = "/ru/" + "/".join([("каспий-" * 40)[:255]] * 3) + "/"
    form = {"email": address, "source": "article", "page": page, "consent_version": "1", "website": ""}
    size = len(urlencode(form))
    assert 4 * 1024 < size < settings.REQUEST_BODY_LIMITS["/newsletter/"]
    response = post_committed("/newsletter/", form)
    assert response.status_code == 302 and response["Location"] == "/newsletter/check-your-inbox/"
    assert Subscriber.objects.get().email == address
    assert len(mail.outbox) == 1


def test_the_beacon_is_refused_over_2_kib_with_an_empty_answer(client, home):
    response = claimed(client, "/_/views/", 2 * 1024 + 1, accept="*/*", HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 413 and response.content == b""


def test_a_body_without_a_declared_length_is_refused(client, home):
    response = claimed(client, "/newsletter/", "", HTTP_TRANSFER_ENCODING="chunked")
    assert response.status_code == 411
    assert "<h1>Request not understood</h1>" in response.content.decode()


def test_other_public_paths_have_a_modest_cap_and_the_admin_a_large_one(client, admin_client, home):
    assert claimed(client, "/search/", 64 * 1024 + 1).status_code == 413
    assert claimed(client, "/", 64 * 1024 + 1).status_code == 413
    assert claimed(admin_client, "/admin/images/multiple/add/", 41 * 1024 * 1024 + 1).status_code == 413
    # Within the cap the request reaches the view, which reads the body.
    with pytest.raises(AssertionError, match="the body was read"):
        claimed(admin_client, "/admin/images/multiple/add/", 30 * MB, content_type=UPLOAD)
