"""Queries for subscribers and for the delivery ledger.

The ledger holds one row per (issue, subscriber). The sender moves a row to ``sending`` in
its own committed transaction just before the message's last byte goes to the server, and to
``sent`` or ``failed`` right after the server's answer; so after a crash a row still in
``sending`` is exactly a message whose fate is unknown.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, bindparam, delete, func, insert, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from veille.bulletin.records import Delivery, Subscriber
from veille.bulletin.rules import DeliveryStatus, Recipient, SubscriberStatus, subscriber_can_move
from veille.bulletin.subscribers import ImportRow
from veille.errors import BulletinError, NotFoundError, NotFoundKind, StorageError
from veille.storage.db import Transaction, new_id
from veille.storage.models import DeliveryRow, SubscriberRow


class SubscriberStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(
        self,
        email: str,
        themes: Sequence[str],
        status: SubscriberStatus,
        consent_source: str,
        now: datetime,
        consent_at: datetime | None = None,
    ) -> int:
        with Transaction(self.engine, "abonné") as conn:
            if conn.scalar(select(SubscriberRow.id).where(SubscriberRow.email == email)):
                raise BulletinError(f"{email} est déjà inscrit")
            return new_id(
                conn.execute(
                    insert(SubscriberRow).values(
                        email=email,
                        themes=list(themes),
                        status=status.value,
                        consent_at=consent_at,
                        consent_source=consent_source,
                        created_at=now,
                        updated_at=now,
                        **new_keys(status),
                    )
                )
            )

    def import_rows(
        self, rows: Sequence[ImportRow], now: datetime
    ) -> tuple[list[int], list[ImportRow]]:
        """Insert the rows whose address is new; returns the new ids and the rows skipped
        because the address is already known (they are left as they are)."""
        with Transaction(self.engine, "import des abonnés") as conn:
            known = (
                set(
                    conn.scalars(
                        select(SubscriberRow.email).where(
                            SubscriberRow.email.in_([r.email for r in rows])
                        )
                    )
                )
                if rows
                else set()
            )
            fresh = [r for r in rows if r.email not in known]
            ids: list[int] = []
            for r in fresh:
                ids.append(
                    new_id(
                        conn.execute(
                            insert(SubscriberRow).values(
                                email=r.email,
                                themes=list(r.themes),
                                status=r.status.value,
                                consent_at=r.consent_at,
                                consent_source=r.consent_source,
                                created_at=now,
                                updated_at=now,
                                **new_keys(r.status),
                            )
                        )
                    )
                )
        return ids, [r for r in rows if r.email in known]

    def get(self, subscriber_id: int) -> Subscriber:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(SubscriberRow).where(SubscriberRow.id == subscriber_id)
            ).first()
        if row is None:
            raise NotFoundError(NotFoundKind.SUBSCRIBER, subscriber_id, "(effacé ?)")
        return _subscriber(row)

    def by_email(self, email: str) -> Subscriber | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(SubscriberRow).where(SubscriberRow.email == email)).first()
        return _subscriber(row) if row else None

    def all(self, status: SubscriberStatus | None = None) -> list[Subscriber]:
        query = select(SubscriberRow).order_by(SubscriberRow.email)
        if status is not None:
            query = query.where(SubscriberRow.status == status.value)
        with self.engine.connect() as conn:
            return [_subscriber(r) for r in conn.execute(query)]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                s: int(n)
                for s, n in conn.execute(
                    select(SubscriberRow.status, func.count()).group_by(SubscriberRow.status)
                )
            }

    def set_status(
        self,
        subscriber_id: int,
        target: SubscriberStatus,
        now: datetime,
        reason: str | None = None,
        consent_source: str | None = None,
    ) -> bool:
        """Move a subscriber; False (and nothing changed) when the move is not allowed."""
        with Transaction(self.engine, "statut de l'abonné") as conn:
            current = conn.scalar(
                select(SubscriberRow.status).where(SubscriberRow.id == subscriber_id)
            )
            if current is None:
                raise NotFoundError(NotFoundKind.SUBSCRIBER, subscriber_id, "(effacé ?)")
            if not subscriber_can_move(SubscriberStatus(current), target):
                return False
            values: dict[str, Any] = {
                "status": target.value,
                "updated_at": now,
                "status_reason": reason,
            }
            if target is SubscriberStatus.ACTIVE and current != target.value:
                values["consent_at"] = now
            if target is SubscriberStatus.PENDING:  # a new request: a new confirmation link
                values["confirm_key"] = secrets.token_urlsafe(12)
            elif current == SubscriberStatus.PENDING.value:  # used or dropped: it works no more
                values["confirm_key"] = None
            if consent_source is not None:
                values["consent_source"] = consent_source
            conn.execute(
                update(SubscriberRow).where(SubscriberRow.id == subscriber_id).values(**values)
            )
            return True

    def set_themes(self, subscriber_id: int, themes: Sequence[str], now: datetime) -> None:
        with Transaction(self.engine, "thèmes de l'abonné") as conn:
            conn.execute(
                update(SubscriberRow)
                .where(SubscriberRow.id == subscriber_id)
                .values(themes=list(themes), updated_at=now)
            )

    def set_products(
        self, subscriber_id: int, products: Sequence[str], flash: bool | None, now: datetime
    ) -> None:
        values: dict[str, Any] = {"products": list(products), "updated_at": now}
        if flash is not None:
            values["flash"] = flash
        with Transaction(self.engine, "parc de l'abonné") as conn:
            conn.execute(
                update(SubscriberRow).where(SubscriberRow.id == subscriber_id).values(**values)
            )

    def watchers(self) -> list[Subscriber]:
        """Active readers who watch products and want flash alerts."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(SubscriberRow)
                .where(
                    SubscriberRow.status == SubscriberStatus.ACTIVE.value,
                    SubscriberRow.flash.is_(True),
                )
                .order_by(SubscriberRow.id)
            ).all()
        return [s for s in (_subscriber(r) for r in rows) if s.products]

    def erase(self, email: str) -> bool:
        """Delete the subscriber and their delivery rows (GDPR erasure)."""
        with Transaction(self.engine, "effacement de l'abonné") as conn:
            return bool(
                conn.execute(delete(SubscriberRow).where(SubscriberRow.email == email)).rowcount
            )

    def active(self) -> list[Recipient]:
        query = (
            select(SubscriberRow.id, SubscriberRow.email, SubscriberRow.themes)
            .where(SubscriberRow.status == SubscriberStatus.ACTIVE.value)
            .order_by(SubscriberRow.id)
        )
        with self.engine.connect() as conn:
            return [Recipient(i, e, tuple(t or ())) for i, e, t in conn.execute(query)]


