"""The application facade: builds adapters once; the CLI, the web app and the scheduler
call it and nothing below it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import httpx

from veille.analyse import service as analyse
from veille.analyse.classify import Doc, ThemeClassifier
from veille.app.bulletin import BulletinFacade
from veille.app.curation import CurationFacade
from veille.app.service import ServiceFacade
from veille.clock import utcnow
from veille.collect.collector import Collector
from veille.collect.extract import extract_article, find_article_links
from veille.collect.fetch import PAGE_ACCEPT, Fetcher
from veille.collect.netguard import check_url_host
from veille.collect.rules import select_sources
from veille.curation.accounts import Role, User
from veille.errors import AccessError, ConfigError, ConfigIssue, StorageError
from veille.settings import Settings, load_settings
from veille.sources.load import load_sources, parse_interval
from veille.sources.opml import OpmlFeed, parse_opml, render_opml, yaml_entries
from veille.storage import db
from veille.storage.bulletins import IssueStore
from veille.storage.curation import CurationStore, UserStore
from veille.storage.service import ServiceStore
from veille.storage.sources import SourceHealth, Store
from veille.storage.subscribers import Ledger, SubscriberStore
from veille.storage.themes import StoryMember, ThemeStore
from veille.types import Article, CollectReport, FetchResult, SourceOutcome, SourcesConfig
from veille.urls import is_valid_http_url

log = logging.getLogger("veille")


@dataclass(frozen=True, slots=True)
class OpmlImport:
    added: list[str]
    notes: list[str]


class Veille(BulletinFacade, CurationFacade, ServiceFacade):
    def __init__(self, settings: Settings, transport: httpx.AsyncBaseTransport | None = None):
        self.settings = settings
        self.transport = transport
        self.engine = db.make_engine(settings.database_url)
        self.store = Store(self.engine)
        self.themes = ThemeStore(self.engine)
        self.issues = IssueStore(self.engine)
        self.subscribers = SubscriberStore(self.engine)
        self.ledger = Ledger(self.engine)
        self.users = UserStore(self.engine)
        self.curation = CurationStore(self.engine)
        self.service = ServiceStore(self.engine)
        self._schema_checked = False
        self._classifier: ThemeClassifier | None = None
        self._tokens = None

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
        feeds = parse_opml(Path(opml_file).read_bytes(), str(opml_file))
        return self._append_feeds(feeds, partner, language, interval, dry_run)

    def _append_feeds(self, feeds: list[OpmlFeed], partner: str, language: str | None,
                      interval: str, dry_run: bool = False) -> OpmlImport:
        path = Path(self.settings.sources_file)
        config = self.sources()
        if partner not in {p.id for p in config.partners}:
            raise ConfigError([ConfigIssue(str(path), None, f"partenaire inconnu « {partner} »")])
        block, added, notes = yaml_entries(feeds, config, partner, language, interval)
        if not added or dry_run:
            return OpmlImport(added, notes)
        text = path.read_text(encoding="utf-8")
        if not _sources_is_last_key(text):
            raise ConfigError([ConfigIssue(str(path), None, "la clé « sources: » doit être la "
                                           "dernière du fichier pour y ajouter des sources")])
        _write_sources(path, text.rstrip("\n") + "\n" + block)
        return OpmlImport(added, notes)

    def add_partner(self, ident: str, name: str, url: str | None = None) -> None:
        """Add an organisation to the ``partners:`` list of sources.yaml (validated first)."""
        path = Path(self.settings.sources_file)
        config = self.sources()
        if ident in {p.id for p in config.partners}:
            raise ConfigError([ConfigIssue(str(path), None, f"partenaire « {ident} » déjà "
                                           "déclaré")])
        lines = path.read_text(encoding="utf-8").splitlines()
        start = next((i for i, line in enumerate(lines) if line.startswith("partners:")), None)
        if start is None:
            raise ConfigError([ConfigIssue(str(path), None, "clé « partners: » introuvable")])
        end = next((i for i in range(start + 1, len(lines))
                    if lines[i] and not lines[i][0].isspace() and not lines[i].startswith("#")),
                   len(lines))
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1  # keep the blank lines that separate the blocks
        entry = [f"  - id: {ident}", f"    name: {_yaml_text(name)}"]
        if url:
            entry.append(f"    url: {_yaml_text(url)}")
        _write_sources(path, "\n".join([*lines[:end], *entry, *lines[end:]]) + "\n")

    def add_source(self, user: User, name: str, url: str, themes: list[str],
                   language: str | None, interval: str, partner: str | None = None
                   ) -> OpmlImport:
        """A partner adds a feed for their organisation (an admin, for any): validated like
        the file, and refused when its host is an internal address."""
        user.require("manage_sources")
        owner = partner if user.role is Role.ADMIN and partner else user.partner_id
        if owner is None or not user.owns(owner):
            raise AccessError("une source appartient à votre organisation")
        url = url.strip()
        if not is_valid_http_url(url):
            raise ConfigError([ConfigIssue("formulaire", None, f"URL invalide : « {url} »")])
        if not self.settings.allow_internal:
            check_url_host(url)
        try:
            parse_interval(interval)
        except ValueError as exc:
            raise ConfigError([ConfigIssue("formulaire", None, str(exc))]) from None
        feed = OpmlFeed(" ".join(name.split()) or url, url, None, tuple(themes), None)
        result = self._append_feeds([feed], owner, language or None, interval)
        self.sync_sources()
        return result

    def pause_source(self, user: User, source_id: str, paused: bool) -> None:
        """Pause (or resume) a source of one's own organisation; collection skips it."""
        user.require("manage_sources")
        config = self.sync_sources()
        try:
            source = config.source(source_id)
        except KeyError:
            raise StorageError(f"source inconnue : {source_id}") from None
        if not user.owns(source.partner):
            raise AccessError("cette source appartient à une autre organisation")
        state = self.store.source_states([source_id])[source_id]
        reason = f"mis en pause par {user.name} le {utcnow():%d/%m/%Y}" if paused else None
        self.store.save_state(replace(state, disabled_reason=reason))

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

    def story_members(self, item_id: int) -> list[StoryMember]:
        """Every item of the story this item belongs to, the lead first."""
        self.ensure_schema()
        try:
            return self.themes.members(self.themes.story_of(item_id))
        except StorageError:  # not grouped yet
            return []

    def stories(self, limit: int = 10) -> list[list[StoryMember]]:
        self.ensure_schema()
        return self.themes.largest_stories(limit)


async def _fetch_once(settings: Settings, transport: httpx.AsyncBaseTransport | None,
                      url: str) -> FetchResult:
    async with Fetcher(settings, transport) as fetcher:
        return await fetcher.fetch(url, accept=PAGE_ACCEPT)


def _write_sources(path: Path, text: str) -> None:
    """Replace the sources file, whole, with ``text`` once it loads: never a broken file."""
    from veille.sources.load import parse_sources

    parse_sources(text, str(path))
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _yaml_text(text: str) -> str:
    return '"' + " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _sources_is_last_key(text: str) -> bool:
    top_keys = [line.split(":")[0] for line in text.splitlines()
                if line and not line[0].isspace() and not line.startswith(("#", "-"))]
    return bool(top_keys) and top_keys[-1] == "sources"
