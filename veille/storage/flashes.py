"""The flash ledger: one row per (reader, day), moved pending → sending → sent | failed,
each move committed at once (the same discipline as the bulletin's deliveries)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, func, insert, select, update

from veille.storage.db import Transaction
from veille.storage.models import FlashRow, SubscriberRow


@dataclass(frozen=True, slots=True)
class FlashDelivery:
    id: int
    subscriber_id: int
    email: str
    link_key: str
    products: tuple[str, ...]
    events: tuple[int, ...]
    status: str
    message_id: str
    attempts: int
    wanted: bool = True  # the reader is still active and still wants flashes


class FlashStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def carried(self, since: date) -> dict[int, set[int]]:
        """Per reader, the events their flashes since ``since`` carried (any status)."""
        found: dict[int, set[int]] = {}
        with self.engine.connect() as conn:
            for sid, events in conn.execute(
                select(FlashRow.subscriber_id, FlashRow.events).where(FlashRow.day >= since)
            ):
                found.setdefault(sid, set()).update(events or ())
        return found

    def flashed_on(self, day: date) -> set[int]:
        with self.engine.connect() as conn:
            return set(
                conn.execute(select(FlashRow.subscriber_id).where(FlashRow.day == day)).scalars()
            )

    def queue(
        self, day: date, rows: Iterable[tuple[int, Sequence[int], str]], now: datetime
    ) -> int:
        """Pending rows (reader, event ids, Message-ID) for ``day``, in one transaction; a
        reader who already has a row that day keeps it (the unique key says so)."""
        values = [
            {
                "subscriber_id": sid,
                "day": day,
                "events": list(events),
                "status": "pending",
                "message_id": mid,
                "attempts": 0,
                "created_at": now,
                "updated_at": now,
            }
            for sid, events, mid in rows
        ]
        if not values:
            return 0
        with Transaction(self.engine, "registre des alertes") as conn:
            taken = set(
                conn.execute(
                    select(FlashRow.subscriber_id).where(
                        FlashRow.day == day,
                        FlashRow.subscriber_id.in_([v["subscriber_id"] for v in values]),
                    )
                ).scalars()
            )
            fresh = [v for v in values if v["subscriber_id"] not in taken]
            if fresh:
                conn.execute(insert(FlashRow), fresh)
        return len(fresh)

    def rows(self, day: date | None, statuses: Sequence[str]) -> list[FlashDelivery]:
        query = (
            select(
                FlashRow.id,
                FlashRow.subscriber_id,
                SubscriberRow.email,
                SubscriberRow.link_key,
                SubscriberRow.products,
                FlashRow.events,
                FlashRow.status,
                FlashRow.message_id,
                FlashRow.attempts,
                SubscriberRow.status.label("reader_status"),
                SubscriberRow.flash,
            )
            .join(SubscriberRow, SubscriberRow.id == FlashRow.subscriber_id)
            .where(FlashRow.status.in_(list(statuses)))
            .order_by(FlashRow.id)
        )
        if day is not None:
            query = query.where(FlashRow.day == day)
        with self.engine.connect() as conn:
            return [
                FlashDelivery(
                    r.id,
                    r.subscriber_id,
                    r.email,
                    r.link_key,
                    tuple(r.products or ()),
                    tuple(r.events or ()),
                    r.status,
                    r.message_id,
                    r.attempts,
                    r.reader_status == "active" and bool(r.flash),
                )
                for r in conn.execute(query)
            ]

    def mark(
        self,
        flash_id: int,
        status: str,
        now: datetime,
        expected: str | None = None,
        error: str | None = None,
        attempts: int | None = None,
    ) -> bool:
        """One move, committed at once; with ``expected``, only from that status (another
        sender that took the row first wins)."""
        values: dict[str, object] = {"status": status, "updated_at": now}
        if error is not None:
            values["last_error"] = error
        if attempts is not None:
            values["attempts"] = attempts
        query = update(FlashRow).where(FlashRow.id == flash_id)
        if expected is not None:
            query = query.where(FlashRow.status == expected)
        with Transaction(self.engine, "registre des alertes") as conn:
            return bool(conn.execute(query.values(**values)).rowcount)

    def resolve(self, emails: Sequence[str], target: str, now: datetime) -> int:
        """Settle rows of unknown fate: delivered (sent) or to send again (pending)."""
        readers = select(SubscriberRow.id).where(SubscriberRow.email.in_(list(emails)))
        with Transaction(self.engine, "registre des alertes") as conn:
            return int(
                conn.execute(
                    update(FlashRow)
                    .where(FlashRow.status == "sending", FlashRow.subscriber_id.in_(readers))
                    .values(status=target, updated_at=now, last_error="réglé à la main")
                ).rowcount
            )

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                s: int(n)
                for s, n in conn.execute(
                    select(FlashRow.status, func.count()).group_by(FlashRow.status)
                )
            }
