"""The sources part of the facade: sources.yaml and its health, OPML, organisations, a
partner's own feeds, page extraction, and collection."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from urllib.parse import urljoin

from veille.app.core import Core, worker_name
from veille.app.records import Extraction, FeedCandidate, NewSource, OpmlImport
from veille.collect.collector import Collector
from veille.collect.extract import extract_article, find_article_links
from veille.collect.fetch import PAGE_ACCEPT, Fetcher
from veille.collect.netguard import check_url_host
from veille.collect.parse import COMMON_FEED_PATHS, feed_links, parse_feed
from veille.collect.rules import select_sources
from veille.curation.rules import Role, User
from veille.errors import (
    AccessError,
    ConfigError,
    ConfigIssue,
    FetchError,
    NotFoundError,
    NotFoundKind,
    ParseError,
)
from veille.sources import edit
from veille.sources.load import parse_interval
from veille.sources.opml import OpmlFeed, parse_opml, render_opml
from veille.types import (
    ANNOUNCES,
    CollectReport,
    FetchResult,
    OutcomeStatus,
    SourceHealth,
    SourceOutcome,
    SourceState,
)
from veille.urls import is_valid_http_url


class SourcesFacade(Core):
    # -- sources.yaml ------------------------------------------------------------------------
    def sources_health(self) -> list[SourceHealth]:
        """Every source's health, read only: sources.yaml tells what is declared, the
        database what happened (a source not collected yet shows an empty record; a source
        removed from the file, its history, marked as no longer declared)."""
        config = self.sources()
        self.ensure_schema()
        stored = {h.id: h for h in self._store.health()}
        rows = []
        for s in config.sources:
            h = stored.pop(s.id, None)
            rows.append(
                SourceHealth(
                    id=s.id,
                    name=s.name,
                    kind=s.kind.value,
                    url=h.url if h else s.url,
                    partner_id=s.partner,
                    themes=list(s.themes),
                    enabled=s.enabled,
                    declared=True,
                    state=h.state if h else SourceState(s.id, s.url),
                    items=h.items if h else 0,
                    announces=s.announces,
                )
            )
        rows += [replace(h, declared=False) for h in stored.values()]
        return sorted(rows, key=lambda h: h.id)

    def sources_export_opml(self) -> str:
        """The feed sources as OPML 2.0, grouped by theme."""
        return render_opml(self.sources())

    def sources_import_opml(
        self,
        opml_file: str | Path,
        partner: str,
        language: str | None = None,
        interval: str = "6h",
        dry_run: bool = False,
    ) -> OpmlImport:
        """Append the OPML's feeds to sources.yaml for ``partner``; validated before writing.
        Feeds whose host is an internal address are left out with a note (unless
        ``allow_internal``), as the web form refuses them."""
        feeds = parse_opml(Path(opml_file).read_bytes(), str(opml_file))
        added, notes = edit.append_feeds(
            Path(self.settings.sources_file),
            self.sources(),
            feeds,
            partner,
            language,
            interval,
            dry_run,
            check_host=None if self.settings.allow_internal else check_url_host,
        )
        return OpmlImport(added, notes)

    def partners_add(self, ident: str, name: str, url: str | None = None) -> None:
        """Add an organisation to the ``partners:`` list of sources.yaml (validated first)."""
        edit.add_partner(Path(self.settings.sources_file), self.sources(), ident, name, url)

    def sources_add(self, user: User, new: NewSource) -> OpmlImport:
        """A partner adds a feed for their organisation (an admin, for any): validated like
        the file, and refused when its host is an internal address."""
        owner, url, language, name = self.sources_validate(user, new)
        feed = OpmlFeed(name, url, None, tuple(new.themes), None)
        added, notes = edit.append_feeds(
            Path(self.settings.sources_file),
            self.sources(),
            [feed],
            owner,
            language,
            new.interval,
            announces=new.announces,
        )
        self.sources_sync()
        return OpmlImport(added, notes)

    def sources_validate(self, user: User, new: NewSource) -> tuple[str, str, str | None, str]:
        """Check a new source's fields as sources.yaml would, before anything is fetched or
        written: the owner, URL, language and name to use; ConfigError or AccessError."""
        user.require("manage_sources")
        owner = new.partner if user.role is Role.ADMIN and new.partner else user.partner_id
        if owner is None or not user.owns(owner):
            raise AccessError("une source appartient à votre organisation")
        url = new.url.strip()
        if not is_valid_http_url(url):
            raise ConfigError([ConfigIssue("formulaire", None, f"URL invalide : « {url[:200]} »")])
        language = edit.check_language(new.language or None)
        unknown = sorted(set(new.themes) - set(self.theme_ids()))
        if unknown:
            raise ConfigError(
                [ConfigIssue("formulaire", None, f"thème(s) inconnu(s) : {', '.join(unknown)}")]
            )
        try:
            parse_interval(new.interval)
        except ValueError as exc:
            raise ConfigError([ConfigIssue("formulaire", None, str(exc))]) from exc
        name = edit.clean_name(new.name or url)
        if new.announces not in (None, *ANNOUNCES):
            raise ConfigError(
                [
                    ConfigIssue(
                        "formulaire", None, f"ce que publie la source : « {new.announces} » ?"
                    )
                ]
            )
        if not self.settings.allow_internal:
            check_url_host(url)
        return owner, url, language, name

    def sources_pause(self, user: User, source_id: str, paused: bool) -> None:
        """Pause (or resume) a source of one's own organisation; collection skips it."""
        user.require("manage_sources")
        config = self.sources_sync()
        try:
            source = config.source(source_id)
        except KeyError:
            raise NotFoundError(NotFoundKind.SOURCE, source_id) from None
        if not user.owns(source.partner):
            raise AccessError("cette source appartient à une autre organisation")
        state = self._store.source_states([source_id])[source_id]
        reason = f"mis en pause par {user.name} le {self.now():%d/%m/%Y}" if paused else None
        self._store.save_state(replace(state, disabled_reason=reason))

    # -- collection ----------------------------------------------------------------------------
    def extract(self, target: str) -> Extraction:
        """What a page source would yield from a file or URL: the article and the links."""
        path = Path(target)
        if path.exists():
            html, url = path.read_bytes(), path.resolve().as_uri()
        else:
            if not is_valid_http_url(target):
                raise ConfigError([ConfigIssue(target, None, "ni fichier existant ni URL http(s)")])
            result = asyncio.run(self._fetch_once(target))
            html, url = result.content, result.url
        links = find_article_links(html, url) if url.startswith("http") else []
        return Extraction(extract_article(html, url), links)

    def sources_discover(self, url: str) -> list[FeedCandidate]:
        """The feeds behind an address: the address itself when it is a feed; else the
        feeds its page announces (``<link rel="alternate">``), else those found at the
        usual paths (/feed, /rss.xml…). Fetched like any source (address guard, limits);
        an empty list when there is none."""
        url = url.strip()
        if not is_valid_http_url(url):
            raise ConfigError([ConfigIssue("formulaire", None, f"URL invalide : « {url[:200]} »")])
        if not self.settings.allow_internal:
            check_url_host(url)
        return asyncio.run(self._discover(url))

    async def _discover(self, url: str) -> list[FeedCandidate]:
        async with Fetcher(self.settings, self._transport) as fetcher:

            async def feed_at(
                link: str, label: str
            ) -> tuple[FeedCandidate | None, FetchResult | None]:
                try:
                    got = await fetcher.fetch(link)
                    kind = got.headers.get("content-type", "")
                    parsed = parse_feed(got.content, got.url, kind)
                except (FetchError, ParseError):  # one bad candidate never stops the search
                    return None, None
                latest = parsed.items[0].title if parsed.items else ""
                name = label or " ".join((parsed.title or "").split())
                return FeedCandidate(got.url, name, len(parsed.items), latest or ""), got

            page = await fetcher.fetch(url, accept=PAGE_ACCEPT)
            try:
                parsed = parse_feed(page.content, page.url, page.headers.get("content-type", ""))
                latest = parsed.items[0].title if parsed.items else ""
                name = " ".join((parsed.title or "").split())
                return [FeedCandidate(page.url, name, len(parsed.items), latest or "")]
            except ParseError:
                pass
            announced = [(urljoin(page.url, h), t) for h, t in feed_links(page.content)]
            tried = announced or [(urljoin(page.url, p), "") for p in COMMON_FEED_PATHS]
            found: list[FeedCandidate] = []
            for link, label in tried[:10]:
                if not is_valid_http_url(link) or any(c.url == link for c in found):
                    continue
                candidate, _ = await feed_at(link, label)
                if candidate is not None and all(c.url != candidate.url for c in found):
                    found.append(candidate)
                if found and not announced:
                    break  # the usual paths: the first that answers is the site's feed
            return found

    async def _fetch_once(self, url: str) -> FetchResult:
        async with Fetcher(self.settings, self._transport) as fetcher:
            return await fetcher.fetch(url, accept=PAGE_ACCEPT)

    def collect(
        self,
        source_ids: list[str] | None = None,
        due_only: bool = False,
        on_start: Callable[[int], None] | None = None,
        on_result: Callable[[SourceOutcome], None] | None = None,
        claim: bool = True,
    ) -> CollectReport:
        """Fetch the given sources (all enabled ones by default, or only those due) and
        store what is new; one broken source never stops the others. Without ``source_ids``
        the run claims its sources like a worker: a source another process is collecting
        right now is left to it (reported as skipped). Naming sources overrides claims."""
        config = self.sources_sync()
        known = {s.id for s in config.sources}
        unknown = [i for i in source_ids or [] if i not in known]
        if unknown:
            raise ConfigError(
                [ConfigIssue(config.path, None, f"source inconnue : {', '.join(unknown)}")]
            )
        states = self._store.source_states()
        now = self.now()
        chosen = select_sources(
            config.sources, states, now, set(source_ids) if source_ids else None, due_only
        )
        held: list[str] = []
        claiming = claim and source_ids is None
        worker = worker_name()
        if claiming:
            lease = timedelta(seconds=self.settings.worker_lease)
            mine = set(self._service.claim_these(worker, [s.id for s in chosen], now, lease))
            held = [s.id for s in chosen if s.id not in mine]
            chosen = [s for s in chosen if s.id in mine]
        if on_start is not None:
            on_start(len(chosen))
        collector = Collector(
            self._store,
            self.settings,
            transport=self._transport,
            clock=self._clock,
            catalogues=self._vulns,
        )
        try:
            report = collector.run(chosen, on_result)
        finally:
            if claiming:
                self._service.release(worker, [s.id for s in chosen])
        report.outcomes += [
            SourceOutcome(
                i, OutcomeStatus.SKIPPED, warning="collectée au même moment par un autre processus"
            )
            for i in held
        ]
        return report
