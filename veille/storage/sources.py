"""Every database query lives here. A source's items and its health are always written in
the same transaction; a collection run writes several sources per transaction and, if one
fails, retries each source alone, so a failure never loses what other sources stored."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, bindparam, func, insert, null, select, update
from sqlalchemy.engine import Connection, RowMapping
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from veille.errors import StorageError
from veille.storage.models import ItemRow, PartnerRow, SourceRow, ThemeRow
from veille.types import Item, SourceHealth, SourcesConfig, SourceState

_STATE_FIELDS = (
    "etag",
    "last_modified",
    "last_checked",
    "last_success",
    "last_error_kind",
    "last_error_message",
    "consecutive_failures",
    "next_check",
    "disabled_reason",
)
_DECLARED_FIELDS = (
    "name",
    "kind",
    "url",
    "themes",
    "language",
    "partner_id",
    "interval",
    "enabled",
    "declared",
    "selector",
    "full_text",
    "max_articles",
    "announces",
)
_ITEM_FIELDS = (
    "url",
    "canonical_url",
    "title",
    "summary_html",
    "summary_text",
    "content_text",
    "author",
    "language",
    "published_at",
    "date_from_source",
    "content_hash",
)


@dataclass(frozen=True, slots=True)
class UpsertCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- sources ---------------------------------------------------------------------------
    def sync_sources(self, config: SourcesConfig) -> None:
        """Make themes, partners and sources match sources.yaml. Health is kept; a source
        removed from the file is kept with its items but marked as no longer declared."""
        for attempt in range(3):
            try:
                with self.engine.begin() as conn:
                    self._sync(conn, config)
                return
            except IntegrityError as exc:  # another process inserted the same rows first
                if attempt == 2:
                    raise StorageError(f"enregistrement des sources impossible : {exc}") from exc
            except SQLAlchemyError as exc:
                raise StorageError(f"enregistrement des sources impossible : {exc}") from exc

    def _sync(self, conn: Connection, config: SourcesConfig) -> None:
        for theme in config.themes:
            self._merge(conn, ThemeRow, theme.id, label=theme.label, description=theme.description)
        for partner in config.partners:
            self._merge(conn, PartnerRow, partner.id, name=partner.name, url=partner.url)
        columns = [
            SourceRow.id,
            SourceRow.current_url,
            *(getattr(SourceRow, name) for name in _DECLARED_FIELDS),
        ]
        existing = {row.id: row._mapping for row in conn.execute(select(*columns))}
        declared = set()
        for s in config.sources:
            declared.add(s.id)
            values: dict[str, object] = dict(
                name=s.name,
                kind=s.kind.value,
                url=s.url,
                themes=list(s.themes),
                language=s.language,
                partner_id=s.partner,
                interval=s.interval,
                enabled=s.enabled,
                declared=True,
                selector=s.selector,
                full_text=s.full_text,
                max_articles=s.max_articles,
                announces=s.announces,
            )
            row = existing.get(s.id)
            if row is None:
                conn.execute(
                    insert(SourceRow).values(
                        id=s.id, current_url=s.url, consecutive_failures=0, **values
                    )
                )
                continue
            if all(row[k] == v for k, v in values.items()):
                continue  # unchanged: no write
            if row["url"] != s.url:  # the editor changed the URL: start afresh
                values.update(
                    current_url=s.url,
                    etag=None,
                    last_modified=None,
                    disabled_reason=None,
                    consecutive_failures=0,
                    next_check=None,
                )
            conn.execute(update(SourceRow).where(SourceRow.id == s.id).values(**values))
        gone = [i for i in set(existing) - declared if existing[i]["declared"]]
        if gone:
            conn.execute(update(SourceRow).where(SourceRow.id.in_(gone)).values(declared=False))

    @staticmethod
    def _merge(conn: Connection, table: Any, ident: str, **values: object) -> None:
        found = conn.execute(select(table.id).where(table.id == ident)).first()
        if found:
            conn.execute(update(table).where(table.id == ident).values(**values))
        else:
            conn.execute(insert(table).values(id=ident, **values))

    def source_states(self, ids: Iterable[str] | None = None) -> dict[str, SourceState]:
        query = select(SourceRow)
        if ids is not None:
            query = query.where(SourceRow.id.in_(list(ids)))
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
        return {row["id"]: _state(row) for row in rows}

    def save_state(self, state: SourceState) -> None:
        with self.engine.begin() as conn:
            self._save_state(conn, state)

    @staticmethod
    def _save_state(conn: Connection, state: SourceState) -> None:
        conn.execute(_UPDATE_STATE, [_state_values(state)])

    def health(self) -> list[SourceHealth]:
        counts = select(ItemRow.source_id, func.count().label("n")).group_by(ItemRow.source_id)
        with self.engine.connect() as conn:
            n_items = {r.source_id: r.n for r in conn.execute(counts)}
            rows = conn.execute(select(SourceRow).order_by(SourceRow.id)).mappings().all()
        return [
            SourceHealth(
                id=r["id"],
                name=r["name"],
                kind=r["kind"],
                url=r["current_url"],
                partner_id=r["partner_id"],
                themes=list(r["themes"] or []),
                enabled=r["enabled"],
                declared=r["declared"],
                state=_state(r),
                items=n_items.get(r["id"], 0),
                announces=r["announces"],
            )
            for r in rows
        ]

    # -- items -----------------------------------------------------------------------------
    def known_keys(self, source_id: str) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.scalars(select(ItemRow.key).where(ItemRow.source_id == source_id)))

    def known_urls(self, source_id: str) -> set[str]:
        """Canonical URLs already stored for a source (page sources skip them)."""
        with self.engine.connect() as conn:
            return set(
                conn.scalars(
                    select(ItemRow.canonical_url).where(
                        ItemRow.source_id == source_id, ItemRow.canonical_url.is_not(None)
                    )
                )
            )

    def record(self, state: SourceState, items: Sequence[Item], now: datetime) -> UpsertCounts:
        """Store a source's items and its new state in one transaction."""
        result = self.record_many([(state, items, now)])[0]
        if isinstance(result, StorageError):
            raise result
        return result

    def record_many(
        self, batch: Sequence[tuple[SourceState, Sequence[Item], datetime]]
    ) -> list[UpsertCounts | StorageError]:
        """Store several sources' items and states in one transaction (the fast path for a
        collection run). If that fails, each source is retried in a transaction of its own,
        so one bad source cannot sink the others."""
        try:
            with self.engine.begin() as conn:
                return list(self._write(conn, batch))
        except SQLAlchemyError as exc:
            if len(batch) == 1:
                detail = getattr(exc, "orig", None) or exc
                return [
                    StorageError(
                        f"enregistrement impossible pour {batch[0][0].source_id} : {detail}"
                    )
                ]
            return [self.record_many([entry])[0] for entry in batch]

    def _write(
        self, conn: Connection, batch: Sequence[tuple[SourceState, Sequence[Item], datetime]]
    ) -> list[UpsertCounts]:
        counts: list[UpsertCounts] = []
        new_rows: list[tuple[object, ...]] = []
        changed: list[dict[str, object]] = []
        for state, items, now in batch:
            stored = self._stored_hashes(conn, state.source_id, [i.key for i in items])
            fresh = [i for i in items if i.key not in stored]
            edits = [i for i in items if i.key in stored and stored[i.key][1] != i.content_hash]
            new_rows.extend(_item_row(i, now) for i in fresh)
            changed.extend(
                {
                    "b_id": stored[i.key][0],
                    "updated_at": now,
                    **{f: getattr(i, f) for f in _ITEM_FIELDS},
                }
                for i in edits
            )
            counts.append(
                UpsertCounts(
                    new=len(fresh),
                    updated=len(edits),
                    unchanged=len(items) - len(fresh) - len(edits),
                )
            )
        if new_rows:
            _insert_items(conn, new_rows)
        if changed:
            conn.execute(_UPDATE_ITEM, changed)
        conn.execute(_UPDATE_STATE, [_state_values(state) for state, _, _ in batch])
        return counts

    @staticmethod
    def _stored_hashes(
        conn: Connection, source_id: str, keys: list[str]
    ) -> dict[str, tuple[int, str]]:
        stored: dict[str, tuple[int, str]] = {}
        for start in range(0, len(keys), 500):
            rows = conn.execute(_STORED, {"sid": source_id, "keys": keys[start : start + 500]})
            stored.update((row.key, (row.id, row.content_hash)) for row in rows)
        return stored

    def count_items(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(ItemRow)) or 0

    def items_by_id(self, ids: list[int]) -> list[dict[str, object]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(ItemRow).where(ItemRow.id.in_(ids))).mappings()
            return [dict(r) for r in rows]

    def items(self, source_id: str | None = None, limit: int = 100) -> list[dict[str, object]]:
        query = select(ItemRow).order_by(ItemRow.published_at.desc(), ItemRow.id.desc())
        if source_id:
            query = query.where(ItemRow.source_id == source_id)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query.limit(limit)).mappings()]


