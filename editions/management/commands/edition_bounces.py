import sys

from django.core.management.base import BaseCommand

from editions.delivery import report_lines


class Command(BaseCommand):
    help = (
        "Record what the mail relay reports: a permanent bounce marks the address bounced, a spam "
        "complaint unsubscribes it; either way it is mailed no more. Reads lines of 'bounce ADDRESS' "
        "or 'complaint ADDRESS' from standard input (or a file), e.g. from the relay's webhook or log."
    )
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="A file of reports (default: standard input).")

    def handle(self, *, file, **options):
        if file:
            with open(file, encoding="utf-8") as stream:
                counts = report_lines(stream)
        else:
            counts = report_lines(options.get("stdin") or sys.stdin)
        self.stdout.write(", ".join(f"{n} {what}" for what, n in counts.items()))
