"""The bulletin part of the facade: issues (open, edit, freeze, preview, test, publish,
resume), the editors' board, the web archive, and subscribers (double opt-in, links,
preferences, import and export). Its building blocks (renderer, tokens, publisher) are built
once, on first use."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from veille.app.core import worker_name
from veille.app.newsletters import NewsletterFacade
from veille.app.records import (
    Board,
    BoardSection,
    Deliveries,
    DraftOpened,
    IssueView,
    Subscription,
)
from veille.bulletin.clicks import link_signature
from veille.bulletin.deliver import SmtpConfig, SmtpSender, address_of
from veille.bulletin.editorial import Editorial, Preview
from veille.bulletin.notice import about, privacy_notice
from veille.bulletin.publish import MailSettings, Publisher, PublishReport
from veille.bulletin.records import IssueRecord, Subscriber
from veille.bulletin.render import Identity, Renderer, SubscriptionIntro
from veille.bulletin.rules import (
    ISSUE_STATE_FR,
    DeliveryStatus,
    IssueContent,
    IssueState,
    SubscriberStatus,
    main_theme,
    next_period,
    shorten,
)
from veille.bulletin.subscribers import decode_csv, normalise_email
from veille.bulletin.subscriptions import ImportReport, Subscriptions
from veille.bulletin.tokens import Tokens, secret_key
from veille.curation.records import InboxRow, Proposal
from veille.curation.rules import User
from veille.errors import BulletinError, ConfigError, DeliveryError, NotFoundError, NotFoundKind

READER_LINKS = ("confirm", "unsubscribe", "preferences", "flash")


class BulletinFacade(NewsletterFacade):
    _renderer_built: Renderer | None = None
    _tokens_built: Tokens | None = None
    _publisher_built: Publisher | None = None

    # -- building blocks (built once) -----------------------------------------------------------
    def _renderer(self) -> Renderer:
        if self._renderer_built is None:
            s = self.settings
            identity = Identity(s.network_name, s.bulletin_title, s.public_url.rstrip("/"))
            key = self._tokens().derive("clicks") if s.count_clicks else ""

            def click_url(number: int, item_id: int) -> str:
                signature = link_signature(key, number, item_id)
                return identity.url(f"l/{number}/{item_id}?s={signature}")

            self._renderer_built = Renderer(
                identity,
                pdf_links=lambda: s.pdf_edition and self.pdf_unavailable() is None,
                click_url=click_url if s.count_clicks else None,
            )
        return self._renderer_built

    def pdf_unavailable(self) -> str | None:
        """Why PDF editions cannot be made on this machine (None when they can)."""
        from veille.bulletin.pdf import pdf_unavailable

        return pdf_unavailable()

    def bulletin_pdf(self, number: int) -> bytes:
        """Issue ``number`` as an A4 PDF: the same content as the mail, every section."""
        editorial = self._editorial()
        config = self.sources()
        return editorial.pdf(editorial.content(number, config), config.theme_labels())

    def _tokens(self) -> Tokens:
        if self._tokens_built is None:
            s = self.settings
            self._tokens_built = Tokens(
                secret_key(s.secret_key, s.secret_key_file),
                {
                    "confirm": s.confirm_days,
                    "unsubscribe": s.unsubscribe_days,
                    "preferences": s.unsubscribe_days,
                    "flash": s.unsubscribe_days,
                },
            )
        return self._tokens_built

    def _editorial(self) -> Editorial:
        self.ensure_schema()
        return Editorial(
            self._issues,
            self._renderer(),
            self.settings.archive_dir,
            self.settings.bulletin_per_theme,
            self.fixes_for,
            self.settings.vulnerability_theme,
            self.agenda_for,
            f"En {self.region().name}",
        )

    def _publisher(self) -> Publisher:
        self.ensure_schema()
        if self._publisher_built is None:
            s = self.settings
            address = address_of(s.mail_from)
            if "@" not in address:
                raise ConfigError(f"mail_from : adresse « {s.mail_from} » invalide")
            mail = MailSettings(
                s.mail_from,
                s.mail_reply_to,
                address.rsplit("@", 1)[1],
                self._tokens().derive("message-id"),
            )
            self._publisher_built = Publisher(
                self._issues,
                self._subscribers,
                self._ledger,
                self._renderer(),
                self._tokens(),
                mail,
            )
        return self._publisher_built

    def _subscriptions(self) -> Subscriptions:
        return Subscriptions(
            self._subscribers, self._tokens(), self._publisher(), self.settings.confirm_days
        )

    def _smtp(self) -> SmtpSender:
        s = self.settings
        return SmtpSender(
            SmtpConfig(
                s.smtp_host,
                s.smtp_port,
                s.smtp_security,
                s.smtp_user,
                s.smtp_password,
                s.smtp_timeout,
                s.smtp_rate,
                s.smtp_retries,
                s.smtp_retry_delay,
                s.smtp_reconnect_every,
                s.smtp_ca_file,
            )
        )

    def secret(self, label: str) -> str:
        """A stable value derived from the secret key for ``label`` (the web session key)."""
        return self._tokens().derive(label)

    def page_html(
        self,
        title: str,
        message: list[str] | tuple[str, ...],
        error: bool = False,
        form: dict[str, Any] | None = None,
        intro: SubscriptionIntro | None = None,
    ) -> str:
        """A public page (confirmation, unsubscribe, errors…) in the bulletin's look."""
        return self._renderer().page(title, message, error=error, form=form, intro=intro)

    def subscription_intro(self) -> SubscriptionIntro:
        """What the subscription form tells first: what the bulletin is, how often it comes,
        the latest published issue as a sample, and the privacy notice."""
        s = self.settings
        self.ensure_schema()
        published = [r.number for r in self._issues.all() if r.state is IssueState.PUBLISHED]
        contact = s.privacy_contact or s.mail_reply_to or s.mail_from
        return SubscriptionIntro(
            about(s.bulletin_title, s.network_name, s.draft_every_weeks),
            self._renderer().identity.archive_url(max(published)) if published else None,
            tuple(
                privacy_notice(
                    s.network_name, contact, s.confirm_days, s.privacy_notice, s.count_clicks
                )
            ),
        )

    # -- issues: editing ------------------------------------------------------------------------
    def bulletin_next_period(self) -> tuple[date, date]:
        """The period of the next issue: after the last issue not cancelled, up to today."""
        self.ensure_schema()
        return period_after(self._issues.all(), self.now().date())

    def bulletin_new(
        self, start: date | None = None, end: date | None = None, title: str | None = None
    ) -> DraftOpened:
        """Open a draft for ``[start, end]`` (by default the next period) with the period's
        items proposed per theme."""
        config = self.sources_sync()
        draft = self.bulletin_current_draft()
        if draft is not None:
            raise BulletinError(
                f"le N° {draft} est déjà un brouillon ouvert : un seul à la fois "
                f"(finissez-le, ou annulez-le : veille bulletin cancel {draft})"
            )
        if start is None or end is None:
            start, end = self.bulletin_next_period()
        number, proposed, from_partners = self._editorial().open_draft(
            config, start, end, self.now(), title
        )
        return DraftOpened(number, (start, end), proposed, from_partners)

    def bulletin_list(self) -> list[IssueRecord]:
        """Every issue, the newest first."""
        self.ensure_schema()
        return self._issues.all()

    def bulletin(self, number: int) -> IssueView:
        """An issue's record and its content as it stands (frozen from « prêt » on)."""
        editorial = self._editorial()
        return IssueView(editorial.record(number), editorial.content(number, self.sources()))

    def bulletin_add(
        self, number: int, item_id: int, theme: str | None = None, repeat: bool = False
    ) -> str:
        """Add an item to a draft, in ``theme``'s section or its main theme's. An item, or
        another item of its story, already published or already in this issue is refused
        with the issue that carried it, unless ``repeat`` says to add it all the same."""
        self._editorial().editable(number)
        if not repeat:
            self._no_repeat(
                number, item_id, "ajoutez-le quand même avec --repeter, ou choisissez-en un autre"
            )
        known = self.theme_ids()
        if theme is None:
            rows = self._store.items_by_id([item_id])
            if not rows:
                raise NotFoundError(NotFoundKind.ITEM, item_id)
            scores: dict[str, float] = rows[0]["theme_scores"] or {}  # type: ignore[assignment]
            themes: list[str] = rows[0]["themes"] or []  # type: ignore[assignment]
            theme = main_theme(themes, scores, known)
            if theme is None:
                raise BulletinError(f"l'article {item_id} n'a pas de thème : précisez --theme")
        if theme not in known:
            raise BulletinError(f"thème inconnu « {theme} » (connus : {', '.join(known)})")
        self._issues.add(number, item_id, theme, self.now())
        self._curation.log(item_id, "add", f"N° {number}, {theme}", self.now())
        return theme

    def bulletin_remove(self, number: int, item_id: int) -> None:
        """Take an item out of a draft."""
        self._editorial().editable(number)
        self._issues.remove(number, item_id, self.now())
        self._curation.log(item_id, "remove", f"N° {number}", self.now())

    def bulletin_move(self, number: int, item_id: int, position: int) -> None:
        """Put an item at ``position`` (from 1) in its section."""
        self._editorial().editable(number)
        self._issues.reorder(number, item_id, max(position, 1), self.now())

    def bulletin_note(self, number: int, item_id: int, note: str) -> None:
        """The editors' note shown under an item."""
        self._editorial().editable(number)
        self._issues.set_note(number, item_id, note, self.now())
        self._curation.log(item_id, "note", f"N° {number} : {note}", self.now())

    def bulletin_edit(
        self,
        number: int,
        item_id: int,
        title: str | None = None,
        summary: str | None = None,
        note: str | None = None,
        by: User | None = None,
    ) -> None:
        """What the issue shows for an item, as the editors rewrite it (a French title and
        summary for an item in English, the « pourquoi c'est important »); the item keeps its
        original. An empty title or summary goes back to the item's own; None leaves it."""
        self._editorial().editable(number)
        current = next((e for e in self._issues.entries(number) if e.item_id == item_id), None)
        if current is None:
            raise BulletinError(f"l'article {item_id} n'est pas dans le numéro {number}")

        def rewritten(value: str | None, original: str, kept: str | None) -> str | None:
            if value is None:
                return kept
            value = " ".join(value.split())
            unchanged = {" ".join(original.split()), shorten(original)}
            return value[:2000] if value and value not in unchanged else None

        new_title = rewritten(title, current.title, current.edited_title)
        new_summary = rewritten(summary, current.summary, current.edited_summary)
        self._issues.set_texts(number, item_id, new_title, new_summary, self.now())
        if note is not None:
            self._issues.set_note(number, item_id, note.strip()[:2000], self.now())
        changed = [
            name
            for name, value in (("titre", title), ("résumé", summary), ("note", note))
            if value is not None
        ]
        self._curation.log(
            item_id,
            "edit",
            f"N° {number} : {', '.join(changed)}",
            self.now(),
            by.id if by else None,
            by.partner_id if by else None,
        )

    def bulletin_intro(self, number: int, intro: str) -> None:
        """The introduction at the top of the issue (paragraphs separated by a blank line)."""
        self._editorial().editable(number)
        self._issues.set_intro(number, intro, self.now())

    def bulletin_ready(self, number: int) -> IssueContent:
        """Freeze a draft: what is previewed from now on is what readers get."""
        return self._editorial().make_ready(number, self.sources(), self.now())

    def bulletin_reopen(self, number: int) -> None:
        """Thaw a frozen (« prêt ») issue back into a draft."""
        self._editorial().reopen(number, self.now())

    def bulletin_cancel(self, number: int) -> None:
        """Cancel an issue that has not started sending."""
        self._editorial().cancel(number, self.now())

    # -- the editors' board -------------------------------------------------------------------
    def board(self, user: User) -> Board:
        """The editors' board: the open draft, the pending proposals per main theme (most
        supported first) and the latest issues."""
        user.require("select")
        issues = self.bulletin_list()[:8]
        number = self.bulletin_current_draft()
        if number is None:
            return Board(None, None, [], issues)
        view = self.bulletin(number)
        content = view.content
        order = self.theme_ids()
        by_theme: dict[str, list[tuple[InboxRow, list[Proposal]]]] = {}
        for row, proposals in self.pending_proposals():
            theme = main_theme(row.themes, row.scores, order) or order[0]
            by_theme.setdefault(theme, []).append((row, proposals))
        sections = [
            BoardSection(t, sorted(by_theme[t], key=lambda rp: -len(rp[1])))
            for t in order
            if t in by_theme
        ]
        hidden = sorted(c for c, e in (view.record.vuln_edits or {}).items() if e.get("hidden"))
        return Board(number, content, sections, issues, hidden, self.agenda_hidden(view.record))

    # -- issues: preview, test, publish ---------------------------------------------------------
    def bulletin_html(self, number: int, themes: list[str] | None = None) -> str:
        """The issue's e-mail HTML as a reader of ``themes`` (all by default) gets it."""
        content = self.bulletin(number).content
        rendered, _ = self._publisher().sample(content, self.sources().theme_labels(), themes)
        return rendered.html

    def bulletin_preview(
        self, number: int, directory: Path, themes: list[str] | None = None
    ) -> Preview:
        """Write exactly what a reader of ``themes`` (all by default) will receive."""
        content = self.bulletin(number).content
        labels = self.sources().theme_labels()
        unknown = sorted(set(themes or []) - set(labels))
        if unknown:
            raise BulletinError(f"thème(s) inconnu(s) : {', '.join(unknown)}")
        publisher = self._publisher()
        rendered, _ = publisher.sample(content, labels, themes)
        message = publisher.test_message(content, labels, "lecteur@example.org", self.now(), themes)
        headers = message.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
        return self._editorial().preview(
            content, rendered, directory, headers.replace("\r\n", "\n") + "\n"
        )

    def bulletin_send_test(self, number: int, to: str) -> None:
        """Send the issue, as a reader would get it, to one address."""
        try:
            address = normalise_email(to)
        except ValueError as exc:
            raise BulletinError(str(exc)) from exc
        content = self.bulletin(number).content
        message = self._publisher().test_message(
            content, self.sources().theme_labels(), address, self.now(), trial=True
        )
        with self._smtp() as sender:
            sender.send(address_of(self.settings.mail_from), address, message)

    def bulletin_publish(
        self,
        number: int,
        retry_failed: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> PublishReport:
        """Freeze (if still a draft), archive, queue and send; or resume an interrupted run.
        One sender per issue at a time: while another process sends it, this says so and
        sends nothing (a sender that died on this machine is taken over at once; one on
        another machine, once its lease of ``worker_lease`` seconds has gone stale)."""
        self.ensure_schema()
        name, worker = f"publish-{number}", worker_name()
        stale = timedelta(seconds=self.settings.worker_lease)
        if not self._service.take_lease(name, worker, self.now(), stale):
            holder = self._service.lease_holder(name) or "?"
            raise BulletinError(
                f"le numéro {number} est en cours d'envoi par un autre processus ({holder}) : "
                "rien n'a été envoyé d'ici ; relancez une fois cet envoi terminé"
            )
        renewed = [time.monotonic()]

        def heartbeat(done: int, total: int) -> None:
            if time.monotonic() - renewed[0] > 30:  # a long send keeps its lease alive
                self._service.renew_lease(name, worker, self.now())
                renewed[0] = time.monotonic()
            if progress is not None:
                progress(done, total)

        try:
            report = self._publish(number, retry_failed, heartbeat)
        except BaseException as exc:
            self._service.job_finished(name, False, str(exc)[:500], self.now())
            raise
        self._service.job_finished(
            name, True, f"{report.sent} envoyé(s), {ISSUE_STATE_FR[report.state]}", self.now()
        )
        return report

    def _publish(
        self, number: int, retry_failed: bool, progress: Callable[[int, int], None]
    ) -> PublishReport:
        began = time.perf_counter()
        editorial = self._editorial()
        config = self.sources()
        labels = config.theme_labels()
        publisher = self._publisher()
        record = editorial.record(number)
        report = PublishReport(number)
        if record.state is IssueState.DRAFT:
            editorial.make_ready(number, config, self.now())
            record = editorial.record(number)
        if record.state is IssueState.READY:
            content = IssueContent.from_json(record.content or {})
            report.queued, report.nothing_for = publisher.start(number, content, self.now())
            editorial.write_archive(labels)
        elif retry_failed and record.state in (IssueState.PUBLISHING, IssueState.PUBLISHED):
            self._ledger.retry_failed(number, self.now())  # failed = never accepted
        else:
            self.bulletin_publishable(number, retry_failed)
        content = editorial.content(number, config)
        with self._smtp() as sender:
            publisher.deliver(number, content, labels, sender, self._clock, report, progress)
        if record.state is IssueState.PUBLISHED:
            report.state = IssueState.PUBLISHED
        else:
            report.state = publisher.finish_if_done(number, self.now())
            if report.state is IssueState.PUBLISHED:
                editorial.write_archive(labels)
        report.seconds = time.perf_counter() - began
        return report

    def bulletin_publishable(self, number: int, retry_failed: bool = False) -> IssueRecord:
        """The issue's record when ``bulletin_publish`` can act on it (before asking anyone
        to confirm); BulletinError saying why not otherwise."""
        record = self._editorial().record(number)
        if record.state in (IssueState.DRAFT, IssueState.READY, IssueState.PUBLISHING):
            return record
        if retry_failed and record.state is IssueState.PUBLISHED:
            return record
        raise BulletinError(
            f"le numéro {number} est déjà {ISSUE_STATE_FR[record.state]}"
            + (
                " (--retry-failed renvoie aux adresses en échec)"
                if record.state is IssueState.PUBLISHED
                else ""
            )
        )

    def bulletin_schedule(self, number: int, when: datetime | None) -> None:
        """Publish ``number`` at ``when`` (the scheduler's send job does it); None unschedules.
        A draft is made ready first, so what was previewed is what goes; a date already past
        is refused."""
        if when is not None and when <= self.now():
            raise BulletinError(
                f"date d'envoi passée ({when:%d/%m/%Y %H:%M}) : donnez une date à venir, ou "
                f"publiez tout de suite (veille bulletin publish {number})"
            )
        record = self._editorial().record(number)
        if record.state is IssueState.DRAFT and when is not None:
            self.bulletin_ready(number)
        elif record.state is not IssueState.READY:
            raise BulletinError(
                f"le numéro {number} est {ISSUE_STATE_FR[record.state]} : "
                "seul un numéro prêt se programme"
            )
        self._service.set_send_at(number, when)

    def bulletin_deliveries(
        self, number: int, statuses: list[DeliveryStatus] | None = None
    ) -> Deliveries:
        """The issue's ledger: counts per status, and the rows (of ``statuses``)."""
        self.ensure_schema()
        self._issues.get(number)
        return Deliveries(self._ledger.counts(number), self._ledger.rows(number, statuses))

    def bulletin_resolve(self, number: int, emails: list[str], delivered: bool) -> int:
        """Settle messages of unknown fate: delivered (→ sent) or to send again (→ pending)."""
        self.ensure_schema()
        unknown = {
            d.email: d.subscriber_id for d in self._ledger.rows(number, [DeliveryStatus.SENDING])
        }
        missing = [e for e in emails if e not in unknown]
        if missing:
            raise BulletinError("sans envoi au sort inconnu dans ce numéro : " + ", ".join(missing))
        target = DeliveryStatus.SENT if delivered else DeliveryStatus.PENDING
        return self._ledger.resolve(number, [unknown[e] for e in emails], target, self.now())

    def bulletin_archive(self) -> Path:
        """Write the web archive again (index, one page per published issue and its PDF
        edition, Atom feed)."""
        return self._editorial().write_archive(self.sources().theme_labels(), force_pdf=True)

    # -- subscribers ----------------------------------------------------------------------------
    def subscribers_add(
        self, email: str, themes: list[str], source: str, send: bool = True
    ) -> Subscription:
        """A pending subscription and its confirmation mail (double opt-in)."""
        self.ensure_schema()
        subscriptions = self._subscriptions()
        try:
            subscriber, due = subscriptions.subscribe(
                email, themes, self.theme_ids(), source, self.now()
            )
        except ValueError as exc:
            raise BulletinError(str(exc)) from exc
        if due and send:
            with self._smtp() as sender:
                subscriptions.send_confirmation(
                    sender, subscriber, self.sources().theme_labels(), self.now()
                )
        return Subscription(subscriber, due)

    def subscribers_confirm(self, token: str) -> Subscriber:
        """Confirm a subscription from its signed link (double opt-in)."""
        self.ensure_schema()
        return self._subscriptions().confirm(token, self.now())

    def subscribers_unsubscribe(self, token: str, how: str) -> Subscriber:
        """Unsubscribe a reader from their signed link; ``how`` is recorded."""
        self.ensure_schema()
        return self._subscriptions().unsubscribe(token, self.now(), how)

    def subscribers_reader(self, purpose: str, token: str) -> Subscriber:
        """The reader a signed link of ``purpose`` names (LinkError if forged or expired)."""
        self.ensure_schema()
        return self._subscriptions().reader(purpose, token)

    def subscribers_link(
        self, purpose: str, subscriber_id: int, issued_at: datetime | None = None
    ) -> str:
        """A reader's signed link: ``confirm``, ``unsubscribe`` or ``preferences``."""
        if purpose not in READER_LINKS:
            raise BulletinError(f"lien inconnu « {purpose} »")
        self.ensure_schema()
        reader = self._subscribers.get(subscriber_id)
        key = reader.confirm_key if purpose == "confirm" else reader.link_key
        if key is None:
            raise BulletinError(f"{reader.email} n'a pas de confirmation en attente")
        return self._publisher().link(purpose, subscriber_id, key, issued_at)

    def subscribers_set_preferences(self, token: str, themes: list[str]) -> Subscriber:
        """Change a reader's themes from their signed preferences link."""
        self.ensure_schema()
        try:
            return self._subscriptions().set_preferences(
                token, themes, self.theme_ids(), self.now()
            )
        except ValueError as exc:
            raise BulletinError(str(exc)) from exc

    def subscribers_import(
        self, path: str, source: str, send_confirmations: bool = False
    ) -> ImportReport:
        """Readers from a CSV file; bad lines are reported by number, the rest imported."""
        self.ensure_schema()
        text, note = decode_csv(Path(path).read_bytes())
        subscriptions = self._subscriptions()
        report = subscriptions.import_csv(text, self.theme_ids(), source, self.now())
        if note:
            report.notes.append(note)
        if send_confirmations and report.to_confirm:
            labels = self.sources().theme_labels()
            with self._smtp() as sender:
                for sid in report.to_confirm:
                    reader = self._subscribers.get(sid)
                    try:
                        subscriptions.send_confirmation(sender, reader, labels, self.now())
                    except DeliveryError as exc:
                        if exc.temporary:
                            raise  # the server is away: the next import sends again
                        report.unsent.append((reader.email, str(exc)))  # the others go on
        return report

    def subscribers_export(self) -> str:
        """Every reader as CSV (the format ``subscribers_import`` reads)."""
        self.ensure_schema()
        return self._subscriptions().export_csv()

    def subscribers_erase(self, email: str) -> bool:
        """Remove a reader and their ledger rows (right to erasure)."""
        self.ensure_schema()
        return self._subscriptions().erase(email)

    def subscribers_list(self, status: SubscriberStatus | None = None) -> list[Subscriber]:
        """Readers, all or of one status."""
        self.ensure_schema()
        return self._subscribers.all(status)


def period_after(records: list[IssueRecord], today: date) -> tuple[date, date]:
    """The next issue's period after these issues (cancelled ones do not count)."""
    return next_period(
        [r.period_end for r in records if r.state is not IssueState.CANCELLED], today
    )
