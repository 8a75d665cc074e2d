"""Queries for running as a service: workers' claims on due sources, scheduled sends, the
last run of each job, and the figures `veille status` shows.

Claims. A worker takes up to N due sources in one statement that marks them as its own until
a lease ends: ``UPDATE sources … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)`` on
PostgreSQL, so that workers never wait for each other nor take the same source; SQLite has
one writer at a time, which gives the same guarantee. A worker that dies leaves its claims to
expire; the next worker takes those sources again. Items are unique per (source, key), so a
source collected twice never stores an item twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Engine, Select, and_, func, insert, or_, select, update

from veille.errors import StorageError
from veille.storage.db import Transaction
from veille.storage.models import DeliveryRow, IssueRow, JobRunRow, SourceRow
from veille.types import JobRun


class ServiceStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- claims -----------------------------------------------------------------------------
    def _due(self, now: datetime) -> list[ColumnElement[bool]]:
        return [
            SourceRow.enabled.is_(True),
            SourceRow.declared.is_(True),
            SourceRow.disabled_reason.is_(None),
            or_(SourceRow.next_check.is_(None), SourceRow.next_check <= now),
            or_(SourceRow.claimed_until.is_(None), SourceRow.claimed_until < now),
        ]

    def claim(self, worker: str, now: datetime, lease: timedelta, limit: int) -> list[str]:
        """Take up to ``limit`` due, unclaimed sources for ``worker`` until ``now + lease``."""
        due = (
            select(SourceRow.id)
            .where(*self._due(now))
            .order_by(SourceRow.next_check.asc().nulls_first(), SourceRow.id)
            .limit(limit)
        )
        return self._claim(due, worker, now, lease)

    def claim_these(
        self, worker: str, source_ids: Sequence[str], now: datetime, lease: timedelta
    ) -> list[str]:
        """Claim the given sources for ``worker`` unless another process holds a live claim
        on them; the ids claimed."""
        if not source_ids:
            return []
        free = select(SourceRow.id).where(
            SourceRow.id.in_(list(source_ids)),
            or_(SourceRow.claimed_until.is_(None), SourceRow.claimed_until < now),
        )
        return self._claim(free, worker, now, lease)

    def _claim(self, ids: Select[str], worker: str, now: datetime, lease: timedelta) -> list[str]:
        """Claim the sources ``ids`` selects for ``worker`` until ``now + lease``, in one
        statement (on PostgreSQL, rows another transaction holds are skipped, not waited
        for); the ids claimed, sorted."""
        if self.engine.dialect.name == "postgresql":
            ids = ids.with_for_update(skip_locked=True)
        statement = (
            update(SourceRow)
            .where(SourceRow.id.in_(ids.scalar_subquery()))
            .values(claimed_by=worker, claimed_until=now + lease)
            .returning(SourceRow.id)
        )
        with Transaction(self.engine, "prise de sources") as conn:
            return sorted(conn.scalars(statement))

    def release(self, worker: str, source_ids: Sequence[str]) -> None:
        if not source_ids:
            return
        with Transaction(self.engine, "fin de prise") as conn:
            conn.execute(
                update(SourceRow)
                .where(SourceRow.id.in_(list(source_ids)), SourceRow.claimed_by == worker)
                .values(claimed_by=None, claimed_until=None)
            )

    def outstanding(self, now: datetime) -> int:
        """Sources due now, or held by a claim that has not expired: work not done yet."""
        held = and_(SourceRow.claimed_until.is_not(None), SourceRow.claimed_until >= now)
        with self.engine.connect() as conn:
            due = (
                conn.scalar(select(func.count()).select_from(SourceRow).where(*self._due(now))) or 0
            )
            claimed = conn.scalar(select(func.count()).select_from(SourceRow).where(held)) or 0
        return int(due) + int(claimed)

    # -- scheduled sends ----------------------------------------------------------------------
    def set_send_at(self, number: int, when: datetime | None) -> None:
        with Transaction(self.engine, "envoi programmé") as conn:
            conn.execute(update(IssueRow).where(IssueRow.number == number).values(send_at=when))

    def issues_to_send(self, now: datetime) -> list[int]:
        """Ready issues whose time has come, and issues whose sending was interrupted."""
        pending = select(DeliveryRow.issue_number).where(DeliveryRow.status == "pending")
        query = select(IssueRow.number).where(
            or_(
                and_(
                    IssueRow.state == "ready",
                    IssueRow.send_at.is_not(None),
                    IssueRow.send_at <= now,
                ),
                and_(IssueRow.state == "publishing", IssueRow.number.in_(pending)),
            )
        )
        with self.engine.connect() as conn:
            return sorted(conn.scalars(query))

    # -- job runs -----------------------------------------------------------------------------
    def job_started(self, name: str, worker: str, now: datetime) -> None:
        with Transaction(self.engine, "journal des tâches") as conn:
            changed = conn.execute(
                update(JobRunRow)
                .where(JobRunRow.name == name)
                .values(started_at=now, finished_at=None, ok=None, detail="", worker=worker)
            ).rowcount
            if not changed:
                conn.execute(
                    insert(JobRunRow).values(name=name, started_at=now, detail="", worker=worker)
                )

    def take_lease(self, name: str, worker: str, now: datetime, stale: timedelta) -> bool:
        """Become the one process running ``name`` (True), unless another runs it and its
        run is not older than ``stale`` (False). Portable: a compare-and-set on job_runs."""
        with Transaction(self.engine, "journal des tâches") as conn:
            taken = conn.execute(
                update(JobRunRow)
                .where(
                    JobRunRow.name == name,
                    or_(JobRunRow.finished_at.is_not(None), JobRunRow.started_at < now - stale),
                )
                .values(started_at=now, finished_at=None, ok=None, detail="", worker=worker)
            ).rowcount
            if taken:
                return True
            holder = conn.scalar(select(JobRunRow.worker).where(JobRunRow.name == name))
            if holder is not None:
                if not _gone(holder):
                    return False
                # its holder died on this very machine: no need to wait for it to go stale
                return bool(
                    conn.execute(
                        update(JobRunRow)
                        .where(JobRunRow.name == name, JobRunRow.worker == holder)
                        .values(started_at=now, finished_at=None, ok=None, detail="", worker=worker)
                    ).rowcount
                )
        try:
            with Transaction(self.engine, "journal des tâches") as conn:
                conn.execute(
                    insert(JobRunRow).values(name=name, started_at=now, detail="", worker=worker)
                )
            return True
        except StorageError:  # another process inserted it first
            return False

    def lease_holder(self, name: str) -> str | None:
        """Who runs ``name`` now (None when nobody does)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(JobRunRow.worker, JobRunRow.finished_at).where(JobRunRow.name == name)
            ).first()
        return row.worker if row is not None and row.finished_at is None else None

    def renew_lease(self, name: str, worker: str, now: datetime) -> None:
        """Still running: push the lease's start forward so that it does not go stale."""
        with Transaction(self.engine, "journal des tâches") as conn:
            conn.execute(
                update(JobRunRow)
                .where(JobRunRow.name == name, JobRunRow.worker == worker)
                .values(started_at=now)
            )

    def job_finished(self, name: str, ok: bool, detail: str, now: datetime) -> None:
        with Transaction(self.engine, "journal des tâches") as conn:
            conn.execute(
                update(JobRunRow)
                .where(JobRunRow.name == name)
                .values(finished_at=now, ok=ok, detail=detail[:2000])
            )

    def job_runs(self) -> list[JobRun]:
        with self.engine.connect() as conn:
            return [
                JobRun(*r)
                for r in conn.execute(
                    select(
                        JobRunRow.name,
                        JobRunRow.started_at,
                        JobRunRow.finished_at,
                        JobRunRow.ok,
                        JobRunRow.detail,
                        JobRunRow.worker,
                    ).order_by(JobRunRow.name)
                )
            ]


def _gone(worker: str) -> bool:
    """Whether a ``host:pid`` holder is a process of this machine that no longer runs (one
    of another machine cannot be checked: its lease goes stale instead)."""
    import os
    import socket

    host, _, pid = worker.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:  # it exists, owned by someone else
        return False
    return False
