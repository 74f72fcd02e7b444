import pytest
from django.contrib.auth.models import Group, Permission, User

from editions.models import Edition, EditionArticle
from newsletter.models import Subscriber
from tests import factories
from tests.editions.smtp import SmtpServer


@pytest.fixture
def smtp(settings):
    with SmtpServer() as server:
        settings.MAILERS = server.mailers()
        yield server


@pytest.fixture
def articles(section):
    return [
        factories.make_article(
            section, title="Ports of the Caspian", standfirst="Trade at the water's edge."
        ),
        factories.make_article(
            section, title="A border & its tariffs", standfirst="Who pays at the crossing."
        ),
    ]


@pytest.fixture
def edition(articles):
    edition = Edition.objects.create(
        subject="Friday: ports and tariffs",
        preheader="Two pieces worth your weekend",
        intro='<p>Good morning. Read <a href="/about/">about us</a> &amp; more.</p>',
    )
    EditionArticle.objects.create(edition=edition, article=articles[0], sort_order=0, blurb="Our pick.")
    EditionArticle.objects.create(edition=edition, article=articles[1], sort_order=1)
    return edition


def confirmed(*emails):
    return [factories.make_subscriber(e, status=Subscriber.Status.CONFIRMED) for e in emails]


def make_editor(username, *, can_send):
    group = Group.objects.create(name=f"{username} group")
    codenames = ["access_admin", "add_edition", "change_edition", "view_edition"]
    codenames += ["send_edition"] if can_send else []
    group.permissions.add(*Permission.objects.filter(codename__in=codenames))
    user = User.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(group)
    return user