# Statements built once and reused with parameters (executemany where it helps).
_STORED = select(ItemRow.id, ItemRow.key, ItemRow.content_hash).where(
    ItemRow.source_id == bindparam("sid"), ItemRow.key.in_(bindparam("keys", expanding=True))
)
_UPDATE_STATE = (
    update(SourceRow)
    .where(SourceRow.id == bindparam("b_id"))
    .values(current_url=bindparam("b_url"), **{f: bindparam(f) for f in _STATE_FIELDS})
)
_UPDATE_ITEM = (
    update(ItemRow)
    .where(ItemRow.id == bindparam("b_id"))
    .values(  # an edited item's vulnerability ids are read again at the next analysis
        updated_at=bindparam("updated_at"),
        cves=null(),  # SQL NULL (None would be stored as JSON « null »)
        **{f: bindparam(f) for f in _ITEM_FIELDS},
    )
)


def _state_values(state: SourceState) -> dict[str, object]:
    values: dict[str, object] = {f: getattr(state, f) for f in _STATE_FIELDS}
    values.update(b_id=state.source_id, b_url=state.url)
    return values


_INSERT_COLUMNS = ("source_id", "key", *_ITEM_FIELDS, "first_seen_at", "updated_at", "to_sort")
_DATETIME_AT = tuple(
    i for i, c in enumerate(_INSERT_COLUMNS) if c in {"published_at", "first_seen_at", "updated_at"}
)