class Ledger:
    """The per-(issue, subscriber) delivery ledger."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def queue(self, conn: Any, number: int, rows: Iterable[tuple[int, str]], now: datetime) -> int:
        """Add pending rows (subscriber id, Message-ID) inside the caller's transaction."""
        values = [
            {
                "issue_number": number,
                "subscriber_id": sid,
                "status": "pending",
                "message_id": mid,
                "attempts": 0,
                "updated_at": now,
            }
            for sid, mid in rows
        ]
        for start in range(0, len(values), 1000):
            conn.execute(insert(DeliveryRow), values[start : start + 1000])
        return len(values)

    def rows(self, number: int, statuses: Iterable[DeliveryStatus] | None = None) -> list[Delivery]:
        query = (
            select(
                DeliveryRow.subscriber_id,
                SubscriberRow.email,
                SubscriberRow.themes,
                SubscriberRow.status,
                DeliveryRow.status,
                DeliveryRow.message_id,
                DeliveryRow.attempts,
                DeliveryRow.last_error,
                SubscriberRow.link_key,
            )
            .join(SubscriberRow, SubscriberRow.id == DeliveryRow.subscriber_id)
            .where(DeliveryRow.issue_number == number)
            .order_by(DeliveryRow.subscriber_id)
        )
        if statuses is not None:
            query = query.where(DeliveryRow.status.in_([s.value for s in statuses]))
        with self.engine.connect() as conn:
            return [
                Delivery(
                    r[0],
                    r[1],
                    tuple(r[2] or ()),
                    SubscriberStatus(r[3]),
                    DeliveryStatus(r[4]),
                    r[5],
                    r[6],
                    r[7],
                    r[8],
                )
                for r in conn.execute(query)
            ]

    def counts(self, number: int) -> dict[DeliveryStatus, int]:
        with self.engine.connect() as conn:
            found = dict(
                conn.execute(
                    select(DeliveryRow.status, func.count())
                    .where(DeliveryRow.issue_number == number)
                    .group_by(DeliveryRow.status)
                ).all()
            )
        return {s: int(found.get(s.value, 0)) for s in DeliveryStatus}

    def mark(
        self,
        number: int,
        subscriber_id: int,
        status: DeliveryStatus,
        now: datetime,
        error: str | None = None,
        attempts: int | None = None,
        expected: DeliveryStatus | None = None,
    ) -> bool:
        """Record one move, committed at once (see ``LedgerWriter.mark``)."""
        with self.writer() as writer:
            return writer.mark(number, subscriber_id, status, now, error, attempts, expected)

    @contextmanager
    def writer(self) -> Iterator[LedgerWriter]:
        """Connections held for a whole delivery run, one statement per committed move."""
        durable = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        fast = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        try:
            if fast.dialect.name == "postgresql":
                fast.execute(text("SET synchronous_commit TO OFF"))
            yield LedgerWriter(durable, fast)
        finally:
            durable.close()
            fast.close()

    def retry_failed(self, number: int, now: datetime) -> int:
        """Failed rows whose reader is still active go back to pending."""
        active = select(SubscriberRow.id).where(
            SubscriberRow.status == SubscriberStatus.ACTIVE.value
        )
        with Transaction(self.engine, "registre d'envoi") as conn:
            return int(
                conn.execute(
                    update(DeliveryRow)
                    .where(
                        DeliveryRow.issue_number == number,
                        DeliveryRow.status == DeliveryStatus.FAILED.value,
                        DeliveryRow.subscriber_id.in_(active),
                    )
                    .values(status=DeliveryStatus.PENDING.value, attempts=0, updated_at=now)
                ).rowcount
            )

    def resolve(
        self, number: int, subscriber_ids: Sequence[int], target: DeliveryStatus, now: datetime
    ) -> int:
        """Settle rows of unknown fate: the editor knows they arrived (sent) or wants them
        sent again (pending)."""
        with Transaction(self.engine, "registre d'envoi") as conn:
            return int(
                conn.execute(
                    update(DeliveryRow)
                    .where(
                        DeliveryRow.issue_number == number,
                        DeliveryRow.status == DeliveryStatus.SENDING.value,
                        DeliveryRow.subscriber_id.in_(bindparam("ids", expanding=True)),
                    )
                    .values(status=target.value, updated_at=now, last_error="réglé à la main"),
                    {"ids": list(subscriber_ids)},
                ).rowcount
            )


