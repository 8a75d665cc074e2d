"""Storage on SQLite and PostgreSQL: migrations, idempotent upserts, source sync."""

from datetime import UTC, datetime, timedelta

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from veille.sources.load import parse_sources
from veille.storage import db
from veille.storage.models import metadata
from veille.storage.sources import Store
from veille.types import Item, SourceState

from .conftest import SOURCES_HEAD, source_yaml

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def item(key: str, title: str = "Titre", summary: str = "Résumé") -> Item:
    return Item(
        source_id="a",
        key=key,
        url=f"http://example.org/{key}",
        canonical_url=f"http://example.org/{key}",
        title=title,
        summary_html=f"<p>{summary}</p>",
        summary_text=summary,
        content_text="",
        author=None,
        published_at=NOW - timedelta(hours=1),
        date_from_source=True,
        language="fr",
        content_hash=f"{title}|{summary}",
    )


def store_with_source(database_url: str) -> Store:
    store = Store(db.make_engine(database_url))
    store.sync_sources(parse_sources(SOURCES_HEAD + source_yaml("a", "http://example.org/f")))
    return store


def test_migrations_and_models_agree(database_url):
    engine = db.make_engine(database_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": db.include_object}
        )
        diff = compare_metadata(context, metadata)
    assert diff == []
    assert db.current_revision(engine) == db.head_revision(engine)


def test_same_items_twice_are_stored_once(database_url):
    store = store_with_source(database_url)
    state = SourceState("a", "http://example.org/f")
    first = store.record(state, [item("1"), item("2")], NOW)
    second = store.record(state, [item("1"), item("2")], NOW + timedelta(hours=1))
    assert (first.new, second.new, second.unchanged) == (2, 0, 2)
    assert store.count_items() == 2


def test_changed_content_updates_not_duplicates(database_url):
    store = store_with_source(database_url)
    state = SourceState("a", "http://example.org/f")
    store.record(state, [item("1")], NOW)
    later = NOW + timedelta(hours=2)
    counts = store.record(state, [item("1", title="Titre corrigé")], later)
    assert (counts.new, counts.updated) == (0, 1)
    [row] = store.items()
    assert row["title"] == "Titre corrigé"
    assert row["first_seen_at"] == NOW and row["updated_at"] == later


def test_items_gone_or_reordered_upstream_do_not_come_back_as_new(database_url):
    store = store_with_source(database_url)
    state = SourceState("a", "http://example.org/f")
    store.record(state, [item("1"), item("2"), item("3")], NOW)
    counts = store.record(state, [item("3"), item("1")], NOW + timedelta(hours=1))
    assert counts.new == 0 and store.count_items() == 3


def test_state_is_saved_with_items_and_datetimes_stay_utc(database_url):
    store = store_with_source(database_url)
    state = SourceState(
        "a",
        "http://example.org/moved",
        etag='"x"',
        last_checked=NOW,
        next_check=NOW + timedelta(hours=1),
        consecutive_failures=2,
        last_error_kind="timeout",
        last_error_message="délai",
    )
    store.record(state, [], NOW)
    saved = store.source_states()["a"]
    assert saved == state
    assert saved.next_check.tzinfo is not None


def test_sync_keeps_health_and_marks_removed_sources(database_url):
    store = store_with_source(database_url)
    store.save_state(SourceState("a", "http://example.org/f", consecutive_failures=3))
    config = parse_sources(
        SOURCES_HEAD
        + source_yaml("a", "http://example.org/f")
        + source_yaml("b", "http://example.org/g")
    )
    store.sync_sources(config)
    assert store.source_states()["a"].consecutive_failures == 3
    store.sync_sources(parse_sources(SOURCES_HEAD + source_yaml("b", "http://example.org/g")))
    health = {h.id: h for h in store.health()}
    assert health["a"].declared is False and health["b"].declared is True


def test_changing_a_source_url_resets_its_validators(database_url):
    store = store_with_source(database_url)
    store.save_state(SourceState("a", "http://example.org/f", etag='"old"'))
    store.sync_sources(parse_sources(SOURCES_HEAD + source_yaml("a", "http://example.org/new")))
    state = store.source_states()["a"]
    assert (state.url, state.etag) == ("http://example.org/new", None)


def test_a_postgresql_test_starts_from_empty_tables(pg_database):
    """The per-test emptying reaches every table, including those no foreign key ties to
    the others (job runs, leases)."""
    from sqlalchemy import func, select

    from veille.storage.service import ServiceStore

    from .conftest import empty_database

    engine = db.make_engine(pg_database)
    db.upgrade(engine)
    store_with_source(pg_database).record(
        SourceState("a", "http://example.org/f"), [item("1")], NOW
    )
    ServiceStore(engine).job_started("collect", "test", NOW)
    with engine.connect() as conn:
        filled = {
            t.name
            for t in metadata.sorted_tables
            if conn.scalar(select(func.count()).select_from(t))
        }
    assert {"items", "sources", "job_runs"} <= filled
    empty_database(engine)
    with engine.connect() as conn:
        left = {
            t.name: conn.scalar(select(func.count()).select_from(t)) for t in metadata.sorted_tables
        }
    engine.dispose()
    assert set(left.values()) == {0}, left
