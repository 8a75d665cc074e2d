"""Publishing an issue: freeze it, queue one ledger row per reader who has something to read,
then send what the ledger says is still to send. Running it again resumes: rows already
sent are never sent again, rows whose fate is unknown are reported and left alone until an
editor settles them (``veille bulletin resolve``)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from veille.bulletin.deliver import (
    MessageTemplate,
    SmtpSender,
    UnknownFate,
    address_of,
    build_message,
    envelope_address,
)
from veille.bulletin.records import Delivery
from veille.bulletin.render import Rendered, Renderer
from veille.bulletin.rules import (
    DeliveryStatus,
    IssueContent,
    IssueState,
    SubscriberStatus,
    audience,
    message_id,
)
from veille.bulletin.tokens import Tokens
from veille.errors import BulletinError, DeliveryError, ErrorKind
from veille.storage.bulletins import IssueStore
from veille.storage.db import Transaction
from veille.storage.subscribers import Ledger, LedgerWriter, SubscriberStore

log = logging.getLogger("veille.publish")


class _Taken(BulletinError):
    """Another sender moved this ledger row first."""


@dataclass(slots=True)
class PublishReport:
    number: int
    queued: int = 0  # rows added to the ledger by this run
    nothing_for: int = 0  # active readers whose themes have no item this time
    sent: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (address, reason)
    bounced: list[str] = field(default_factory=list)
    skipped: int = 0
    unknown: list[str] = field(default_factory=list)  # fate unknown, from an earlier run
    lost: list[str] = field(default_factory=list)  # fate unknown, from this run
    stopped: str | None = None  # why the run stopped early (server unusable)
    state: IssueState = IssueState.PUBLISHING
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class MailSettings:
    sender: str  # From header
    reply_to: str
    domain: str  # for Message-IDs and List-Id
    salt: str  # keeps Message-IDs unguessable


class Publisher:
    def __init__(
        self,
        issues: IssueStore,
        subscribers: SubscriberStore,
        ledger: Ledger,
        renderer: Renderer,
        tokens: Tokens,
        mail: MailSettings,
    ) -> None:
        self.issues = issues
        self.subscribers = subscribers
        self.ledger = ledger
        self.renderer = renderer
        self.tokens = tokens
        self.mail = mail

    def start(self, number: int, content: IssueContent, now: datetime) -> tuple[int, int]:
        """ready → publishing, and the ledger filled, in one transaction; returns how many
        readers were queued and how many have nothing to read this time."""
        crowd = audience(content, self.subscribers.active())
        with Transaction(self.issues.engine, "début de la publication") as conn:
            self.issues.move(
                number,
                IssueState.READY,
                IssueState.PUBLISHING,
                now,
                conn=conn,
                published_at=now,
                content={**content.to_json(), "published_at": now.isoformat()},
            )
            queued = self.ledger.queue(
                conn,
                number,
                (
                    (r.subscriber_id, self.message_id(number, r.subscriber_id))
                    for r in crowd.receiving
                ),
                now,
            )
            self.issues.mark_items_published(conn, number)
        return queued, len(crowd.nothing_for)

    def message_id(self, number: int, subscriber_id: int) -> str:
        return message_id(number, subscriber_id, self.mail.domain, self.mail.salt)

    def deliver(
        self,
        number: int,
        content: IssueContent,
        labels: dict[str, str],
        sender: SmtpSender,
        now: Callable[[], datetime],
        report: PublishReport,
        progress: Callable[[int, int], None] | None = None,
    ) -> PublishReport:
        """Send every pending row; record each outcome as it happens."""
        report.unknown = [d.email for d in self.ledger.rows(number, [DeliveryStatus.SENDING])]
        pending = self.ledger.rows(number, [DeliveryStatus.PENDING])
        with self.ledger.writer() as ledger:
            self._deliver(number, content, labels, sender, now, report, progress, pending, ledger)
        return report

    def _deliver(
        self,
        number: int,
        content: IssueContent,
        labels: dict[str, str],
        sender: SmtpSender,
        now: Callable[[], datetime],
        report: PublishReport,
        progress: Callable[[int, int], None] | None,
        pending: list[Delivery],
        ledger: LedgerWriter,
    ) -> None:
        templates: dict[tuple[str, ...], MessageTemplate] = {}
        present = set(content.themes)
        for done, row in enumerate(pending, 1):
            themes = tuple(t for t in row.themes if t in present)
            if row.subscriber_status is not SubscriberStatus.ACTIVE or not themes:
                reason = (
                    f"abonné {row.subscriber_status.value}"
                    if themes
                    else "aucun article pour ses thèmes"
                )
                ledger.mark(number, row.subscriber_id, DeliveryStatus.SKIPPED, now(), error=reason)
                report.skipped += 1
                continue
            if themes not in templates:
                templates[themes] = MessageTemplate(
                    self.renderer.render(content, labels, list(row.themes)),
                    self.mail.sender,
                    now(),
                    self.mail.reply_to,
                    self.list_id,
                )
            try:
                self._send(number, row, templates[themes], sender, now, ledger)
            except _Taken:
                continue  # another sender has this row; the connection was dropped cleanly
            except UnknownFate as exc:
                log.warning(
                    "issue %s: fate unknown for %s: %s",
                    number,
                    row.email,
                    exc,
                    extra={"issue": number},
                )
                report.lost.append(row.email)
            except DeliveryError as exc:
                if exc.kind in (ErrorKind.CONNECTION, ErrorKind.SENDER):
                    report.stopped = str(exc)  # the row stays pending for the next run
                    break
                self._failed(number, row, exc, now(), report, ledger, sender.attempt)
            except Exception as exc:  # one reader's message must never stop the others
                log.exception("issue %s: cannot send to %s", number, row.email)
                failure = DeliveryError(
                    f"message impossible à préparer ou à envoyer : {type(exc).__name__}",
                    temporary=False,
                    kind=ErrorKind.MESSAGE,
                )
                self._failed(number, row, failure, now(), report, ledger, sender.attempt)
            else:
                report.sent += 1
            if progress is not None:
                progress(done, len(pending))

    @property
    def list_id(self) -> str:
        return f"<bulletin.{self.mail.domain}>"

    def _send(
        self,
        number: int,
        row: Delivery,
        template: MessageTemplate,
        sender: SmtpSender,
        now: Callable[[], datetime],
        ledger: LedgerWriter,
    ) -> None:
        to = envelope_address(row.email)
        message = template.fill(
            to,
            row.message_id,
            self.link("unsubscribe", row.subscriber_id, row.link_key),
            self.link("preferences", row.subscriber_id, row.link_key),
        )

        def commit() -> None:
            if not ledger.mark(
                number,
                row.subscriber_id,
                DeliveryStatus.SENDING,
                now(),
                attempts=row.attempts + sender.attempt,
                expected=DeliveryStatus.PENDING,
            ):
                raise _Taken(f"{row.email} : ligne du registre prise par un autre envoi")

        def release() -> None:  # refused after all: known not delivered, back in the queue
            ledger.mark(
                number,
                row.subscriber_id,
                DeliveryStatus.PENDING,
                now(),
                expected=DeliveryStatus.SENDING,
            )

        sender.send(address_of(self.mail.sender), to, message, commit, release)
        ledger.mark(
            number,
            row.subscriber_id,
            DeliveryStatus.SENT,
            now(),
            attempts=row.attempts + sender.attempt,
            durable=False,
        )

    def _failed(
        self,
        number: int,
        row: Delivery,
        exc: DeliveryError,
        when: datetime,
        report: PublishReport,
        ledger: LedgerWriter,
        attempts: int = 1,
    ) -> None:
        ledger.mark(
            number,
            row.subscriber_id,
            DeliveryStatus.FAILED,
            when,
            error=str(exc),
            attempts=row.attempts + max(attempts, 1),
        )
        report.failed.append((row.email, str(exc)))
        if exc.kind is ErrorKind.RECIPIENT:  # the address itself was refused for good
            self.subscribers.set_status(
                row.subscriber_id, SubscriberStatus.BOUNCED, when, reason=str(exc)
            )
            report.bounced.append(row.email)

    def link(
        self, purpose: str, subscriber_id: int, key: str, issued_at: datetime | None = None
    ) -> str:
        """A reader's signed link (``confirm``, ``unsubscribe``, ``preferences`` or
        ``flash``, which stops flash alerts only)."""
        path = {
            "unsubscribe": "desabonnement",
            "preferences": "preferences",
            "confirm": "abonnement/confirmer",
            "flash": "alertes/arret",
        }[purpose]
        token = self.tokens.make(purpose, subscriber_id, key, issued_at)
        return self.renderer.identity.url(f"{path}?t={token}")

    def finish_if_done(self, number: int, now: datetime) -> IssueState:
        """publishing → published once nothing is pending and no fate is unknown."""
        counts = self.ledger.counts(number)
        if counts[DeliveryStatus.PENDING] or counts[DeliveryStatus.SENDING]:
            return IssueState.PUBLISHING
        self.issues.move(number, IssueState.PUBLISHING, IssueState.PUBLISHED, now)
        return IssueState.PUBLISHED

    def sample(
        self, content: IssueContent, labels: dict[str, str], reader_themes: list[str] | None = None
    ) -> tuple[Rendered, str]:
        """What a reader of ``reader_themes`` (all by default) gets, with sample links that
        lead to a harmless error page; and the unsubscribe link used."""
        identity = self.renderer.identity
        unsubscribe = identity.url("desabonnement?t=essai")
        rendered = self.renderer.render(content, labels, reader_themes)
        return rendered.personalise(unsubscribe, identity.url("preferences?t=essai")), unsubscribe

    def test_message(
        self,
        content: IssueContent,
        labels: dict[str, str],
        to: str,
        now: datetime,
        reader_themes: list[str] | None = None,
        trial: bool = False,
    ) -> bytes:
        """Exactly what a reader gets (with sample links), as MIME bytes; a ``trial`` (a
        test send) says so in its subject, « [ESSAI] »."""
        rendered, unsubscribe = self.sample(content, labels, reader_themes)
        if trial:
            rendered = replace(rendered, subject=f"[ESSAI] {rendered.subject}")
        return build_message(
            rendered,
            self.mail.sender,
            to,
            message_id(
                content.number, 0, self.mail.domain, f"{self.mail.salt}:test:{now.timestamp()}"
            ),
            now,
            unsubscribe,
            self.mail.reply_to,
            self.list_id,
        )
