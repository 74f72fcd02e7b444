"""Every sign-up form on the site posts, records where it was, and answers bad input clearly."""

import re
from html.parser import HTMLParser

import pytest
from django.core import mail

from newsletter.consent import CONSENT_TEXTS, CURRENT_VERSION
from newsletter.models import Subscriber
from tests import factories


class _Forms(HTMLParser):
    """The forms of a page with their inputs (name -> value) and each input's attributes."""

    def __init__(self):
        super().__init__()
        self.forms = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.forms.append({"attrs": attrs, "values": {}, "inputs": {}})
        elif tag == "input" and self.forms and attrs.get("name"):
            self.forms[-1]["values"][attrs["name"]] = attrs.get("value") or ""
            self.forms[-1]["inputs"][attrs["name"]] = attrs


def signup_form(html, form_id):
    parser = _Forms()
    parser.feed(html)
    for form in parser.forms:
        if form["inputs"].get("email", {}).get("id") == f"newsletter-email-{form_id}":
            return form
    raise AssertionError(f"no sign-up form {form_id!r} on the page")


@pytest.fixture
def article(section):
    body = factories.paragraphs(2) + [{"type": "newsletter", "value": {"heading": "", "text": ""}}]
    return factories.make_article(section, title="Ports of the Caspian", body=body)


def test_the_footer_form_is_labelled_cookie_free_and_carries_the_consent_line(client, home):
    response = client.get("/")
    html = response.content.decode()
    form = signup_form(html, "footer")
    assert form["attrs"]["method"] == "post"
    assert form["attrs"]["action"] == "/newsletter/"
    # No CSRF token, so no cookie: the page stays cacheable; the view refuses cross-site posts instead.
    assert "csrfmiddlewaretoken" not in form["values"] and not response.cookies
    assert '<label for="newsletter-email-footer">Email address</label>' in html
    assert form["inputs"]["email"]["type"] == "email"
    assert form["inputs"]["email"]["aria-describedby"] == "newsletter-consent-footer"
    assert f'<p class="consent" id="newsletter-consent-footer">{CONSENT_TEXTS[CURRENT_VERSION]}</p>' in html
    assert form["values"]["consent_version"] == CURRENT_VERSION
    assert (form["values"]["source"], form["values"]["page"]) == ("footer", "/")


def test_the_honeypot_is_out_of_sight_reach_and_autofill(client, home):
    html = client.get("/").content.decode()
    honeypot = signup_form(html, "footer")["inputs"]["website"]
    assert honeypot["tabindex"] == "-1"
    assert honeypot["autocomplete"] == "off"
    wrapper = re.search(
        r'<div class="([^"]*)" aria-hidden="true">\s*<label for="newsletter-website-footer">', html
    )
    assert wrapper and wrapper.group(1) == "visually-hidden"


@pytest.mark.parametrize("placement", ["footer", "article", "page"])
def test_every_placement_posts_and_records_its_source(client, post_committed, article, placement):
    path = {"footer": "/", "article": article.url, "page": "/newsletter/"}[placement]
    html = client.get(path).content.decode()
    form_id = {"footer": "footer", "page": "page"}.get(placement)
    if form_id is None:  # the body block's form is named after the block
        form_id = re.search(r'id="newsletter-email-([^"]+)"', html.split('class="article-body"')[1]).group(1)
    form = signup_form(html, form_id)
    response = post_committed(
        form["attrs"]["action"],
        {**form["values"], "email": "Reader@Example.org"},
        HTTP_ORIGIN="http://testserver",
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    assert response.status_code == 302
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.status) == ("reader@example.org", "pending")
    assert (subscriber.consent_source, subscriber.consent_page) == (placement, path)
    assert subscriber.consent_version == CURRENT_VERSION
    assert subscriber.consent_text() == CONSENT_TEXTS[CURRENT_VERSION]
    assert [message.to for message in mail.outbox] == [["reader@example.org"]]


def _long_address(length):
    """A syntactically valid address of exactly `length` characters (64-character local part)."""
    labels, remaining = [], length - len("a" * 64 + "@" + ".org")
    while remaining > 51:
        labels.append("b" * 50)
        remaining -= 51
    labels.append("c" * remaining)
    address = f"{'a' * 64}@{'.'.join(labels)}.org"
    assert len(address) == length
    return address


