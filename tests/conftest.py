"""Real parts on loopback: an HTTP server, SQLite files and a throw-away PostgreSQL database."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# The CLI's tables are as wide as the console: the tests read them at the width of a log
# (140 columns), whatever the terminal or the test runner says (pytest-xdist's workers
# say 80). Set before the CLI's consoles are made, on the first import of veille.cli.
os.environ["COLUMNS"] = "140"

import pytest
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url

from veille.app.facade import Veille
from veille.settings import Settings
from veille.storage import db
from veille.storage.models import metadata
from veille.testing.loopback import LoopbackServer
from veille.testing.smtpsink import SmtpSink

DATA = Path(__file__).parent / "data"
PG_URL = os.environ.get(
    "VEILLE_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
REQUIRE_PG = os.environ.get("VEILLE_REQUIRE_POSTGRES") == "1"

SOURCES_HEAD = """\
themes:
  - id: cyber
    label: Cybersécurité
  - id: ai
    label: Intelligence artificielle
  - id: blockchain
    label: Blockchain
partners:
  - id: cci
    name: CCI Normandie
  - id: pole
    name: Pôle TES
sources:
"""


def source_yaml(
    ident: str, url: str, kind: str = "feed", themes: str = "[cyber]", extra: str = ""
) -> str:
    return (
        f"  - id: {ident}\n    name: Source {ident}\n    kind: {kind}\n    url: {url}\n"
        f"    themes: {themes}\n    partner: cci\n    interval: 1h\n{extra}"
    )


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


def _pg_admin_engine():  # type: ignore[no-untyped-def]
    return create_engine(PG_URL, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A throw-away PostgreSQL database for this test run, dropped at the end."""
    try:
        admin = _pg_admin_engine()
        with admin.connect() as conn:
            conn.execute(text("select 1"))
    except Exception as exc:
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL required (VEILLE_REQUIRE_POSTGRES=1) but unreachable: {exc}")
        pytest.skip(
            f"PostgreSQL not reachable at {PG_URL} ({exc.__class__.__name__}); "
            "CI runs these tests against 127.0.0.1:5432"
        )
    name = f"veille_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database: a fresh SQLite file, or the run's PostgreSQL database
    emptied for this test."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'veille.db'}"
        engine = db.make_engine(url)
        db.upgrade(engine)
        engine.dispose()
        yield url
        return
    url = request.getfixturevalue("pg_database")
    engine = db.make_engine(url)
    db.upgrade(engine)
    empty_database(engine)
    engine.dispose()
    yield url


def empty_database(engine: Engine) -> None:
    """Empty every table the models declare, and APScheduler's (PostgreSQL)."""
    with engine.begin() as conn:
        tables = [t.name for t in metadata.sorted_tables]
        if inspect(conn).has_table("apscheduler_jobs"):
            tables.append("apscheduler_jobs")
        conn.execute(text(f"TRUNCATE {', '.join(tables)} CASCADE"))


def write_sources(path: Path, *entries: str) -> Path:
    path.write_text(SOURCES_HEAD + "".join(entries), encoding="utf-8")
    return path


@pytest.fixture
def make_app(tmp_path: Path, database_url: str):  # type: ignore[no-untyped-def]
    apps: list[Veille] = []

    def build(*entries: str, **overrides: object) -> Veille:
        sources = write_sources(tmp_path / "sources.yaml", *entries)
        settings = Settings(
            database_url=database_url,
            sources_file=str(sources),
            allow_internal=True,
            parse_processes=0,
            read_timeout=2,
            total_timeout=4,
            connect_timeout=2,
            secret_key_file=str(tmp_path / "veille-secret.key"),  # never in the working tree
        )
        app = Veille(settings.with_overrides(**overrides) if overrides else settings)
        apps.append(app)
        return app

    yield build
    for app in apps:
        app.close()


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    """A real SMTP server (aiosmtpd) on loopback that keeps what it receives."""
    with SmtpSink() as server:
        yield server


def mail_settings(sink: SmtpSink, tmp_path: Path) -> dict[str, object]:
    return {
        "smtp_port": sink.port,
        "secret_key": "test-secret-" + "k" * 24,
        "archive_dir": str(tmp_path / "archive"),
        "public_url": "https://veille.example",
        "mail_from": "Veille Normandie <bulletin@veille.example>",
        "smtp_retry_delay": 0.01,
        "smtp_timeout": 5.0,
    }


@pytest.fixture
def web_site(make_app, sink, tmp_path):  # type: ignore[no-untyped-def]
    """The web app served for real on loopback (werkzeug) over a seeded database, with mail
    going to the loopback SMTP sink. Yields ``(app, base_url)``; ``app.ids`` maps
    "a1", "b2"… to the seeded items' ids."""
    import socket
    import threading

    from werkzeug.serving import make_server

    from veille.web import create_web_app

    from .bulletin_data import SOURCES, seed

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    app = make_app(
        *SOURCES,
        **{
            **mail_settings(sink, tmp_path),
            "public_url": f"http://127.0.0.1:{port}",
            "model_file": str(tmp_path / "themes.model"),
        },
    )
    app.ids = seed(app)
    server = make_server("127.0.0.1", port, create_web_app(app), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield app, f"http://127.0.0.1:{port}"
    server.shutdown()


@contextmanager
def write_probe(app: Veille) -> Iterator[list[str]]:
    """The INSERT, UPDATE and DELETE statements sent over the app's engine meanwhile."""
    from sqlalchemy import event

    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().split(" ", 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            seen.append(statement)

    event.listen(app.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(app.engine, "before_cursor_execute", record)
