"""Queries for vulnerabilities: the catalogues' facts (KEV, EPSS, EUVD), the events flash
alerts are made of, and what the items of a period cite.

A catalogue download is stored in one transaction: a failure keeps the facts stored before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, String, and_, bindparam, cast, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from veille.analyse.records import Citation, EventRecord, KnownVuln
from veille.storage.db import Transaction, chunks
from veille.storage.models import ItemRow, SourceRow, VulnerabilityRow, VulnEventRow
from veille.types import CatalogueRows, SourceKind, VulnFact

WHOLE_TABLE_FROM = 20_000  # from this many ids, read the table once instead
RECENT_DAYS = 7  # a KEV entry added longer ago than this is history, not news: no flash

_KEV_FIELDS = (
    "vendor",
    "product",
    "name",
    "description",
    "kev_added",
    "ransomware",
    "action",
    "due",
)


@dataclass(frozen=True, slots=True)
class CatalogueStored:
    new: int  # CVEs this catalogue told us about for the first time
    updated: int
    events: int  # flash-worthy events recorded


class VulnStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- catalogues -------------------------------------------------------------------------
    def record_catalogue(
        self, kind: SourceKind, rows: CatalogueRows, now: datetime, alert_percentile: float
    ) -> CatalogueStored:
        with Transaction(self.engine, f"catalogue {kind.value}") as conn:
            if kind is SourceKind.EPSS:
                return self._scores(conn, rows, now, alert_percentile)
            return self._facts(conn, kind, rows.facts, now)

    def _stored(self, conn: Connection, cves: Sequence[str], *columns: Any) -> dict[str, Any]:
        if len(cves) > WHOLE_TABLE_FROM:  # a full catalogue: one pass beats 250 IN lists
            wanted = set(cves)
            rows = conn.execute(select(VulnerabilityRow.cve, *columns))
            return {r[0]: r for r in rows if r[0] in wanted}
        found: dict[str, Any] = {}
        for chunk in chunks(cves):
            query = select(VulnerabilityRow.cve, *columns).where(VulnerabilityRow.cve.in_(chunk))
            found.update({r[0]: r for r in conn.execute(query)})
        return found

    def _facts(
        self, conn: Connection, kind: SourceKind, facts: Sequence[VulnFact], now: datetime
    ) -> CatalogueStored:
        latest = {f.cve: f for f in facts}  # a catalogue listing a CVE twice: the last wins
        stored = self._stored(
            conn, list(latest), VulnerabilityRow.kev_added, VulnerabilityRow.vendor
        )
        fresh, changed, events = [], [], []
        for cve, fact in latest.items():
            values = _fact_values(kind, fact, named=cve in stored and bool(stored[cve][2]))
            if cve in stored:
                changed.append({"b_cve": cve, **values, "updated_at": now})
            else:
                fresh.append(_new_row(cve, values, now))
            newly_kev = kind is SourceKind.KEV and (cve not in stored or stored[cve][1] is None)
            if (
                newly_kev
                and fact.kev_added
                and fact.kev_added >= now.date() - timedelta(days=RECENT_DAYS)
            ):
                events.append(
                    {
                        "kind": "kev",
                        "cve": cve,
                        "item_id": None,
                        "subject": f"{fact.vendor} {fact.product}".strip(),
                        "title": fact.name or f"{fact.vendor} {fact.product}",
                        "url": None,
                        "happened_at": now,
                    }
                )
        if fresh:
            conn.execute(insert(VulnerabilityRow), fresh)
        _update_many(conn, changed)
        if events:
            conn.execute(insert(VulnEventRow), events)
        return CatalogueStored(len(fresh), len(changed), len(events))

    def _scores(
        self, conn: Connection, rows: CatalogueRows, now: datetime, alert_percentile: float
    ) -> CatalogueStored:
        """EPSS scores. The first download is a baseline; afterwards a score crossing the
        alert percentile is an event, for CVEs someone wrote about or a catalogue names."""
        baseline = conn.execute(
            select(func.count()).where(VulnerabilityRow.epss_day.is_not(None))
        ).scalar_one()
        day = rows.day or now.date()
        scores = {s.cve: s for s in rows.scores}
        high = [c for c, s in scores.items() if s.percentile >= alert_percentile]
        stored = self._stored(
            conn,
            list(scores),
            VulnerabilityRow.percentile,
            VulnerabilityRow.vendor,
            VulnerabilityRow.product,
            VulnerabilityRow.epss,
        )
        fresh = [
            _new_row(c, {"epss": s.epss, "percentile": s.percentile, "epss_day": day}, now)
            for c, s in scores.items()
            if c not in stored
        ]
        if fresh:
            for start in range(0, len(fresh), 5000):
                conn.execute(insert(VulnerabilityRow), fresh[start : start + 5000])
        changed = [  # a score that did not move is not written again
            {"b_cve": c, "epss": s.epss, "percentile": s.percentile, "epss_day": day}
            for c, s in scores.items()
            if c in stored and (stored[c][4], stored[c][1]) != (s.epss, s.percentile)
        ]
        _update_many(conn, [{**row, "updated_at": now} for row in changed])
        events = []
        if baseline:
            crossing = [
                c for c in high if c not in stored or (stored[c][1] or 0.0) < alert_percentile
            ]
            titles = self._citing_titles(conn, crossing)
            for cve in crossing:
                row = stored.get(cve)
                named = f"{row[2]} {row[3]}".strip() if row else ""
                subject = named or " · ".join(titles.get(cve, []))
                if not subject:
                    continue  # nobody says what it affects: nothing to match a product on
                events.append(
                    {
                        "kind": "epss",
                        "cve": cve,
                        "item_id": None,
                        "subject": subject,
                        "title": named or (titles.get(cve) or [cve])[0],
                        "url": None,
                        "happened_at": now,
                    }
                )
            if events:
                conn.execute(insert(VulnEventRow), events)
        return CatalogueStored(len(fresh), len(changed), len(events))

    def _citing_titles(self, conn: Connection, cves: Sequence[str]) -> dict[str, list[str]]:
        """Titles of the items that cite each CVE (at most three each), in one pass over
        the items that cite any."""
        wanted = set(cves)
        found: dict[str, list[str]] = {}
        if not wanted:
            return found
        query = select(ItemRow.title, ItemRow.cves).where(
            cast(ItemRow.cves, String).like('%"CVE-%')
        )
        for title, ids in conn.execute(query):
            for ident in ids or ():
                if ident in wanted and len(found.setdefault(ident, [])) < 3:
                    found[ident].append(title)
        return found

    # -- alerts from advisories -------------------------------------------------------------
    def record_alerts(
        self, alerts: Sequence[tuple[int, str, str, str | None]], now: datetime
    ) -> int:
        """CERT-FR alerts among newly read items: (item id, subject, title, url)."""
        if not alerts:
            return 0
        with Transaction(self.engine, "alertes") as conn:
            known = set(
                conn.execute(
                    select(VulnEventRow.item_id).where(
                        VulnEventRow.kind == "alert",
                        VulnEventRow.item_id.in_([a[0] for a in alerts]),
                    )
                ).scalars()
            )
            rows = [
                {
                    "kind": "alert",
                    "cve": None,
                    "item_id": item_id,
                    "subject": subject,
                    "title": title,
                    "url": url,
                    "happened_at": now,
                }
                for item_id, subject, title, url in alerts
                if item_id not in known
            ]
            if rows:
                conn.execute(insert(VulnEventRow), rows)
            return len(rows)

    # -- reading ----------------------------------------------------------------------------
    def events_since(self, since: datetime) -> list[EventRecord]:
        with self.engine.connect() as conn:
            return [
                event_record(r)
                for r in conn.execute(EVENTS.where(VulnEventRow.happened_at >= since))
            ]

    def events(self, ids: Sequence[int]) -> list[EventRecord]:
        if not ids:
            return []
        with self.engine.connect() as conn:
            return [
                event_record(r) for r in conn.execute(EVENTS.where(VulnEventRow.id.in_(list(ids))))
            ]

    def known(self, cves: Iterable[str]) -> dict[str, KnownVuln]:
        wanted = sorted(set(cves))
        with self.engine.connect() as conn:
            stored = self._stored(
                conn,
                wanted,
                VulnerabilityRow.vendor,
                VulnerabilityRow.product,
                VulnerabilityRow.name,
                VulnerabilityRow.kev_added,
                VulnerabilityRow.ransomware,
                VulnerabilityRow.action,
                VulnerabilityRow.cvss,
                VulnerabilityRow.percentile,
                VulnerabilityRow.epss,
            )
        return {c: KnownVuln(*r[1:]) for c, r in stored.items()}

    def kev_added_between(self, start: date, end: date) -> list[str]:
        with self.engine.connect() as conn:
            return list(
                conn.execute(
                    select(VulnerabilityRow.cve)
                    .where(VulnerabilityRow.kev_added.between(start, end))
                    .order_by(VulnerabilityRow.cve)
                ).scalars()
            )

    def citations(self, start: datetime, end: datetime) -> list[Citation]:
        """Items published in [start, end) that cite a vulnerability id or an advisory."""
        query = (
            select(
                ItemRow.id,
                ItemRow.title,
                ItemRow.url,
                ItemRow.cves,
                SourceRow.name,
                ItemRow.published_at,
            )
            .join(SourceRow, SourceRow.id == ItemRow.source_id)
            .where(
                and_(ItemRow.published_at >= start, ItemRow.published_at < end),
                ItemRow.cves.is_not(None),
                or_(
                    cast(ItemRow.cves, String).like('%"CVE-%'),
                    cast(ItemRow.cves, String).like('%"CERTFR-%'),
                ),
            )
            .order_by(ItemRow.published_at, ItemRow.id)
        )
        with self.engine.connect() as conn:
            return [
                Citation(r.id, r.title, r.url, tuple(r.cves or ()), r.name, r.published_at)
                for r in conn.execute(query)
            ]

    def count(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            row = conn.execute(
                select(
                    func.count(),
                    func.count(VulnerabilityRow.kev_added),
                    func.count(VulnerabilityRow.epss_day),
                    func.count(VulnerabilityRow.cvss),
                )
            ).one()
            events = conn.execute(select(func.count()).select_from(VulnEventRow)).scalar_one()
        return {"cves": row[0], "kev": row[1], "epss": row[2], "cvss": row[3], "events": events}


EVENTS = (
    select(
        VulnEventRow.id,
        VulnEventRow.kind,
        VulnEventRow.cve,
        VulnEventRow.subject,
        VulnEventRow.title,
        VulnEventRow.url,
        VulnEventRow.happened_at,
        VulnerabilityRow.ransomware,
        VulnerabilityRow.action,
    )
    .outerjoin(VulnerabilityRow, VulnerabilityRow.cve == VulnEventRow.cve)
    .order_by(VulnEventRow.id)
)


def event_record(r: Any) -> EventRecord:
    return EventRecord(
        r.id,
        r.kind,
        r.cve,
        r.subject,
        r.title,
        r.url,
        r.happened_at,
        bool(r.ransomware),
        r.action or "",
    )


def _update_many(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Update stored CVEs (``b_cve`` names each), one statement per set of columns."""
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        by_columns.setdefault(tuple(sorted(k for k in row if k != "b_cve")), []).append(row)
    for columns, group in by_columns.items():
        conn.execute(
            update(VulnerabilityRow)
            .where(VulnerabilityRow.cve == bindparam("b_cve"))
            .values({c: bindparam(c) for c in columns}),
            group,
        )


def _fact_values(kind: SourceKind, fact: VulnFact, named: bool) -> dict[str, Any]:
    """The columns a catalogue is the authority for: KEV for its own fields, EUVD for the
    CVSS score (and for the product and description of a CVE nothing else named yet)."""
    if kind is SourceKind.KEV:
        return {f: getattr(fact, f) for f in _KEV_FIELDS}
    values: dict[str, Any] = {"cvss": fact.cvss, "euvd_id": fact.euvd_id}
    if not named:
        values.update(vendor=fact.vendor, product=fact.product, description=fact.description)
    return values


def _new_row(cve: str, values: dict[str, Any], now: datetime) -> dict[str, Any]:
    row: dict[str, Any] = {
        "cve": cve,
        "vendor": "",
        "product": "",
        "name": "",
        "description": "",
        "action": "",
        "updated_at": now,
    }
    row.update({k: (v if v is not None or k not in row else row[k]) for k, v in values.items()})
    return row