BAD_ADDRESSES = [
    ("not-an-address", "Enter a valid email address"),
    ("reader@localhost", "Enter a valid email address"),
    ("a@b.c\r\nBcc: victim@example.org", "cannot contain spaces or line breaks"),
    ("reader@example.org\r\n", "cannot contain spaces or line breaks"),
    ("reader@example.org\nTo: x@example.org", "cannot contain spaces or line breaks"),
    ("a@example.org, b@example.org", "Enter one email address only"),
    ("a@example.org;b@example.org", "Enter one email address only"),
    ('"a,b"@example.org', "Enter one email address only"),
    ("a@example.org b@example.org", "Enter one email address only"),
    ("reader @example.org", "cannot contain spaces or line breaks"),
    ("reader@exa\u2028mple.org", "cannot contain spaces or line breaks"),
    (_long_address(255), "at most 254 characters"),
    ("x" * 5000, "at most 254 characters"),
    ("", "Enter your email address"),
    ("   ", "Enter your email address"),
    ("reader\x00@example.org", "Null characters are not allowed"),
]


@pytest.mark.parametrize(("email", "message"), BAD_ADDRESSES)
def test_bad_addresses_get_a_clear_error_and_nothing_happens(post_committed, home, email, message):
    response = post_committed("/newsletter/", {"email": email, "source": "footer", "page": "/"})
    assert response.status_code == 400
    html = response.content.decode()
    error = re.search(r'<p class="error" id="newsletter-email-page-error" role="alert">([^<]*)</p>', html)
    assert error and message in error.group(1)
    assert 'aria-invalid="true"' in html
    assert "<title>Error: Newsletter" in html
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_the_longest_valid_address_is_accepted(post_committed, home):
    address = _long_address(254)
    assert post_committed("/newsletter/", {"email": address, "source": "page"}).status_code == 302
    assert Subscriber.objects.get().email == address


def test_the_form_keeps_what_the_reader_typed_and_where_they_were(client, post_committed, home):
    response = client.post(
        "/newsletter/", {"email": "reader@example", "source": "article", "page": "/opinion/ports/"}
    )
    assert response.status_code == 400
    form = signup_form(response.content.decode(), "page")
    assert form["values"]["email"] == "reader@example"
    assert (form["values"]["source"], form["values"]["page"]) == ("article", "/opinion/ports/")
    # The footer form of the same page stays empty and keeps its own source.
    footer = signup_form(response.content.decode(), "footer")
    assert "value" not in footer["inputs"]["email"]
    assert footer["values"]["source"] == "footer"

    post_committed("/newsletter/", {**form["values"], "email": "reader@example.org"})
    subscriber = Subscriber.objects.get()
    assert (subscriber.consent_source, subscriber.consent_page) == ("article", "/opinion/ports/")


def test_an_address_is_stored_once_whatever_its_spelling(post_committed, home):
    for spelling in ["  Reader@Example.ORG ", "reader@example.org", "READER@EXAMPLE.ORG"]:
        assert post_committed("/newsletter/", {"email": spelling, "source": "page"}).status_code == 302
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["reader@example.org"]


def test_tampered_hidden_fields_are_recorded_safely(post_committed, home):
    data = {
        "email": "reader@example.org",
        "source": "evil",
        "page": "https://evil.example/x?y",
        "consent_version": "9",
    }
    assert post_committed("/newsletter/", data).status_code == 302
    subscriber = Subscriber.objects.get()
    assert (subscriber.consent_source, subscriber.consent_page) == ("other", "")
    assert subscriber.consent_version == CURRENT_VERSION


def test_a_form_on_a_newsletter_link_page_records_no_token(post_committed, home):
    data = {"email": "reader@example.org", "source": "footer", "page": "/newsletter/confirm/abc:def:ghi/"}
    post_committed("/newsletter/", data)
    assert Subscriber.objects.get().consent_page == "/newsletter/"


def test_a_bot_filling_the_honeypot_gets_the_usual_answer_and_nothing_else(post_committed, home):
    data = {"email": "bot@example.org", "source": "footer", "page": "/", "website": "http://spam.example"}
    response = post_committed("/newsletter/", data)
    assert (response.status_code, response["Location"]) == (302, "/newsletter/check-your-inbox/")
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_the_newsletter_page_has_its_own_form(client, home):
    response = client.get("/newsletter/")
    assert response.status_code == 200
    form = signup_form(response.content.decode(), "page")
    assert (form["values"]["source"], form["values"]["page"]) == ("page", "/newsletter/")


def test_other_methods_are_refused(client, home):
    assert client.put("/newsletter/", {"email": "reader@example.org"}).status_code == 405
    assert not Subscriber.objects.exists()


def test_ids_stay_unique_on_pages_with_two_forms(client, home):
    """Labels and error messages point at ids; a duplicate would attach them to the wrong field."""
    pages = [
        client.get("/newsletter/"),
        client.post("/newsletter/", {"email": "nope", "source": "footer", "page": "/"}),
        client.get("/newsletter/confirm/not-a-token/"),
    ]
    for response in pages:
        ids = re.findall(r'\sid="([^"]+)"', response.content.decode())
        assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
        assert "newsletter-email-footer" in ids
