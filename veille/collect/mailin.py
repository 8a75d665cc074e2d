"""Receive newsletters over SMTP (aiosmtpd), behind the organisation's mail relay: only the
newsletter sources' addresses are accepted at RCPT, the message is handed whole to the
facade, and the answer says whether it was taken (250) or refused (550, with the reason
also recorded)."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from aiosmtpd.controller import Controller


class Outcome(Protocol):
    @property
    def accepted(self) -> bool: ...

    @property
    def reason(self) -> str: ...


Receive = Callable[[bytes, list[str]], Sequence[Outcome]]


class _Handler:
    def __init__(self, known: Callable[[], set[str]], receive: Receive, max_bytes: int) -> None:
        self.known, self.receive, self.max_bytes = known, receive, max_bytes

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address.strip().lower() not in self.known():
            return "550 5.1.1 adresse inconnue : aucune lettre d'information n'arrive ici"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        data = envelope.original_content or envelope.content or b""
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
        outcomes = await asyncio.to_thread(self.receive, data, list(envelope.rcpt_tos))
        refused = [o for o in outcomes if not o.accepted]
        if refused and len(refused) == len(outcomes):
            reason = " ; ".join(o.reason for o in refused)[:400]
            return f"550 5.7.1 refusé : {reason}"
        return "250 OK : " + " ; ".join(o.reason for o in outcomes)[:400]


class MailIn:
    """``with MailIn(...) as inbox:`` an SMTP server on ``host:port`` that hands each
    message to ``receive``; ``inbox.port`` is the port in use."""

    def __init__(
        self,
        known: Callable[[], set[str]],
        receive: Receive,
        host: str = "127.0.0.1",
        port: int = 2525,
        max_bytes: int = 5 * 1024 * 1024,
    ) -> None:
        if port == 0:  # any free port (tests)
            with socket.socket() as probe:
                probe.bind((host, 0))
                port = int(probe.getsockname()[1])
        self.controller = Controller(
            _Handler(known, receive, max_bytes),
            hostname=host,
            port=port,
            data_size_limit=max_bytes,
            decode_data=False,
            enable_SMTPUTF8=True,
        )

    @property
    def port(self) -> int:
        return int(self.controller.port)

    def __enter__(self) -> MailIn:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()
