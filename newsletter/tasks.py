"""Background tasks (Django's task framework): newsletter emails leave the request cycle here."""

from django.tasks import task

from .emails import EmailKind, build_message
from .models import Subscriber

# The email still makes sense only while the subscriber is in this state when the worker gets to it.
REQUIRED_STATUS = {
    EmailKind.CONFIRM: Subscriber.Status.PENDING,
    EmailKind.ALREADY_SUBSCRIBED: Subscriber.Status.CONFIRMED,
}


@task
def send_subscriber_email(subscriber_id, kind, base_url, language=None):
    """Send one email to one subscriber; arguments are plain values so any task backend can store them.

    `language`: the one the reader used on the site just now (else the subscriber's own)."""
    kind = EmailKind(kind)
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or subscriber.status != REQUIRED_STATUS[kind]:
        return False
    build_message(subscriber, kind, base_url, language).send(using="default")
    return True
