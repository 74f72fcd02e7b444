from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import two_factor


class Command(BaseCommand):
    help = "Remove an editor's authenticator (lost phone): they sign in with a password and set it up again."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist:
            raise CommandError(f"No user {username!r}.") from None
        removed = two_factor.remove_devices(user)
        self.stdout.write(f"Removed {removed} two-factor device(s) of {username}.")
