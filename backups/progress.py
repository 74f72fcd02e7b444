"""Progress lines for steps that can take a while, at most one every few seconds."""

import time

EVERY_SECONDS = 2.0


class Progress:
    """Call with the number done so far; prints "label: done/total (n%)" now and then, and at the end."""

    def __init__(self, say, label, total, every=EVERY_SECONDS):
        self.say, self.label, self.total, self.every = say, label, total, every
        self.last = time.monotonic()

    def __call__(self, done):
        now = time.monotonic()
        if done >= self.total or now - self.last >= self.every:
            self.last = now
            share = 100 * done // self.total if self.total else 100
            self.say(f"  {self.label}: {done:,}/{self.total:,} ({share}%)")


def size(n):
    """A byte count for people: 512 B, 3.4 MB."""
    units = ["B", "kB", "MB", "GB", "TB"]
    step = 0
    while n >= 1000 and step < len(units) - 1:
        n, step = n / 1000, step + 1
    return f"{n:,} B" if step == 0 else f"{n:,.1f} {units[step]}"