class LedgerWriter:
    """Moves ledger rows one committed statement at a time, over connections kept open for
    the run (a transaction per move with a pool checkout each cost 4 round trips on
    PostgreSQL)."""

    def __init__(self, durable: Connection, fast: Connection) -> None:
        self._durable, self._fast = durable, fast

    def mark(
        self,
        number: int,
        subscriber_id: int,
        status: DeliveryStatus,
        now: datetime,
        error: str | None = None,
        attempts: int | None = None,
        expected: DeliveryStatus | None = None,
        durable: bool = True,
    ) -> bool:
        """Move one row, committed when this returns; with ``expected``, only if the row is
        still in that status (False otherwise).

        ``durable=False`` lets PostgreSQL acknowledge the commit before it reaches the disk
        (``synchronous_commit = off`` on that connection). Use it only for a move whose loss
        is safe: « sent » lost in a database crash leaves « sending », an unknown fate that is
        reported, never a message sent twice."""
        statement = update(DeliveryRow).where(
            DeliveryRow.issue_number == number, DeliveryRow.subscriber_id == subscriber_id
        )
        if expected is not None:
            statement = statement.where(DeliveryRow.status == expected.value)
        values: dict[str, Any] = {"status": status.value, "updated_at": now, "last_error": error}
        if attempts is not None:
            values["attempts"] = attempts
        conn = self._durable if durable else self._fast
        try:
            return bool(conn.execute(statement.values(**values)).rowcount)
        except SQLAlchemyError as exc:
            detail = getattr(exc, "orig", None) or exc
            raise StorageError(f"enregistrement impossible (registre d'envoi) : {detail}") from exc


def _subscriber(row: Any) -> Subscriber:
    return Subscriber(
        row.id,
        row.email,
        tuple(row.themes or ()),
        SubscriberStatus(row.status),
        row.consent_at,
        row.consent_source,
        row.created_at,
        row.status_reason,
        row.link_key,
        row.confirm_key,
        tuple(row.products or ()),
        bool(row.flash),
    )


def new_keys(status: SubscriberStatus) -> dict[str, str | None]:
    """Fresh random keys for a new reader's links (never reused, unlike ids on SQLite)."""
    return {
        "link_key": secrets.token_urlsafe(12),
        "confirm_key": secrets.token_urlsafe(12) if status is SubscriberStatus.PENDING else None,
    }
