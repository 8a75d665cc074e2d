"""Newsletters as sources: each newsletter source has its own receiving address; a letter
from a declared sender becomes items (one per article link), anything else is refused with
a record of why. What arrives is analysed like collected items."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from veille.app.agenda import AgendaFacade
from veille.collect.newsletter import letter_items, read_message, sender_allowed, sender_of
from veille.collect.normalize import normalize_items
from veille.errors import ParseError, StorageError
from veille.storage.inbound import Inbound, InboundStore
from veille.types import Source, SourceKind, SourceState

if TYPE_CHECKING:
    from veille.collect.mailin import MailIn

log = logging.getLogger("veille.newsletters")


@dataclass(frozen=True, slots=True)
class Received:
    address: str
    accepted: bool
    reason: str  # in French: what was done, or why not
    source_id: str | None = None
    new: int = 0


class NewsletterFacade(AgendaFacade):
    def newsletter_addresses(self) -> dict[str, Source]:
        """Receiving address (lower case) → its newsletter source."""
        domain = self.settings.inbound_domain.lower()
        found = {}
        for s in self.sources().sources:
            if s.kind is SourceKind.NEWSLETTER:
                local = s.address or s.id
                found[(local if "@" in local else f"{local}@{domain}").lower()] = s
        return found

    def newsletters_log(self, limit: int = 50) -> list[Inbound]:
        """The latest messages received, accepted or refused, newest first."""
        self.ensure_schema()
        return InboundStore(self._engine).latest(limit)

    def newsletters_receive(self, raw: bytes, recipients: list[str]) -> list[Received]:
        """One message for one or more receiving addresses: for each, accepted (its
        articles stored as items of the source, then analysed) or refused with the reason
        recorded. Nothing already stored is touched by a refusal."""
        self.ensure_schema()
        sources = self.newsletter_addresses()
        results = []
        for address in recipients:
            results.append(self._receive_one(raw, address.strip().lower(), sources))
        if any(r.new for r in results):
            self.analyse_new()
        return results

    def _receive_one(self, raw: bytes, address: str, sources: dict[str, Source]) -> Received:
        now = self.now()
        source = sources.get(address)
        sender, message_id, subject = "", "", ""
        try:
            message = read_message(raw, self.settings.inbound_max_bytes)
            sender = sender_of(message)
            message_id = str(message.get("Message-ID", ""))
            subject = str(message.get("Subject", ""))
            if source is None:
                raise ParseError(f"adresse inconnue : {address}")
            if not source.enabled:
                raise ParseError(f"source « {source.id} » désactivée")
            if not sender_allowed(sender, source.senders):
                raise ParseError(f"expéditeur « {sender or '?'} » non déclaré pour « {source.id} »")
            letter = letter_items(message)
            if not letter.items:
                raise ParseError("aucun lien d'article dans la lettre")
            result = normalize_items(
                source, letter.items, f"https://{sender.rpartition('@')[2]}/", now
            )
            counts = self._store.record(SourceState(source.id, source.url), result.items, now)
        except (ParseError, StorageError) as exc:
            reason = str(exc)
            log.warning("newsletter refused for %s from %s: %s", address, sender, reason)
            self._inbound_record(address, sender, source, message_id, subject, "refused", reason, 0)
            return Received(address, False, reason, source.id if source else None)
        reason = f"{len(result.items)} article(s) lus, {counts.new} nouveau(x)"
        self._inbound_record(
            address, sender, source, message_id, subject, "accepted", reason, counts.new
        )
        return Received(address, True, reason, source.id, counts.new)

    def _inbound_record(
        self,
        address: str,
        sender: str,
        source: Source | None,
        message_id: str,
        subject: str,
        status: str,
        reason: str,
        items: int,
    ) -> None:
        InboundStore(self._engine).record(
            Inbound(
                self.now(),
                address,
                sender,
                source.id if source else None,
                message_id,
                subject,
                status,
                reason,
                items,
            )
        )

    def newsletters_inbox(self, host: str | None = None, port: int | None = None) -> MailIn:
        """The SMTP server that receives newsletters (start it with ``with``)."""
        from veille.collect.mailin import MailIn

        self.ensure_schema()
        s = self.settings
        return MailIn(
            lambda: set(self.newsletter_addresses()),
            self.newsletters_receive,
            host or s.inbound_host,
            s.inbound_port if port is None else port,
            s.inbound_max_bytes,
        )
