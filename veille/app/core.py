"""The base of the facade: settings, the clock, the database and its stores (built once and
private), the sources file (read once per change), and the building blocks the other parts
share. The facade is a chain of classes, each adding one area on top of the one below it:

    Core → SourcesFacade → AnalysisFacade → CurationFacade → BulletinFacade → ServiceFacade
         → Veille

so that every part sees, typed, what it builds on, and nothing imports upwards."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

import httpx
from sqlalchemy import Engine

from veille.clock import Clock, utcnow
from veille.settings import Settings
from veille.storage import db
from veille.storage.bulletins import IssueStore
from veille.storage.curation import CurationStore, UserStore
from veille.storage.flashes import FlashStore
from veille.storage.service import ServiceStore
from veille.storage.sources import Store
from veille.storage.subscribers import Ledger, SubscriberStore
from veille.storage.themes import ThemeStore
from veille.storage.vulns import VulnStore
from veille.types import SourcesConfig

if TYPE_CHECKING:
    from veille.app.records import Migration

log = logging.getLogger("veille")
T = TypeVar("T")


class Core:
    """Settings, clock, database, stores and the sources file."""

    def __init__(
        self,
        settings: Settings,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock = utcnow,
    ) -> None:
        self.settings = settings
        self._transport = transport
        self._clock = clock
        self._engine = db.make_engine(settings.database_url)
        self._store = Store(self._engine)
        self._themes = ThemeStore(self._engine)
        self._issues = IssueStore(self._engine)
        self._subscribers = SubscriberStore(self._engine)
        self._ledger = Ledger(self._engine)
        self._users = UserStore(self._engine)
        self._curation = CurationStore(self._engine)
        self._service = ServiceStore(self._engine)
        self._vulns = VulnStore(self._engine)
        self._flashes = FlashStore(self._engine)
        self._schema_checked = False
        self._sources_read: tuple[tuple[str, int, int, int], SourcesConfig] | None = None
        self._sources_synced: tuple[str, int, int, int] | None = None
        self._sources_digest: str | None = None
        self._lists_read: dict[object, tuple[tuple[str, float], object]] = {}

    def _read_list(self, path: Path | None, load: Callable[[Path | None], T]) -> T:
        """An administrator's list file (products, region) read by ``load``, again only when
        the file changes (None: the one shipped with Veille)."""
        stamp = (str(path), path.stat().st_mtime) if path and path.exists() else ("", 0.0)
        read = self._lists_read.get(load)
        if read is None or read[0] != stamp:
            read = (stamp, load(path))
            self._lists_read[load] = read
        return cast(T, read[1])

    def now(self) -> datetime:
        """The current time from the clock given at construction (UTC)."""
        return self._clock()

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine: for the scheduler's job store, backups and tests. The CLI
        and the web pages go through the facade's methods instead."""
        return self._engine

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    # -- database --------------------------------------------------------------------------
    def db_upgrade(self) -> Migration:
        """Migrate the database to the latest revision; the revisions before and after."""
        from veille.app.records import Migration

        before = db.current_revision(self._engine)
        db.upgrade(self._engine)
        return Migration(before, db.current_revision(self._engine))

    def db_revision(self) -> str | None:
        """The database's current Alembic revision (None when empty)."""
        return db.current_revision(self._engine)

    def db_backup(self, path: Path) -> Path:
        """A consistent copy of the whole database, even while it is in use."""
        self.ensure_schema()
        return db.backup(self._engine, path)

    def db_restore(self, path: Path) -> None:
        """Replace the database's content with a backup (stop the service first)."""
        db.restore(self._engine, path)

    def ensure_schema(self) -> None:
        """Create the schema on an empty database (once per process); an older revision must
        be migrated with ``db_upgrade``."""
        if not self._schema_checked:
            if db.ensure_schema(self._engine):
                log.info("database created at revision %s", db.head_revision(self._engine))
            self._schema_checked = True

    # -- the sources file ------------------------------------------------------------------
    def sources(self) -> SourcesConfig:
        """sources.yaml, validated; read again only when the file changed."""
        from veille.sources.load import load_sources

        key = _file_key(self.settings.sources_file)
        if self._sources_read is None or self._sources_read[0] != key:
            self._sources_read = (key, load_sources(self.settings.sources_file))
        return self._sources_read[1]

    def sources_sync(self) -> SourcesConfig:
        """Make the database's themes, partners and sources match sources.yaml. Cheap enough
        for every round of a worker: the file's modification time, size and inode tell
        whether to look; its content hash, whether anything changed since this process last
        synced; the database is written only then."""
        config = self.sources()
        assert self._sources_read is not None
        key = self._sources_read[0]  # the file as read: a later change syncs next time
        if self._sources_synced != key:
            digest = _file_digest(self.settings.sources_file)
            if digest is None or digest != self._sources_digest:
                self.ensure_schema()
                self._store.sync_sources(config)
                self._sources_digest = digest
            self._sources_synced = key
        return config

    def theme_ids(self) -> list[str]:
        """The themes of sources.yaml, in its order."""
        return [t.id for t in self.sources().themes]


def worker_name() -> str:
    """This process, as workers, claims and jobs are recorded: host:pid."""
    import os
    import socket

    return f"{socket.gethostname()}:{os.getpid()}"


def _file_digest(path: str) -> str | None:
    """The SHA-256 of a file's content (None when it cannot be read)."""
    import hashlib

    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def _file_key(path: str) -> tuple[str, int, int, int]:
    """What tells that a file changed: its path, modification time, size and inode (an
    atomic replace gives a new inode even within the clock's resolution)."""
    try:
        stat = Path(path).stat()
    except OSError:
        return (path, -1, -1, -1)  # loading it will say what is wrong
    return (path, stat.st_mtime_ns, stat.st_size, stat.st_ino)
