"""Run a collection: fetch due sources concurrently, parse, normalise and store.

The decisions (which sources, when next, what changed) are pure functions in
``schedule_rules``, ``normalize`` and ``store``'s upsert; this module wires the
stages together. One broken source never stops the run: each ends with a
``SourceOutcome``, and each source's items and health land in one transaction.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import random
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Protocol, TypeVar

import httpx

from veille.clock import utcnow
from veille.collect.catalogues import read_catalogue
from veille.collect.extract import find_article_links
from veille.collect.fetch import PAGE_ACCEPT, Fetcher
from veille.collect.normalize import normalize_items
from veille.collect.process import article_to_raw, process_article, process_feed
from veille.collect.rules import after_failure, after_success
from veille.errors import ErrorKind, ExtractError, ParseError, SourceError, StorageError
from veille.settings import Settings
from veille.storage.sources import Store
from veille.types import (
    CatalogueRows,
    CollectReport,
    FetchResult,
    Item,
    OutcomeStatus,
    RawItem,
    Source,
    SourceKind,
    SourceOutcome,
    SourceState,
)
from veille.urls import canonical_url

log = logging.getLogger("veille.collect")
T = TypeVar("T")
WRITE_BATCH = 200  # sources stored in one transaction at most
WRITE_WINDOW = 0.25  # seconds a transaction waits for more results before committing
AUTO_PROCESSES_FROM = 200  # sources in one run before parsing moves to worker processes


PRELOAD = ["veille.collect.process"]
"""Modules the fork server imports first (a wrong name is silently ignored by Python, and
parsing then starts slowly: tests/test_collect.py imports each)."""


def _process_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes forked from a server that has already imported the parsing stack,
    so each worker starts in milliseconds and no worker inherits this process's threads."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    return ProcessPoolExecutor(workers, mp_context=context)


@dataclass(slots=True)
class _Checked:
    state: SourceState
    items: list[Item]
    outcome: SourceOutcome
    now: datetime  # when the check started: first-seen time of its new items
    catalogue: CatalogueRows | None = None  # a vulnerability catalogue's rows


class CatalogueSink(Protocol):
    """Where a vulnerability catalogue's rows go (the storage's VulnStore)."""

    def record_catalogue(
        self, kind: SourceKind, rows: CatalogueRows, now: datetime, alert_percentile: float
    ) -> Any: ...


class Collector:
    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], datetime] = utcnow,
        rng: random.Random | None = None,
        catalogues: CatalogueSink | None = None,
    ) -> None:
        self.store = store
        self.catalogues = catalogues
        self.settings = settings
        self.transport = transport
        self.clock = clock
        self.rng = rng or random.Random()
        self._pool: Executor | None = None
        self._pool_size = 0

    # -- public ----------------------------------------------------------------------------
    def run(
        self, sources: list[Source], on_result: Callable[[SourceOutcome], None] | None = None
    ) -> CollectReport:
        return asyncio.run(self.run_async(sources, on_result))

    async def run_async(
        self, sources: list[Source], on_result: Callable[[SourceOutcome], None] | None = None
    ) -> CollectReport:
        started = time.perf_counter()
        states = await asyncio.to_thread(self.store.source_states, [s.id for s in sources])
        report = CollectReport()
        queue: asyncio.Queue[_Checked | None] = asyncio.Queue()
        writer = asyncio.create_task(self._writer(queue, report, on_result))
        self._pool_size = self._pool_workers(len(sources))
        try:
            async with Fetcher(self.settings, self.transport) as fetcher:
                await asyncio.gather(
                    *(self._one(fetcher, s, states.get(s.id), queue) for s in sources)
                )
        finally:
            await queue.put(None)
            await writer
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None
        order = {s.id: i for i, s in enumerate(sources)}
        report.outcomes.sort(key=lambda o: order.get(o.source_id, 0))
        report.seconds = time.perf_counter() - started
        return report

    # -- one source ------------------------------------------------------------------------
    async def _one(
        self,
        fetcher: Fetcher,
        source: Source,
        state: SourceState | None,
        queue: asyncio.Queue[_Checked | None],
    ) -> None:
        started = time.perf_counter()
        state = state or SourceState(source_id=source.id, url=source.url)
        now = self.clock()
        try:
            checked = await self._check(fetcher, source, state, now)
        except SourceError as exc:
            checked = self._failed(source, state, exc, now)
        except Exception as exc:  # a bug must not stop the other sources
            log.exception("unexpected error on source %s", source.id)
            checked = self._failed(
                source,
                state,
                SourceError(
                    f"erreur interne : {type(exc).__name__}: {exc}", kind=ErrorKind.INTERNAL
                ),
                now,
            )
        checked.outcome.seconds = time.perf_counter() - started
        await queue.put(checked)

    async def _writer(
        self,
        queue: asyncio.Queue[_Checked | None],
        report: CollectReport,
        on_result: Callable[[SourceOutcome], None] | None,
    ) -> None:
        """Store results as they come, several sources per transaction when they queue up."""
        loop = asyncio.get_running_loop()
        finished = False
        while not finished:
            batch: list[_Checked] = []
            entry = await queue.get()
            deadline = loop.time() + WRITE_WINDOW
            while entry is not None:
                batch.append(entry)
                remaining = deadline - loop.time()
                if len(batch) >= WRITE_BATCH or remaining <= 0:
                    break
                try:  # gather more results for this transaction, briefly
                    entry = await asyncio.wait_for(queue.get(), remaining)
                except TimeoutError:
                    break
            finished = entry is None
            if not batch:
                continue
            for checked in batch:
                if checked.catalogue is not None:
                    await asyncio.to_thread(self._store_catalogue, checked)
            results = await asyncio.to_thread(
                self.store.record_many, [(c.state, c.items, c.now) for c in batch]
            )
            for checked, result in zip(batch, results, strict=True):
                outcome = checked.outcome
                if isinstance(result, StorageError):
                    log.error(
                        "source=%s storage error: %s",
                        outcome.source_id,
                        result,
                        extra={"source": outcome.source_id},
                    )
                    outcome.status, outcome.error_kind, outcome.error_message = (
                        OutcomeStatus.ERROR,
                        result.kind,
                        result.message,
                    )
                else:
                    outcome.new, outcome.updated = result.new, result.updated
                    outcome.unchanged += result.unchanged
                report.outcomes.append(outcome)
                self._log(outcome)
                if on_result is not None:
                    on_result(outcome)

    def _store_catalogue(self, checked: _Checked) -> None:
        """A catalogue's facts, in a transaction of their own before the source's state: a
        failure is the source's error and the facts stored before stay."""
        outcome, rows = checked.outcome, checked.catalogue
        if self.catalogues is None or rows is None:
            return
        try:
            stored = self.catalogues.record_catalogue(
                SourceKind(outcome.kind), rows, checked.now, self.settings.flash_percentile
            )
        except StorageError as exc:
            outcome.status, outcome.error_kind, outcome.error_message = (
                OutcomeStatus.ERROR,
                exc.kind,
                exc.message,
            )
            return
        outcome.catalogue = (
            f"{len(rows)} ligne(s) lue(s), {stored.new} CVE nouvelle(s), "
            f"{stored.events} événement(s) pour les alertes"
        )

    def _failed(
        self, source: Source, state: SourceState, error: SourceError, now: datetime
    ) -> _Checked:
        new_state = after_failure(state, source, error, now, self.settings.backoff_cap, self.rng)
        return _Checked(
            new_state,
            [],
            SourceOutcome(
                source.id,
                OutcomeStatus.ERROR,
                error_kind=error.kind,
                error_message=error.message,
                themes=source.themes,
            ),
            now,
        )

    async def _check(
        self, fetcher: Fetcher, source: Source, state: SourceState, now: datetime
    ) -> _Checked:
        accept = PAGE_ACCEPT if source.kind is SourceKind.PAGE else None
        kwargs: dict[str, Any] = {"accept": accept} if accept else {}
        result = await fetcher.fetch(state.url, state.etag, state.last_modified, **kwargs)
        new_state = after_success(state, source, result, now, self.rng)
        if result.not_modified:
            return _Checked(
                new_state,
                [],
                SourceOutcome(source.id, OutcomeStatus.NOT_MODIFIED, themes=source.themes),
                now,
            )
        if source.kind.is_catalogue:
            rows = await self._cpu(read_catalogue, source.kind, result.content)
            if isinstance(rows, ParseError):
                raise rows
            outcome = SourceOutcome(source.id, OutcomeStatus.OK, themes=source.themes)
            outcome.kind = source.kind.value
            return _Checked(new_state, [], outcome, now, rows)
        if source.kind is SourceKind.PAGE:
            items, unchanged, warning = await self._page_items(fetcher, source, result, now)
        else:
            processed = await self._cpu(
                process_feed, source, result.content, result.url, result.content_type, now
            )
            if processed.error is not None:
                raise processed.error
            items, warning = list(processed.items), processed.warning
            unchanged = 0
            if source.full_text:
                items, warning = await self._full_text(fetcher, source, items, warning, now)
        dated = [i.published_at for i in items if i.date_from_source]
        if dated:  # how often the source really publishes sets the next check
            new_state = after_success(state, source, result, now, self.rng, dated)
        return _Checked(
            new_state,
            items,
            SourceOutcome(
                source.id,
                OutcomeStatus.OK,
                unchanged=unchanged,
                warning=warning,
                themes=source.themes,
            ),
            now,
        )

    # -- pages and full text ---------------------------------------------------------------
    async def _page_items(
        self, fetcher: Fetcher, source: Source, listing: FetchResult, now: datetime
    ) -> tuple[list[Item], int, str | None]:
        try:
            links = find_article_links(
                listing.content,
                listing.url,
                source.selector,
                limit=max(source.max_articles * 3, 50),
            )
        except ExtractError as exc:
            raise SourceError(f"page illisible : {exc}", kind=ErrorKind.PARSE) from exc
        if not links:
            raise SourceError(
                "aucun lien d'article trouvé sur la page"
                + (" avec ce sélecteur" if source.selector else ""),
                kind=ErrorKind.NO_LINKS,
            )
        known = await asyncio.to_thread(self.store.known_urls, source.id)
        fresh = [u for u in links if canonical_url(u) not in known]
        limit = min(source.max_articles, self.settings.page_fetch_limit)
        articles = await asyncio.gather(*(self._article(fetcher, u) for u in fresh[:limit]))
        raws = [a for a in articles if isinstance(a, RawItem)]
        failures = [a for a in articles if isinstance(a, str)]
        result = normalize_items(source, raws, listing.url, now)
        warning = None
        if failures:
            warning = f"{len(failures)} article(s) non extrait(s) : {failures[0]}"
            if not raws:
                raise SourceError(f"aucun article extrait ({failures[0]})", kind=ErrorKind.EXTRACT)
        return list(result.items), len(links) - len(fresh), warning

    async def _article(
        self, fetcher: Fetcher, url: str, fallback_title: str | None = None
    ) -> RawItem | str:
        try:
            page = await fetcher.fetch(url, accept=PAGE_ACCEPT)
            article = await self._cpu(process_article, page.content, page.url)
        except (SourceError, ExtractError) as exc:
            return f"{url} : {exc}"
        return article_to_raw(article, fallback_title)

    async def _full_text(
        self,
        fetcher: Fetcher,
        source: Source,
        items: list[Item],
        warning: str | None,
        now: datetime,
    ) -> tuple[list[Item], str | None]:
        known = await asyncio.to_thread(self.store.known_keys, source.id)
        todo = [i for i in items if i.key not in known and i.url][: self.settings.page_fetch_limit]
        fetched = await asyncio.gather(
            *(self._article(fetcher, i.url or "", i.title) for i in todo)
        )
        enriched: dict[str, Item] = {}
        failed = 0
        for item, raw in zip(todo, fetched, strict=True):
            if isinstance(raw, str):
                failed += 1
                continue
            enriched[item.key] = replace(item, content_text=raw.content_text[:200_000])
        if failed:
            note = f"texte intégral indisponible pour {failed} article(s)"
            warning = f"{warning}; {note}" if warning else note
        return [enriched.get(i.key, i) for i in items], warning

    # -- helpers ---------------------------------------------------------------------------
    def _pool_workers(self, n_sources: int) -> int:
        workers = self.settings.parse_processes
        if workers < 0:
            workers = min(2, os.cpu_count() or 1) if n_sources >= AUTO_PROCESSES_FROM else 0
        return workers

    async def _cpu(self, fn: Callable[..., T], *args: Any) -> T:
        """Run CPU-bound work; in worker processes (started on first need) for large runs."""
        if self._pool_size == 0:
            return fn(*args)
        if self._pool is None:
            self._pool = _process_pool(self._pool_size)
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)

    @staticmethod
    def _log(o: SourceOutcome) -> None:
        if o.status is OutcomeStatus.ERROR:
            log.warning(
                "source=%s status=error kind=%s message=%s",
                o.source_id,
                o.error_kind,
                o.error_message,
                extra={"source": o.source_id},
            )
        else:
            log.info(
                "source=%s status=%s new=%d updated=%d unchanged=%d%s",
                o.source_id,
                o.status.value,
                o.new,
                o.updated,
                o.unchanged,
                f" warning={o.warning}" if o.warning else "",
                extra={"source": o.source_id},
            )
