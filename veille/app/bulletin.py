"""The bulletin half of the ``Veille`` facade: issues, preview, publication, subscribers.

A mixin so that ``app.py`` stays readable; ``Veille`` provides the settings, the stores and
the sources file."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from veille.bulletin.deliver import SmtpConfig, SmtpSender, address_of
from veille.bulletin.editorial import Editorial, Preview
from veille.bulletin.publish import MailSettings, Publisher, PublishReport
from veille.bulletin.render import Identity, Renderer
from veille.bulletin.rules import (
    ISSUE_STATE_FR,
    DeliveryStatus,
    IssueContent,
    IssueState,
    SubscriberStatus,
)
from veille.bulletin.subscribers import normalise_email
from veille.bulletin.subscriptions import ImportReport, Subscriptions
from veille.bulletin.tokens import Tokens, secret_key
from veille.clock import utcnow
from veille.errors import BulletinError, ConfigError
from veille.settings import Settings
from veille.storage.bulletins import IssueRecord, IssueStore
from veille.storage.sources import Store
from veille.storage.subscribers import Delivery, Ledger, Subscriber, SubscriberStore
from veille.types import SourcesConfig


class BulletinFacade:
    settings: Settings
    store: Store
    issues: IssueStore
    subscribers: SubscriberStore
    ledger: Ledger
    _tokens: Tokens | None

    if TYPE_CHECKING:  # provided by Veille and the other half of the facade
        def ensure_schema(self) -> None:
            raise NotImplementedError

        def sources(self) -> SourcesConfig:
            raise NotImplementedError

        def sync_sources(self) -> SourcesConfig:
            raise NotImplementedError

    # -- bulletin: building blocks ----------------------------------------------------------
    @property
    def renderer(self) -> Renderer:
        s = self.settings
        return Renderer(Identity(s.network_name, s.bulletin_title, s.public_url.rstrip("/")))

    @property
    def tokens(self) -> Tokens:
        if self._tokens is None:
            s = self.settings
            self._tokens = Tokens(secret_key(s.secret_key, s.secret_key_file), {
                "confirm": s.confirm_days, "unsubscribe": s.unsubscribe_days,
                "preferences": s.unsubscribe_days})
        return self._tokens

    def editorial(self) -> Editorial:
        self.ensure_schema()
        return Editorial(self.issues, self.renderer, self.settings.archive_dir,
                         self.settings.bulletin_per_theme)

    def publisher(self) -> Publisher:
        self.ensure_schema()
        s = self.settings
        address = address_of(s.mail_from)
        if "@" not in address:
            raise ConfigError(f"mail_from : adresse « {s.mail_from} » invalide")
        mail = MailSettings(s.mail_from, s.mail_reply_to, address.rsplit("@", 1)[1],
                            self.tokens.derive("message-id"))
        return Publisher(self.issues, self.subscribers, self.ledger, self.renderer,
                         self.tokens, mail)

    def subscriptions(self) -> Subscriptions:
        return Subscriptions(self.subscribers, self.tokens, self.publisher(),
                             self.settings.confirm_days)

    def smtp(self) -> SmtpSender:
        s = self.settings
        return SmtpSender(SmtpConfig(s.smtp_host, s.smtp_port, s.smtp_security, s.smtp_user,
                                     s.smtp_password, s.smtp_timeout, s.smtp_rate,
                                     s.smtp_retries, s.smtp_retry_delay,
                                     s.smtp_reconnect_every, s.smtp_ca_file))

    def theme_ids(self) -> list[str]:
        return [t.id for t in self.sources().themes]

    # -- bulletin: editing ------------------------------------------------------------------
    def bulletin_new(self, start: date, end: date, title: str | None = None
                     ) -> tuple[int, int]:
        config = self.sync_sources()
        return self.editorial().open_draft(config, start, end, utcnow(), title)

    def bulletin_list(self) -> list[IssueRecord]:
        self.ensure_schema()
        return self.issues.all()

    def bulletin(self, number: int) -> tuple[IssueRecord, IssueContent]:
        editorial = self.editorial()
        return editorial.record(number), editorial.content(number, self.sources())

    def bulletin_add(self, number: int, item_id: int, theme: str | None = None) -> str:
        """Add an item to a draft, in ``theme``'s section or its most confident theme's."""
        self.editorial().editable(number)
        known = self.theme_ids()
        if theme is None:
            rows = self.store.items_by_id([item_id])
            if not rows:
                raise BulletinError(f"article {item_id} introuvable")
            scores: dict[str, float] = rows[0]["theme_scores"] or {}  # type: ignore[assignment]
            mine = [t for t in (rows[0]["themes"] or []) if t in known]  # type: ignore[attr-defined]
            if not mine:
                raise BulletinError(f"l'article {item_id} n'a pas de thème : précisez --theme")
            theme = max(mine, key=lambda t: scores.get(t, 0.0))
        if theme not in known:
            raise BulletinError(f"thème inconnu « {theme} » (connus : {', '.join(known)})")
        self.issues.add(number, item_id, theme, utcnow())
        return theme

    def bulletin_remove(self, number: int, item_id: int) -> None:
        self.editorial().editable(number)
        self.issues.remove(number, item_id, utcnow())

    def bulletin_move(self, number: int, item_id: int, position: int) -> None:
        self.editorial().editable(number)
        self.issues.reorder(number, item_id, position, utcnow())

    def bulletin_note(self, number: int, item_id: int, note: str) -> None:
        self.editorial().editable(number)
        self.issues.set_note(number, item_id, note, utcnow())

    def bulletin_intro(self, number: int, intro: str) -> None:
        self.editorial().editable(number)
        self.issues.set_intro(number, intro, utcnow())

    def bulletin_ready(self, number: int) -> IssueContent:
        return self.editorial().make_ready(number, self.sources(), utcnow())

    def bulletin_reopen(self, number: int) -> None:
        self.editorial().reopen(number, utcnow())

    def bulletin_cancel(self, number: int) -> None:
        self.editorial().cancel(number, utcnow())

    # -- bulletin: preview, test, publish ---------------------------------------------------
    def bulletin_preview(self, number: int, directory: Path,
                         themes: list[str] | None = None) -> Preview:
        """Write exactly what a reader of ``themes`` (all by default) will receive."""
        _, content = self.bulletin(number)
        labels = self.sources().theme_labels()
        unknown = sorted(set(themes or []) - set(labels))
        if unknown:
            raise BulletinError(f"thème(s) inconnu(s) : {', '.join(unknown)}")
        publisher = self.publisher()
        rendered, _ = publisher.sample(content, labels, themes)
        message = publisher.test_message(content, labels, "lecteur@example.org", utcnow(),
                                         themes)
        headers = message.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
        return self.editorial().preview(content, rendered, directory,
                                        headers.replace("\r\n", "\n") + "\n")

    def bulletin_send_test(self, number: int, to: str) -> None:
        try:
            address = normalise_email(to)
        except ValueError as exc:
            raise BulletinError(str(exc)) from None
        _, content = self.bulletin(number)
        publisher = self.publisher()
        message = publisher.test_message(content, self.sources().theme_labels(), address,
                                         utcnow())
        with self.smtp() as sender:
            sender.send(address_of(self.settings.mail_from), address, message)

    def bulletin_publish(self, number: int, retry_failed: bool = False,
                         progress: Callable[[int, int], None] | None = None) -> PublishReport:
        """Freeze (if still a draft), archive, queue and send; or resume an interrupted run."""
        began = time.perf_counter()
        editorial = self.editorial()
        config = self.sources()
        labels = config.theme_labels()
        publisher = self.publisher()
        record = editorial.record(number)
        report = PublishReport(number)
        if record.state is IssueState.DRAFT:
            editorial.make_ready(number, config, utcnow())
            record = editorial.record(number)
        if record.state is IssueState.READY:
            content = IssueContent.from_json(record.content or {})
            report.queued, report.nothing_for = publisher.start(number, content, utcnow())
            editorial.write_archive(labels)
        elif retry_failed and record.state in (IssueState.PUBLISHING, IssueState.PUBLISHED):
            self.ledger.retry_failed(number, utcnow())  # failed = never accepted: no duplicate
        elif record.state is not IssueState.PUBLISHING:
            raise BulletinError(f"le numéro {number} est déjà {ISSUE_STATE_FR[record.state]}"
                                + (" (--retry-failed renvoie aux adresses en échec)"
                                   if record.state is IssueState.PUBLISHED else ""))
        content = editorial.content(number, config)
        with self.smtp() as sender:
            publisher.deliver(number, content, labels, sender, utcnow, report, progress)
        if record.state is IssueState.PUBLISHED:
            report.state = IssueState.PUBLISHED
        else:
            report.state = publisher.finish_if_done(number, utcnow())
            if report.state is IssueState.PUBLISHED:
                editorial.write_archive(labels)
        report.seconds = time.perf_counter() - began
        return report

    def bulletin_deliveries(self, number: int, statuses: list[DeliveryStatus] | None = None
                            ) -> tuple[dict[DeliveryStatus, int], list[Delivery]]:
        self.ensure_schema()
        self.issues.get(number)
        return self.ledger.counts(number), self.ledger.rows(number, statuses)

    def bulletin_resolve(self, number: int, emails: list[str], delivered: bool) -> int:
        """Settle messages of unknown fate: delivered (→ sent) or to send again (→ pending)."""
        self.ensure_schema()
        unknown = {d.email: d.subscriber_id
                   for d in self.ledger.rows(number, [DeliveryStatus.SENDING])}
        missing = [e for e in emails if e not in unknown]
        if missing:
            raise BulletinError("sans envoi au sort inconnu dans ce numéro : "
                                + ", ".join(missing))
        target = DeliveryStatus.SENT if delivered else DeliveryStatus.PENDING
        return self.ledger.resolve(number, [unknown[e] for e in emails], target, utcnow())

    def write_archive(self) -> Path:
        return self.editorial().write_archive(self.sources().theme_labels())

    # -- subscribers ------------------------------------------------------------------------
    def subscribe(self, email: str, themes: list[str], source: str,
                  send: bool = True) -> tuple[Subscriber, bool]:
        """A pending subscription and its confirmation mail (double opt-in)."""
        self.ensure_schema()
        subscriptions = self.subscriptions()
        try:
            subscriber, due = subscriptions.subscribe(email, themes, self.theme_ids(), source,
                                                      utcnow())
        except ValueError as exc:
            raise BulletinError(str(exc)) from None
        if due and send:
            with self.smtp() as sender:
                subscriptions.send_confirmation(sender, subscriber,
                                                self.sources().theme_labels(), utcnow())
        return subscriber, due

    def confirm_subscription(self, token: str) -> Subscriber:
        self.ensure_schema()
        return self.subscriptions().confirm(token, utcnow())

    def unsubscribe(self, token: str, how: str) -> Subscriber:
        self.ensure_schema()
        return self.subscriptions().unsubscribe(token, utcnow(), how)

    def reader(self, purpose: str, token: str) -> Subscriber:
        self.ensure_schema()
        return self.subscriptions().reader(purpose, token)

    def set_preferences(self, token: str, themes: list[str]) -> Subscriber:
        self.ensure_schema()
        try:
            return self.subscriptions().set_preferences(token, themes, self.theme_ids(),
                                                        utcnow())
        except ValueError as exc:
            raise BulletinError(str(exc)) from None

    def subscribers_import(self, path: str, source: str, send_confirmations: bool = False
                           ) -> ImportReport:
        self.ensure_schema()
        text = Path(path).read_text(encoding="utf-8-sig")
        subscriptions = self.subscriptions()
        report = subscriptions.import_csv(text, self.theme_ids(), source, utcnow())
        if send_confirmations and report.to_confirm:
            labels = self.sources().theme_labels()
            with self.smtp() as sender:
                for sid in report.to_confirm:
                    subscriptions.send_confirmation(sender, self.subscribers.get(sid), labels,
                                                    utcnow())
        return report

    def subscribers_export(self) -> str:
        self.ensure_schema()
        return self.subscriptions().export_csv()

    def subscribers_erase(self, email: str) -> bool:
        self.ensure_schema()
        return self.subscriptions().erase(email)

    def subscribers_list(self, status: SubscriberStatus | None = None) -> list[Subscriber]:
        self.ensure_schema()
        return self.subscribers.all(status)

