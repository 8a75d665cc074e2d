"""The storage under a facade, for tests and benchmarks that set up rows directly (items of
made-up sources, readers, ledger states) or inspect them. The CLI and the web app never use
this: they go through the facade."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from veille.storage.bulletins import IssueStore
from veille.storage.curation import CurationStore, UserStore
from veille.storage.flashes import FlashStore
from veille.storage.service import ServiceStore
from veille.storage.sources import Store
from veille.storage.subscribers import Ledger, SubscriberStore
from veille.storage.themes import ThemeStore
from veille.storage.vulns import VulnStore


@dataclass(frozen=True, slots=True)
class Stores:
    store: Store
    themes: ThemeStore
    issues: IssueStore
    subscribers: SubscriberStore
    ledger: Ledger
    users: UserStore
    curation: CurationStore
    service: ServiceStore
    vulns: VulnStore
    flashes: FlashStore


def stores(app_or_engine: object) -> Stores:
    """Every store over the facade's database (or over an engine)."""
    engine = app_or_engine if isinstance(app_or_engine, Engine) else app_or_engine.engine  # type: ignore[attr-defined]
    return Stores(
        Store(engine),
        ThemeStore(engine),
        IssueStore(engine),
        SubscriberStore(engine),
        Ledger(engine),
        UserStore(engine),
        CurationStore(engine),
        ServiceStore(engine),
        VulnStore(engine),
        FlashStore(engine),
    )
