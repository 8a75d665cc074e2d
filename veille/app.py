"""The application facade: builds adapters once; the CLI, the web app and the scheduler
call it and nothing below it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx

from . import analyse, db
from .bulletin import ISSUE_STATE_FR, DeliveryStatus, IssueContent, IssueState, SubscriberStatus
from .classify import Doc, ThemeClassifier
from .collect import Collector, utcnow
from .config import load_sources
from .deliver import SmtpConfig, SmtpSender, address_of
from .editorial import Editorial, Preview
from .errors import BulletinError, ConfigError, ConfigIssue, StorageError
from .extract import extract_article, find_article_links
from .fetch import PAGE_ACCEPT, Fetcher
from .opml import parse_opml, render_opml, yaml_entries
from .publish import MailSettings, Publisher, PublishReport
from .render import Identity, Renderer
from .schedule_rules import select_sources
from .settings import Settings, load_settings
from .store import SourceHealth, Store
from .store_bulletin import IssueRecord, IssueStore
from .store_subscribers import Delivery, Ledger, Subscriber, SubscriberStore
from .store_themes import StoryMember, ThemeStore
from .subscriptions import ImportReport, Subscriptions
from .tokens import Tokens, secret_key
from .types import Article, CollectReport, FetchResult, SourceOutcome, SourcesConfig
from .urls import is_valid_http_url

log = logging.getLogger("veille")


@dataclass(frozen=True, slots=True)
class OpmlImport:
    added: list[str]
    notes: list[str]


class Veille:
    def __init__(self, settings: Settings, transport: httpx.AsyncBaseTransport | None = None):
        self.settings = settings
        self.transport = transport
        self.engine = db.make_engine(settings.database_url)
        self.store = Store(self.engine)
        self.themes = ThemeStore(self.engine)
        self.issues = IssueStore(self.engine)
        self.subscribers = SubscriberStore(self.engine)
        self.ledger = Ledger(self.engine)
        self._schema_checked = False
        self._classifier: ThemeClassifier | None = None
        self._tokens: Tokens | None = None

    @classmethod
    def from_env(cls, config_file: str | None = None, **overrides: object) -> Veille:
        settings = load_settings(config_file=config_file)
        changes = {k: v for k, v in overrides.items() if v is not None}
        return cls(settings.with_overrides(**changes) if changes else settings)

    def close(self) -> None:
        self.engine.dispose()

    # -- database --------------------------------------------------------------------------
    def upgrade_db(self) -> tuple[str | None, str | None]:
        before = db.current_revision(self.engine)
        db.upgrade(self.engine)
        return before, db.current_revision(self.engine)

    def ensure_schema(self) -> None:
        if not self._schema_checked:
            if db.ensure_schema(self.engine):
                log.info("database created at revision %s", db.head_revision(self.engine))
            self._schema_checked = True

    # -- sources ---------------------------------------------------------------------------
    def sources(self) -> SourcesConfig:
        return load_sources(self.settings.sources_file)

    def sync_sources(self) -> SourcesConfig:
        config = self.sources()
        self.ensure_schema()
        self.store.sync_sources(config)
        return config

    def source_health(self) -> list[SourceHealth]:
        self.sync_sources()
        return self.store.health()

    def export_opml(self) -> str:
        return render_opml(self.sources())

    def import_opml(self, opml_file: str | Path, partner: str, language: str | None = None,
                    interval: str = "6h", dry_run: bool = False) -> OpmlImport:
        """Append the OPML's feeds to sources.yaml; the result is validated before writing."""
        path = Path(self.settings.sources_file)
        config = self.sources()
        if partner not in {p.id for p in config.partners}:
            raise ConfigError([ConfigIssue(str(path), None, f"partenaire inconnu « {partner} »")])
        feeds = parse_opml(Path(opml_file).read_bytes(), str(opml_file))
        block, added, notes = yaml_entries(feeds, config, partner, language, interval)
        if not added or dry_run:
            return OpmlImport(added, notes)
        text = path.read_text(encoding="utf-8")
        if not _sources_is_last_key(text):
            raise ConfigError([ConfigIssue(str(path), None, "la clé « sources: » doit être la "
                                           "dernière du fichier pour un import OPML")])
        new_text = text.rstrip("\n") + "\n" + block
        from .config import parse_sources

        parse_sources(new_text, str(path))  # never write a file that would not load
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(new_text, encoding="utf-8")
        tmp.replace(path)
        return OpmlImport(added, notes)

    def extract(self, target: str) -> tuple[Article, list[str]]:
        """What a page source would yield from a file or URL: the article and the links."""
        path = Path(target)
        if path.exists():
            html, url = path.read_bytes(), path.resolve().as_uri()
        else:
            if not is_valid_http_url(target):
                raise ConfigError([ConfigIssue(target, None, "ni fichier existant ni URL http(s)")])
            result = asyncio.run(_fetch_once(self.settings, self.transport, target))
            html, url = result.content, result.url
        links = find_article_links(html, url) if url.startswith("http") else []
        return extract_article(html, url), links

    # -- collection ------------------------------------------------------------------------
    def collect(self, source_ids: list[str] | None = None, due_only: bool = False,
                on_start: Callable[[int], None] | None = None,
                on_result: Callable[[SourceOutcome], None] | None = None) -> CollectReport:
        config = self.sync_sources()
        known = {s.id for s in config.sources}
        unknown = [i for i in source_ids or [] if i not in known]
        if unknown:
            raise ConfigError([ConfigIssue(config.path, None,
                                           f"source inconnue : {', '.join(unknown)}")])
        states = self.store.source_states()
        chosen = select_sources(config.sources, states, utcnow(),
                                set(source_ids) if source_ids else None, due_only)
        if on_start is not None:
            on_start(len(chosen))
        collector = Collector(self.store, self.settings, transport=self.transport)
        return collector.run(chosen, on_result)

    # -- themes and stories ----------------------------------------------------------------
    def classifier(self) -> ThemeClassifier:
        if self._classifier is None:
            self.ensure_schema()
            self._classifier = analyse.load_or_train(self.settings, self.sources(), self.themes,
                                                     utcnow())
        return self._classifier

    def train_classifier(self, folds: int = 5) -> analyse.TrainReport:
        self.ensure_schema()
        report = analyse.train(self.settings, self.sources(), self.themes, utcnow(), folds)
        self._classifier = report.model
        return report

    def classify(self, everything: bool = False) -> int:
        """Classify stored items (new ones, or all); people's labels are kept."""
        self.ensure_schema()
        return analyse.classify_stored(self.classifier(), self.themes,
                                       self.settings.classify_source_hint, everything)

    def dedup(self, everything: bool = False) -> analyse.DedupReport:
        """Place items in stories (new ones, or all again), respecting people's decisions."""
        self.ensure_schema()
        return analyse.dedup_stored(self.settings, self.themes, utcnow(), everything)

    def analyse_new(self) -> tuple[int, analyse.DedupReport]:
        """What follows each collection: classify, then group into stories."""
        return self.classify(), self.dedup()

    def predict_file(self, path: str) -> list[dict[str, object]]:
        rows = analyse.read_jsonl(path, {"title": str})
        return list(analyse.predict_rows(self.classifier(), rows))

    def evaluate_file(self, path: str) -> dict[str, object]:
        rows = analyse.read_jsonl(path, {"title": str, "labels": list})
        return analyse.evaluate_rows(self.classifier(), rows)

    def dedup_evaluate_file(self, path: str) -> dict[str, object]:
        rows = analyse.read_jsonl(path, {"a": str, "b": str, "duplicate": bool})
        return analyse.dedup_eval_rows(self.settings, rows)

    def label(self, item_id: int, themes: list[str], author: str) -> None:
        self.ensure_schema()
        self.themes.label(item_id, analyse.require_themes(themes, self.sources()), author,
                          utcnow())

    def explain(self, item_id: int) -> dict[str, object]:
        """Scores of an item and, for each theme, the terms that weighed most."""
        self.ensure_schema()
        rows = self.store.items_by_id([item_id])
        if not rows:
            raise StorageError(f"article {item_id} introuvable")
        row = rows[0]
        model = self.classifier()
        doc = Doc(str(row["title"]), str(row["summary_text"]), row["language"])  # type: ignore[arg-type]
        scores = model.scores([doc])[0]
        return {"id": item_id, "title": row["title"], "themes": row["themes"] or [],
                "scores": {t: round(p, 4) for t, p in scores.items()},
                "terms": {t: model.explain(doc, t) for t in model.themes}}

    def split_story(self, item_id: int, author: str) -> int:
        self.ensure_schema()
        return self.themes.split(item_id, author, utcnow())

    def merge_stories(self, item_id: int, into_item_id: int, author: str) -> int:
        self.ensure_schema()
        return self.themes.merge(item_id, into_item_id, author, utcnow())

    def stories(self, limit: int = 10) -> list[list[StoryMember]]:
        self.ensure_schema()
        return self.themes.largest_stories(limit)

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
        from .subscribers import normalise_email

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
        import time

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


async def _fetch_once(settings: Settings, transport: httpx.AsyncBaseTransport | None,
                      url: str) -> FetchResult:
    async with Fetcher(settings, transport) as fetcher:
        return await fetcher.fetch(url, accept=PAGE_ACCEPT)


def _sources_is_last_key(text: str) -> bool:
    top_keys = [line.split(":")[0] for line in text.splitlines()
                if line and not line[0].isspace() and not line.startswith(("#", "-"))]
    return bool(top_keys) and top_keys[-1] == "sources"
