"""A real SMTP server on a loopback port (aiosmtpd) that keeps what it accepts and can refuse.

`refuse` maps an address to the reply its RCPT TO gets (e.g. "550 5.1.1 No such user"); `on_data`
runs before each message is accepted and may return False to keep it out of `received` (the kill
test: a message whose "250 OK" never reached the sender was never accepted).
"""

import email
import email.policy
import os
import threading
from collections import Counter

from aiosmtpd.controller import Controller

from tests.servers import free_port


class Sink:
    def __init__(self, keep_content=True):
        self.keep_content = keep_content  # a benchmark keeps the recipients only
        self.received = []
        self.refuse = {}
        self.on_data = None
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.refuse.get(address.lower())
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.on_data and self.on_data(envelope) is False:
            return "451 4.3.0 Not accepted"
        with self.lock:
            content = envelope.original_content if self.keep_content else b""
            self.received.append((tuple(envelope.rcpt_tos), content))
        return "250 OK"

    def messages(self):
        with self.lock:
            return [email.message_from_bytes(raw, policy=email.policy.default) for _, raw in self.received]

    def per_recipient(self):
        with self.lock:
            return Counter(address.lower() for rcpts, _ in self.received for address in rcpts)


class SmtpServer:
    def __init__(self, keep_content=True):
        self.sink = Sink(keep_content)
        self.port = free_port()
        self.controller = Controller(self.sink, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()

    def mailers(self):
        """A MAILERS setting that sends through this server."""
        options = {"host": "127.0.0.1", "port": self.port, "use_tls": False, "timeout": 10}
        return {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": options}}

    def env(self):
        """The variables that point the production settings at this server."""
        return {"EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(self.port), "EMAIL_USE_TLS": "false"}


def kill_after(count, pid_of, signal_number):
    """An on_data hook that kills the sending process when message number `count` arrives."""
    seen = {"n": 0}

    def on_data(envelope):
        seen["n"] += 1
        if seen["n"] == count:
            os.kill(pid_of(), signal_number)
            return False
        return True

    return on_data
