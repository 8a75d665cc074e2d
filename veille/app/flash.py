"""Flash alerts: the events about watched products, sent at most once a day to each
reader, through a ledger that survives a crash like the bulletin's (no flash twice, none
lost: a row whose fate is unknown waits for a person, as for the bulletin)."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from veille.analyse.records import EventRecord
from veille.app.readership import ReadershipFacade
from veille.bulletin.alerts import (
    FlashEvent,
    FlashPlan,
    Watcher,
    flash_message_id,
    order_events,
    plan_flashes,
)
from veille.bulletin.deliver import UnknownFate, address_of, build_message, envelope_address
from veille.bulletin.publish import Publisher
from veille.bulletin.records import Subscriber
from veille.errors import DeliveryError, ErrorKind
from veille.storage.flashes import FlashDelivery

log = logging.getLogger("veille.flash")


@dataclass(slots=True)
class FlashReport:
    planned: list[tuple[str, int]] = field(default_factory=list)  # (address, events)
    queued: int = 0
    sent: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # fate unknown: see `veille flash status`
    skipped: int = 0  # left unsent: the reader left or stopped flashes since
    stopped: str | None = None
    seconds: float = 0.0


class _Taken(Exception):
    """Another sender moved the row first."""


class FlashFacade(ReadershipFacade):
    def _as_flash(self, events: list[EventRecord]) -> list[FlashEvent]:
        """The events with the catalogue products their subject names."""
        catalogue = self.products()
        return [
            FlashEvent(
                e.id,
                e.kind,
                e.cve,
                e.title,
                e.url,
                catalogue.named_in(e.subject),
                e.ransomware,
                e.action,
            )
            for e in events
        ]

    def flash_plan(self) -> list[tuple[Subscriber, FlashPlan]]:
        """Who would get a flash now, and with what (nothing is queued or sent)."""
        self.ensure_schema()
        return self._plan(self.now())

    def _day(self, now: datetime) -> date:
        """The day of ``now`` where the network is (one flash per reader and such day)."""
        return now.astimezone(ZoneInfo(self.settings.timezone)).date()

    def _plan(self, now: datetime) -> list[tuple[Subscriber, FlashPlan]]:
        day = self._day(now)
        horizon = timedelta(days=self.settings.flash_max_age_days)
        watchers = {s.id: s for s in self._subscribers.watchers()}
        plans = plan_flashes(
            self._as_flash(self._vulns.events_since(now - horizon)),
            [Watcher(s.id, s.products) for s in watchers.values()],
            self._flashes.carried(day - horizon - timedelta(days=1)),
            self._flashes.flashed_on(day),
        )
        return [(watchers[p.subscriber_id], p) for p in plans]

    def flash_send(self, dry_run: bool = False) -> FlashReport:
        """Queue today's flashes, then send every pending one (today's and any left by an
        interrupted run)."""
        began = time.perf_counter()
        report = FlashReport()
        self.ensure_schema()
        now = self.now()  # one moment, one day, for the plan and the queue
        day = self._day(now)
        plans = self._plan(now)
        report.planned = [(s.email, len(p.events)) for s, p in plans]
        if dry_run:
            return report
        publisher = self._publisher()
        report.queued = self._flashes.queue(
            day,
            (
                (
                    p.subscriber_id,
                    [e.id for e in p.events],
                    flash_message_id(
                        day.isoformat(), p.subscriber_id, publisher.mail.domain, publisher.mail.salt
                    ),
                )
                for _, p in plans
            ),
            now,
        )
        report.unknown = [r.email for r in self._flashes.rows(None, ["sending"])]
        pending = self._flashes.rows(None, ["pending"])
        if pending:
            self._flash_deliver(pending, report)
        report.seconds = time.perf_counter() - began
        return report

    def _flash_message(
        self, row: FlashDelivery, publisher: Publisher, labels: dict[str, str]
    ) -> tuple[str, bytes]:
        """The flash of one ledger row: its envelope address and its bytes."""
        events = self._as_flash(self._vulns.events(list(row.events)))
        stop = publisher.link("flash", row.subscriber_id, row.link_key)
        links = {"preferences": publisher.link("preferences", row.subscriber_id, row.link_key)}
        rendered = self._renderer().flash(
            order_events(events), labels, row.products, {**links, "stop": stop}
        )
        to = envelope_address(row.email)
        message = build_message(
            rendered,
            self.settings.mail_from,
            to,
            row.message_id,
            self.now(),
            stop,
            self.settings.mail_reply_to,
            f"<alertes.{publisher.mail.domain}>",
        )
        return to, message

    def _flash_deliver(self, pending: list[FlashDelivery], report: FlashReport) -> None:
        publisher = self._publisher()
        labels = {p.id: p.label for p in self.products().products}
        sender_address = address_of(self.settings.mail_from)
        with self._smtp() as sender:
            for row in pending:
                if not row.wanted:  # unsubscribed or flashes stopped since it was queued
                    self._flashes.mark(row.id, "skipped", self.now(), expected="pending")
                    report.skipped += 1
                    continue

                def commit(row_id: int = row.id, attempts: int = row.attempts) -> None:
                    if not self._flashes.mark(
                        row_id, "sending", self.now(), expected="pending", attempts=attempts + 1
                    ):
                        raise _Taken(row_id)

                def release(row_id: int = row.id) -> None:
                    self._flashes.mark(row_id, "pending", self.now(), expected="sending")

                try:
                    to, message = self._flash_message(row, publisher, labels)
                    sender.send(sender_address, to, message, commit, release)
                except _Taken:
                    continue  # another sender has this row; the connection was dropped
                except UnknownFate as exc:
                    log.warning("flash: fate unknown for %s: %s", row.email, exc)
                    report.unknown.append(row.email)
                    continue
                except DeliveryError as exc:
                    if exc.kind in (ErrorKind.CONNECTION, ErrorKind.SENDER):
                        report.stopped = str(exc)  # stays pending for the next run
                        break
                    self._flashes.mark(row.id, "failed", self.now(), error=str(exc))
                    report.failed.append((row.email, str(exc)))
                    continue
                except Exception as exc:  # one reader's flash must never stop the others
                    log.exception("flash: cannot send to %s", row.email)
                    why = f"message impossible à préparer ou à envoyer : {type(exc).__name__}"
                    self._flashes.mark(row.id, "failed", self.now(), error=why)
                    report.failed.append((row.email, why))
                    continue
                self._flashes.mark(row.id, "sent", self.now())
                report.sent += 1

    def flash_counts(self) -> dict[str, int]:
        """Flash ledger rows by status (pending, sending, sent, failed)."""
        self.ensure_schema()
        return self._flashes.counts()

    def flash_resolve(self, emails: list[str], delivered: bool) -> int:
        """Settle flashes whose fate is unknown, once the mailboxes were checked."""
        self.ensure_schema()
        return self._flashes.resolve(emails, "sent" if delivered else "pending", self.now())

    def subscribers_stop_flash(self, token: str) -> Subscriber:
        """Stop a reader's flash alerts from their signed link; the bulletin goes on."""
        self.ensure_schema()
        reader = self._subscriptions().reader("flash", token)
        self._subscribers.set_products(reader.id, reader.products, False, self.now())
        return self._subscribers.get(reader.id)
