"""Engines and migrations: SQLite by default, PostgreSQL the same way."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import Connection, CursorResult
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from veille.errors import NotFoundError, NotFoundKind, StorageError

CHUNK = 900  # ids per IN (…) list: under SQLite's default limit of 999 variables
T = TypeVar("T")


def chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """``values`` in slices of at most ``size``: one IN (…) list each."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


MIGRATIONS = Path(
    os.environ.get("VEILLE_MIGRATIONS", Path(__file__).resolve().parent / "migrations")
)


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Autogenerate and schema checks ignore full-text search (created by hand in a
    migration: an FTS5 table on SQLite, expression indexes on PostgreSQL) and APScheduler's
    job table (APScheduler creates and owns it)."""
    return not (name or "").startswith(("items_fts", "ix_items_fts", "apscheduler_"))


def alembic_config(engine: Engine) -> Config:
    if not (MIGRATIONS / "env.py").exists():
        raise StorageError(f"dossier des migrations introuvable : {MIGRATIONS}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except OperationalError as exc:
        raise StorageError(f"base de données inaccessible : {exc.orig}") from exc


def upgrade(engine: Engine, revision: str = "head") -> None:
    try:
        command.upgrade(alembic_config(engine), revision)
    except SQLAlchemyError as exc:
        raise StorageError(f"migration impossible : {exc}") from exc


def ensure_schema(engine: Engine, auto_create: bool = True) -> bool:
    """Check the schema is at head. A database with no tables at all is created when
    ``auto_create``; one at an older revision must be upgraded explicitly. Returns True
    when it created the schema."""
    current = current_revision(engine)
    head = head_revision(engine)
    if current == head:
        return False
    if current is None and auto_create and not inspect(engine).get_table_names():
        upgrade(engine)
        return True
    raise StorageError(
        f"la base de données est à la révision {current or 'vide'}, le code attend {head} : "
        "lancez « veille db upgrade »"
    )


class Transaction:
    """``with Transaction(engine, "what"):`` one transaction; a database failure becomes a
    StorageError naming what was being stored, and nothing of it is kept."""

    def __init__(self, engine: Engine, what: str) -> None:
        self.engine, self.what = engine, what

    def __enter__(self) -> Connection:
        self._context = self.engine.begin()
        return self._context.__enter__()

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        self._context.__exit__(kind, exc, tb)  # type: ignore[arg-type]
        if isinstance(exc, SQLAlchemyError):
            detail = getattr(exc, "orig", None) or exc
            raise StorageError(f"enregistrement impossible ({self.what}) : {detail}") from None


def _libpq_url(engine: Engine) -> str:
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def backup(engine: Engine, path: Path) -> Path:
    """A consistent copy of the whole database, taken while it is in use: SQLite's online
    backup into a database file, or ``pg_dump --format=custom`` for PostgreSQL."""
    import sqlite3
    import subprocess

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.unlink(missing_ok=True)
    if engine.dialect.name == "sqlite":
        source = sqlite3.connect(engine.url.database or "")
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
    else:
        done = subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", f"--file={tmp}", _libpq_url(engine)],
            capture_output=True,
            text=True,
        )
        if done.returncode:
            tmp.unlink(missing_ok=True)
            raise StorageError(f"sauvegarde impossible : {done.stderr.strip()}")
    tmp.replace(path)
    return path


def restore(engine: Engine, path: Path) -> None:
    """Replace the database's contents by a backup (stop the service first)."""
    import shutil
    import sqlite3
    import subprocess

    if not path.exists():
        raise NotFoundError(NotFoundKind.BACKUP, path)
    engine.dispose()
    if engine.dialect.name == "sqlite":
        try:
            check = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            check.execute("SELECT version_num FROM alembic_version").fetchone()
            check.close()
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"{path} n'est pas une sauvegarde de Veille : {exc}") from exc
        database = Path(engine.url.database or "")
        for suffix in ("-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(path, database)
        return
    done = subprocess.run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            f"--dbname={_libpq_url(engine)}",
            str(path),
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode:
        raise StorageError(f"restauration impossible : {done.stderr.strip()}")


def new_id(result: CursorResult[Any]) -> int:
    """The primary key of the row an INSERT just wrote."""
    key = result.inserted_primary_key
    if key is None:
        raise StorageError("la base n'a pas rendu l'identifiant de la ligne insérée")
    return int(key[0])
