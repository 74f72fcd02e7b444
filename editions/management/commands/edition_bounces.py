import sys

from django.core.management.base import BaseCommand

from editions.delivery import report

KINDS = ("bounce", "complaint")


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
        stream = open(file, encoding="utf-8") if file else options.get("stdin") or sys.stdin  # noqa: SIM115 - closed below
        counts = {"recorded": 0, "unknown": 0, "ignored": 0}
        try:
            for line in stream:
                kind, _, address = line.strip().partition(" ")
                if kind.lower() not in KINDS or not address.strip():
                    counts["ignored"] += 1 if line.strip() else 0
                    continue
                counts["recorded" if report(address.strip(), kind.lower()) else "unknown"] += 1
        finally:
            if file:
                stream.close()
        self.stdout.write(", ".join(f"{n} {what}" for what, n in counts.items()))
