"""The Subscribers admin: only for those with the permission; counts, filters, search and CSV export."""

import csv
import io

import pytest
from django.contrib.auth.models import Group, Permission, User

from newsletter.models import Subscriber
from tests import factories

Status = Subscriber.Status
INDEX = "/admin/newsletter/subscriber/"
EXPORT = "/admin/newsletter/export/"


def make_user(username, *groups, superuser=False):
    user = User.objects.create_user(username, f"{username}@example.org", "pw", is_superuser=superuser)
    user.groups.add(*groups)
    return user


def group_with(name, *codenames):
    group = Group.objects.create(name=name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="newsletter", codename__in=codenames)
    )
    return group


def refused(response):
    """Wagtail answers a permission error with a redirect to the dashboard and a message."""
    return response.status_code == 403 or (response.status_code, response.get("Location")) == (302, "/admin/")


@pytest.fixture
def subscribers(home):
    return {
        "ada": factories.make_subscriber(
            "ada@example.org", status=Status.CONFIRMED, consent_source="article"
        ),
        "ben": factories.make_subscriber("ben@example.org", status=Status.CONFIRMED),
        "cem": factories.make_subscriber("cem@example.org", status=Status.PENDING),
        "dia": factories.make_subscriber("dia@example.org", status=Status.UNSUBSCRIBED),
        "formula": factories.make_subscriber("=cmd|x@example.org", status=Status.CONFIRMED),
    }


@pytest.fixture
def editor(db):
    return make_user("editor", Group.objects.get(name="Editors"))


@pytest.fixture
def viewer(db):
    return make_user("viewer", group_with("Newsletter readers", "view_subscriber"))


@pytest.fixture
def exporter(db):
    return make_user("exporter", group_with("Newsletter exporters", "view_subscriber", "export_subscribers"))


def test_an_editor_without_the_permission_sees_no_subscriber(client, editor, subscribers):
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200  # a working admin user...
    assert INDEX not in client.get("/admin/").content.decode()  # ...with no Subscribers menu item
    for path in (
        INDEX,
        f"{INDEX}?q=ada",
        f"{INDEX}inspect/{subscribers['ada'].pk}/",
        f"{INDEX}delete/{subscribers['ada'].pk}/",
        EXPORT,
    ):
        response = client.get(path)
        assert refused(response), path
        assert b"ada@example.org" not in response.content


def test_anonymous_visitors_are_sent_to_the_login(client, subscribers):
    for path in (INDEX, EXPORT):
        response = client.get(path)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_reader_of_the_list_sees_counts_filters_and_search_but_cannot_export(client, viewer, subscribers):
    client.force_login(viewer)
    assert INDEX in client.get("/admin/").content.decode()
    html = client.get(INDEX).content.decode()
    for address in ("ada@example.org", "ben@example.org", "cem@example.org", "dia@example.org"):
        assert address in html
    assert "<li><strong>3</strong> confirmed</li>" in html
    assert "<li><strong>1</strong> pending confirmation</li>" in html
    assert "<li><strong>1</strong> unsubscribed</li>" in html
    assert EXPORT not in html
    assert f"{INDEX}create/" not in html

    pending_only = client.get(INDEX, {"status": "pending"}).content.decode()
    assert "cem@example.org" in pending_only and "ada@example.org" not in pending_only
    found = client.get(INDEX, {"q": "BEN@"}).content.decode()
    assert "ben@example.org" in found and "ada@example.org" not in found

    assert refused(client.get(EXPORT))
    assert client.get(INDEX, {"export": "csv"})["Content-Type"].startswith("text/html")  # no back door


def test_nobody_adds_or_edits_subscribers_by_hand(client, subscribers):
    client.force_login(make_user("admin", superuser=True))
    assert refused(client.get(f"{INDEX}create/"))
    assert refused(client.get(f"{INDEX}edit/{subscribers['ada'].pk}/"))
    inspect = client.get(f"{INDEX}inspect/{subscribers['ada'].pk}/").content.decode()
    assert "We email you our newsletter and nothing else." in inspect  # the consent text they agreed to


def test_the_export_holds_confirmed_subscribers_only_and_defuses_formulas(client, exporter, subscribers):
    client.force_login(exporter)
    assert EXPORT in client.get(INDEX).content.decode()
    response = client.get(EXPORT)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="newsletter-subscribers-')
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == [
        "Email",
        "Confirmed at",
        "Consent given at",
        "Consent form",
        "Consent page",
        "Consent text version",
    ]
    assert sorted(row[0] for row in rows[1:]) == ["'=cmd|x@example.org", "ada@example.org", "ben@example.org"]
    ada = next(row for row in rows if row[0] == "ada@example.org")
    assert ada[1] == subscribers["ada"].confirmed_at.isoformat()
    assert ada[3:] == ["article", "/", "1"]


def test_the_export_permission_can_be_granted_in_the_groups_admin(client, db):
    client.force_login(make_user("admin", superuser=True))
    html = client.get(f"/admin/groups/edit/{Group.objects.get(name='Editors').pk}/").content.decode()
    assert "Can export confirmed subscribers as CSV" in html
