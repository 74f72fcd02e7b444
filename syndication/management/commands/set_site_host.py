"""Point the default Site record at the public host, e.g. `set_site_host news.example.org --port 443`.

Wagtail builds every absolute page link outside a request (emails, the admin's "view live") from it.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Site


class Command(BaseCommand):
    help = "Set the default site's hostname, port and (optionally) name."

    def add_arguments(self, parser):
        parser.add_argument("hostname", help="The public host name, without scheme or port.")
        parser.add_argument("--port", type=int, default=443, help="443 (the default) for https, 80 for http.")
        parser.add_argument("--site-name", help="The name shown in the admin.")

    @transaction.atomic
    def handle(self, hostname, port, site_name, **options):
        hostname = hostname.strip().lower()
        if not hostname or any(c in hostname for c in "/: "):
            raise CommandError(f"{hostname!r} is not a host name: give it without scheme, port or path.")
        if not 0 < port < 65536:
            raise CommandError(f"{port} is not a port.")
        site = Site.objects.select_for_update().filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site: create one under Settings > Sites first.")
        site.hostname, site.port = hostname, port
        if site_name:
            site.site_name = site_name
        site.full_clean()
        site.save()
        self.stdout.write(f"The default site is now {site.root_url} ({site.site_name or 'no name'}).")
