"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives: the demo's
« local SMTP sink », and the server the tests and the delivery benchmark talk to.

It can refuse on purpose: ``rules`` maps an address to a list of SMTP replies given to its
next attempts (``"451 4.3.0 try later"``, ``"550 5.1.1 no such user"``), at the MAIL (for a
sender), RCPT or DATA step. Messages can also be written to a directory, one ``.eml`` file each.
It can also ask for STARTTLS, speak TLS from the start, and require a login (``users``),
to test the sender's settings against the real protocol. Never bind it to anything but
loopback.
"""

from __future__ import annotations

import itertools
import ssl
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes
    at: float = 0.0  # time.monotonic() when accepted

    def message(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=policy.default)


@dataclass
class _Handler:
    rules: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # addr → [(step, reply)]
    received: list[Received] = field(default_factory=list)
    directory: Path | None = None
    keep: bool = True
    count: int = 0
    sessions: int = 0  # EHLO/HELO greetings: one per connection
    lock: threading.Lock = field(default_factory=threading.Lock)
    _serial: Any = field(default_factory=itertools.count)

    def _rule(self, address: str, step: str) -> str | None:
        with self.lock:
            queue = self.rules.get(address.lower())
            if queue and queue[0][0] == step:
                return queue.pop(0)[1]
        return None

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        with self.lock:
            self.sessions += 1
        session.host_name = hostname
        return responses

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]
    ) -> str:
        reply = self._rule(address, "mail")
        if reply:
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        reply = self._rule(address, "rcpt")
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        for address in envelope.rcpt_tos:
            reply = self._rule(address, "data")
            if reply:
                return reply
        data = envelope.original_content or envelope.content
        with self.lock:
            self.count += 1
            if self.keep:
                self.received.append(
                    Received(envelope.mail_from, list(envelope.rcpt_tos), data, time.monotonic())
                )
            serial = next(self._serial)
        if self.directory is not None:
            (self.directory / f"{serial:06d}.eml").write_bytes(data)
        return "250 Message accepted"


class SmtpSink:
    """``with SmtpSink() as sink:`` a server on 127.0.0.1; ``sink.port``; ``sink.received``."""

    def __init__(
        self,
        port: int = 0,
        directory: Path | None = None,
        keep: bool = True,
        host: str = "127.0.0.1",
        starttls: ssl.SSLContext | None = None,
        implicit_tls: ssl.SSLContext | None = None,
        users: dict[str, str] | None = None,
        smtputf8: bool = True,
    ) -> None:
        if not (host.startswith("127.") or host == "::1"):
            raise ValueError(f"loopback addresses only, not {host}")
        self.host = host
        self._port = port
        self.handler = _Handler(directory=directory, keep=keep)
        if directory is not None:
            directory.mkdir(parents=True, exist_ok=True)
        self._controller: Controller | None = None
        self._starttls, self._implicit_tls, self._users = starttls, implicit_tls, users
        self._smtputf8 = smtputf8  # False: a server that cannot take internationalised addresses

    def __enter__(self) -> SmtpSink:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        port = self._port or _free_port(self.host)
        options: dict[str, Any] = {}
        if self._starttls is not None:
            options.update(tls_context=self._starttls, require_starttls=True)
        if self._implicit_tls is not None:
            options.update(ssl_context=self._implicit_tls)
        if self._users is not None:
            options.update(authenticator=self._authenticate, auth_required=True)
        self._controller = Controller(
            self.handler,
            hostname=self.host,
            port=port,
            data_size_limit=10 * 1024 * 1024,
            enable_SMTPUTF8=self._smtputf8,
            **options,
        )
        self._controller.start()
        self._port = port

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        login = getattr(auth_data, "login", b"").decode("utf-8", "replace")
        password = getattr(auth_data, "password", b"").decode("utf-8", "replace")
        users = self._users or {}
        ok = login in users and users[login] == password
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535

    @property
    def port(self) -> int:
        return self._port

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    @property
    def count(self) -> int:
        return self.handler.count

    def refuse(self, address: str, *replies: tuple[str, str]) -> None:
        """Give ``address``'s next attempts these (step, reply) answers, in order."""
        with self.handler.lock:
            self.handler.rules.setdefault(address.lower(), []).extend(replies)

    def per_recipient(self) -> Counter[str]:
        return Counter(r.lower() for m in self.received for r in m.recipients)


def _free_port(host: str) -> int:
    import socket

    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])
