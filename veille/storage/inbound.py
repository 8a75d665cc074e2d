"""The record of received newsletters: one row per message and address."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, insert, select

from veille.storage.db import Transaction
from veille.storage.models import InboundRow


@dataclass(frozen=True, slots=True)
class Inbound:
    received_at: datetime
    address: str
    sender: str
    source_id: str | None
    message_id: str
    subject: str
    status: str  # accepted, refused
    reason: str
    items: int


class InboundStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def record(self, entry: Inbound) -> None:
        with Transaction(self.engine, "courrier reçu") as conn:
            conn.execute(
                insert(InboundRow).values(
                    received_at=entry.received_at,
                    address=entry.address[:320],
                    sender=entry.sender[:320],
                    source_id=entry.source_id,
                    message_id=entry.message_id[:300],
                    subject=entry.subject[:1000],
                    status=entry.status,
                    reason=entry.reason[:2000],
                    items=entry.items,
                )
            )

    def latest(self, limit: int = 50) -> list[Inbound]:
        query = select(InboundRow).order_by(InboundRow.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [
                Inbound(
                    r.received_at,
                    r.address,
                    r.sender,
                    r.source_id,
                    r.message_id,
                    r.subject,
                    r.status,
                    r.reason,
                    r.items,
                )
                for r in conn.execute(query)
            ]