def _item_row(item: Item, now: datetime) -> tuple[object, ...]:
    return (item.source_id, item.key, *(getattr(item, f) for f in _ITEM_FIELDS), now, now, False)


def _insert_items(conn: Connection, rows: list[tuple[object, ...]]) -> None:
    """Insert new items, skipping any (source_id, key) already there.

    This is the hot path of a collection run (tens of thousands of rows), so it goes
    straight to the driver's executemany; the values are converted here exactly as the
    ``UTCDateTime`` column type would (naive UTC; SQLAlchemy's text format on SQLite)."""
    sqlite_format = conn.dialect.name == "sqlite"
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    columns = ", ".join(f'"{c}"' for c in _INSERT_COLUMNS)
    sql = (
        f"INSERT INTO items ({columns}) VALUES ({', '.join([mark] * len(_INSERT_COLUMNS))})"
        ' ON CONFLICT ("source_id", "key") DO NOTHING'
    )
    converted = []
    for row in rows:
        values = list(row)
        for index in _DATETIME_AT:
            moment = values[index]
            assert isinstance(moment, datetime)
            naive = moment.astimezone(UTC).replace(tzinfo=None)
            values[index] = naive.isoformat(" ", "microseconds") if sqlite_format else naive
        converted.append(tuple(values))
    conn.exec_driver_sql(sql, converted)


def _state(r: RowMapping) -> SourceState:
    return SourceState(source_id=r["id"], url=r["current_url"], **{f: r[f] for f in _STATE_FIELDS})
