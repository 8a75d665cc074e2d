"""Readers joining and leaving: double opt-in, confirmation, one-click unsubscribe, theme
preferences, CSV import and export, erasure. Links are signed tokens (``tokens``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from veille.bulletin.deliver import SmtpSender, address_of, build_message, envelope_address
from veille.bulletin.publish import Publisher
from veille.bulletin.records import Subscriber
from veille.bulletin.rules import SubscriberStatus
from veille.bulletin.subscribers import (
    ImportProblem,
    choose_themes,
    normalise_email,
    parse_csv,
    write_csv,
)
from veille.bulletin.tokens import Tokens, key_matches
from veille.errors import BulletinError, LinkError, NotFoundError
from veille.storage.subscribers import SubscriberStore


@dataclass(frozen=True, slots=True)
class ImportReport:
    added: int
    already_known: list[str]
    problems: list[ImportProblem]
    to_confirm: list[int]  # ids of the rows imported as pending
    unsent: list[tuple[str, str]] = field(default_factory=list)  # confirmations refused
    notes: list[str] = field(default_factory=list)  # how the file was read


class Subscriptions:
    def __init__(
        self, store: SubscriberStore, tokens: Tokens, publisher: Publisher, confirm_days: int
    ) -> None:
        self.store = store
        self.tokens = tokens
        self.publisher = publisher
        self.confirm_days = confirm_days

    def subscribe(
        self,
        raw_email: str,
        themes: Sequence[str],
        known: Sequence[str],
        source: str,
        now: datetime,
    ) -> tuple[Subscriber, bool]:
        """Record a pending subscription (or renew one); True when a confirmation mail is
        due. An active reader only has their themes updated: nobody is signed up twice."""
        email = normalise_email(raw_email)
        chosen = choose_themes(themes, known)
        existing = self.store.by_email(email)
        if existing is None:
            sid = self.store.add(email, chosen, SubscriberStatus.PENDING, source, now)
            return self.store.get(sid), True
        if existing.status is SubscriberStatus.ACTIVE:
            return existing, False
        self.store.set_status(existing.id, SubscriberStatus.PENDING, now, consent_source=source)
        self.store.set_themes(existing.id, chosen, now)
        return self.store.get(existing.id), True

    def confirmation(self, subscriber: Subscriber, labels: dict[str, str], now: datetime) -> bytes:
        link = self.publisher.link("confirm", subscriber.id, subscriber.confirm_key or "")
        rendered = self.publisher.renderer.confirmation(
            link, [labels.get(t, t) for t in subscriber.themes], self.confirm_days
        )
        mail = self.publisher.mail
        return build_message(
            rendered,
            mail.sender,
            envelope_address(subscriber.email),
            self.publisher.message_id(0, subscriber.id).replace(
                "veille.0.", f"veille.confirm.{int(now.timestamp())}."
            ),
            now,
            reply_to=mail.reply_to,
        )

    def send_confirmation(
        self, sender: SmtpSender, subscriber: Subscriber, labels: dict[str, str], now: datetime
    ) -> None:
        message = self.confirmation(subscriber, labels, now)
        to = envelope_address(subscriber.email)
        sender.send(address_of(self.publisher.mail.sender), to, message)

    def confirm(self, token: str, now: datetime) -> Subscriber:
        """Confirm a pending subscription; the link then works no more."""
        subscriber = self.reader("confirm", token)
        if subscriber.status is not SubscriberStatus.PENDING:
            raise BulletinError(
                "cette demande d'abonnement n'est plus valable : abonnez-vous à nouveau"
            )
        self.store.set_status(subscriber.id, SubscriberStatus.ACTIVE, now)
        return self.store.get(subscriber.id)

    def reader(self, purpose: str, token: str) -> Subscriber:
        """The reader a signed link of ``purpose`` names: LinkError when the link is forged,
        expired, already used (confirmation) or names an erased reader."""
        link = self.tokens.read(purpose, token)
        gone = LinkError("ce lien n'est plus valable (déjà utilisé, ou abonnement effacé)")
        try:
            subscriber = self.store.get(link.subscriber_id)
        except NotFoundError:
            raise gone from None
        expected = subscriber.confirm_key if purpose == "confirm" else subscriber.link_key
        if not key_matches(link, expected, subscriber.created_at):
            raise gone
        if link.key is None and purpose == "confirm" and subscriber.confirm_key is None:
            raise gone  # an old confirmation link, already used
        return subscriber

    def unsubscribe(self, token: str, now: datetime, how: str) -> Subscriber:
        subscriber = self.reader("unsubscribe", token)
        if subscriber.status is not SubscriberStatus.UNSUBSCRIBED:
            self.store.set_status(subscriber.id, SubscriberStatus.UNSUBSCRIBED, now, reason=how)
        return self.store.get(subscriber.id)

    def set_preferences(
        self, token: str, themes: Sequence[str], known: Sequence[str], now: datetime
    ) -> Subscriber:
        subscriber = self.reader("preferences", token)
        if not [t for t in themes if t.strip()]:
            raise BulletinError("choisissez au moins un thème, ou désabonnez-vous")
        self.store.set_themes(subscriber.id, choose_themes(themes, known), now)
        return self.store.get(subscriber.id)

    def import_csv(
        self, text: str, known: Sequence[str], source: str, now: datetime
    ) -> ImportReport:
        rows, problems = parse_csv(text, known, source)
        ids, known_rows = self.store.import_rows(rows, now)
        fresh = [r for r in rows if r not in known_rows]
        pending = [
            i for i, r in zip(ids, fresh, strict=True) if r.status is SubscriberStatus.PENDING
        ]
        return ImportReport(len(ids), [r.email for r in known_rows], problems, pending)

    def export_csv(self) -> str:
        return write_csv(
            {
                "email": s.email,
                "themes": s.themes,
                "status": s.status.value,
                "consent_at": s.consent_at,
                "consent_source": s.consent_source,
                "created_at": s.created_at,
                "status_reason": s.status_reason or "",
            }
            for s in self.store.all()
        )

    def erase(self, raw_email: str) -> bool:
        try:
            email = normalise_email(raw_email)
        except ValueError:
            email = raw_email.strip().lower()
        return self.store.erase(email)
