"""The sign-up form on every page posts somewhere real and answers bad input clearly."""

import pytest


def test_every_page_carries_a_labelled_signup_form(client, home):
    html = client.get("/").content.decode()
    assert '<label for="newsletter-email-footer">Email address</label>' in html
    assert 'name="csrfmiddlewaretoken"' in html


@pytest.mark.parametrize("email", ["not-an-address", "a@b.c\r\nBcc: x@y.z", "x" * 250 + "@example.org", ""])
def test_bad_address_gets_a_clear_error(client, home, email):
    response = client.post("/newsletter/", {"email": email})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_good_address_is_acknowledged(client, home):
    response = client.post("/newsletter/", {"email": "reader@example.org"})
    assert response.status_code == 200
    assert "check your inbox" in response.content.decode()
