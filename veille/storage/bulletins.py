"""Queries for issues of the bulletin: their items, their state, their frozen content.

Split from ``store`` by domain. Every write is one transaction. A state change is a
compare-and-set (``UPDATE … WHERE state = expected``), so two editors or two processes
cannot both move the same issue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, and_, case, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from veille.bulletin.records import EntryRow, IssueRecord
from veille.bulletin.rules import Candidate, IssueState, Placement
from veille.errors import BulletinError, NotFoundError, NotFoundKind
from veille.storage.db import Transaction
from veille.storage.models import (
    IssueItemRow,
    IssueRow,
    ItemRow,
    PartnerRow,
    ProposalRow,
    SourceRow,
)


class IssueStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- issues -----------------------------------------------------------------------------
    def create(self, title: str, start: date, end: date, now: datetime) -> int:
        """A new draft numbered after the highest number so far."""
        with Transaction(self.engine, "nouveau numéro") as conn:
            number = (conn.scalar(select(func.max(IssueRow.number))) or 0) + 1
            conn.execute(
                insert(IssueRow).values(
                    number=number,
                    title=title,
                    period_start=start,
                    period_end=end,
                    intro="",
                    state=IssueState.DRAFT.value,
                    content=None,
                    created_at=now,
                    updated_at=now,
                )
            )
            return number

    def get(self, number: int) -> IssueRecord:
        with self.engine.connect() as conn:
            row = conn.execute(select(IssueRow).where(IssueRow.number == number)).first()
            if row is None:
                raise NotFoundError(NotFoundKind.ISSUE, number)
            count = (
                conn.scalar(
                    select(func.count())
                    .select_from(IssueItemRow)
                    .where(IssueItemRow.issue_number == number)
                )
                or 0
            )
        return _record(row, count)

    def all(self) -> list[IssueRecord]:
        counts = (
            select(IssueItemRow.issue_number, func.count().label("n"))
            .group_by(IssueItemRow.issue_number)
            .subquery()
        )
        query = (
            select(IssueRow.__table__, func.coalesce(counts.c.n, 0).label("n_items"))
            .outerjoin(counts, counts.c.issue_number == IssueRow.number)
            .order_by(IssueRow.number.desc())
        )
        with self.engine.connect() as conn:
            return [_record(row, row.n_items) for row in conn.execute(query)]

    def published(self) -> list[IssueRecord]:
        return [r for r in self.all() if r.state is IssueState.PUBLISHED and r.content]

    def move(
        self,
        number: int,
        expected: IssueState,
        target: IssueState,
        now: datetime,
        conn: Connection | None = None,
        **values: Any,
    ) -> None:
        """Compare-and-set of the state (plus other columns); BulletinError when another
        process moved the issue first."""
        statement = (
            update(IssueRow)
            .where(IssueRow.number == number, IssueRow.state == expected.value)
            .values(state=target.value, updated_at=now, **values)
        )
        if conn is not None:
            changed = conn.execute(statement).rowcount
        else:
            with Transaction(self.engine, "état du numéro") as own:
                changed = own.execute(statement).rowcount
                if changed == 1 and target is IssueState.CANCELLED:
                    self._release_items(own, number)
        if changed != 1:
            raise BulletinError(f"le numéro {number} a changé d'état entre-temps ; réessayez")
        if conn is not None and target is IssueState.CANCELLED:
            self._release_items(conn, number)

    @staticmethod
    def _release_items(conn: Connection, number: int) -> None:
        """A cancelled issue lets its items go: back to « proposed » or « new »."""
        items = list(
            conn.scalars(select(IssueItemRow.item_id).where(IssueItemRow.issue_number == number))
        )
        _retained(conn, items, False)

    @staticmethod
    def mark_items_published(conn: Connection, number: int) -> None:
        """The issue's items leave curation: « published » (in the caller's transaction)."""
        in_issue = select(IssueItemRow.item_id).where(IssueItemRow.issue_number == number)
        conn.execute(update(ItemRow).where(ItemRow.id.in_(in_issue)).values(curation="published"))

    def set_intro(self, number: int, intro: str, now: datetime) -> None:
        self._edit(number, now, intro=intro)

    def set_vuln_edit(self, number: int, cve: str, edit: dict[str, Any], now: datetime) -> None:
        """Hide a row of « Vulnérabilités à corriger » or note it (a draft only)."""
        edits = dict(self.get(number).vuln_edits or {})
        edits[cve] = {**edits.get(cve, {}), **edit}
        self._edit(number, now, vuln_edits=edits)

    def set_agenda_hidden(self, number: int, item_ids: list[int], now: datetime) -> None:
        """The items taken out of the draft's « Appels à projets & agenda »."""
        self._edit(number, now, agenda_hidden=sorted(item_ids))

    def set_trends(self, number: int, trends: list[dict[str, Any]], now: datetime) -> None:
        """The trends the « Tendances » block shows (a draft only)."""
        self._edit(number, now, trends=trends)

    def set_title(self, number: int, title: str, now: datetime) -> None:
        self._edit(number, now, title=title)

    def _edit(self, number: int, now: datetime, **values: Any) -> None:
        with Transaction(self.engine, "modification du numéro") as conn:
            changed = conn.execute(
                update(IssueRow)
                .where(IssueRow.number == number, IssueRow.state == IssueState.DRAFT.value)
                .values(updated_at=now, **values)
            ).rowcount
        if changed != 1:
            raise BulletinError(f"le numéro {number} n'est plus un brouillon")

    # -- items ------------------------------------------------------------------------------
    def candidates(self, start: datetime, end: datetime) -> list[Candidate]:
        """Classified items published in ``[start, end)``, and every pending proposal
        whatever its date (a partner's proposal is never dropped), with their story's
        size."""
        members = (
            select(ItemRow.story_id, func.count(func.distinct(ItemRow.source_id)).label("n"))
            .where(ItemRow.story_id.is_not(None))
            .group_by(ItemRow.story_id)
            .subquery()
        )
        query = (
            select(
                ItemRow.id,
                ItemRow.themes,
                ItemRow.theme_scores,
                ItemRow.published_at,
                ItemRow.story_id,
                func.coalesce(members.c.n, 1),
                ItemRow.curation,
                ItemRow.region,
            )
            .outerjoin(members, members.c.story_id == ItemRow.story_id)
            .where(
                or_(
                    and_(ItemRow.published_at >= start, ItemRow.published_at < end),
                    ItemRow.curation == "proposed",
                ),
                ItemRow.curation.not_in(["rejected", "published"]),
            )
            .order_by(ItemRow.id)
        )
        with self.engine.connect() as conn:
            return [
                Candidate(
                    r.id,
                    tuple(r.themes or ()),
                    dict(r.theme_scores or {}),
                    int(r[5]),
                    r.published_at,
                    r.story_id in (None, r.id),
                    r.curation in ("proposed", "selected"),
                    bool(r.region),
                )
                for r in conn.execute(query)
            ]

    def place(self, number: int, placements: Sequence[Placement], now: datetime) -> None:
        if not placements:
            return
        with Transaction(self.engine, "articles du numéro") as conn:
            notes = _partner_notes(conn, [p.item_id for p in placements])
            conn.execute(
                insert(IssueItemRow),
                [
                    {
                        "issue_number": number,
                        "item_id": p.item_id,
                        "theme": p.theme,
                        "position": p.position,
                        "note": notes.get(p.item_id, ""),
                    }
                    for p in placements
                ],
            )
            _retained(conn, [p.item_id for p in placements], True)
            self._touch(conn, number, now)

    def add(self, number: int, item_id: int, theme: str, now: datetime) -> None:
        """Append an item at the end of a section (or move it there if already in)."""
        with Transaction(self.engine, "ajout d'un article") as conn:
            if conn.scalar(select(ItemRow.id).where(ItemRow.id == item_id)) is None:
                raise NotFoundError(NotFoundKind.ITEM, item_id)
            kept = conn.scalar(  # moved to another section: the editor's note goes along
                select(IssueItemRow.note).where(
                    IssueItemRow.issue_number == number, IssueItemRow.item_id == item_id
                )
            )
            note = kept or _partner_notes(conn, [item_id]).get(item_id, "")
            conn.execute(
                delete(IssueItemRow).where(
                    IssueItemRow.issue_number == number, IssueItemRow.item_id == item_id
                )
            )
            last = conn.scalar(
                select(func.max(IssueItemRow.position)).where(
                    IssueItemRow.issue_number == number, IssueItemRow.theme == theme
                )
            )
            conn.execute(
                insert(IssueItemRow).values(
                    issue_number=number,
                    item_id=item_id,
                    theme=theme,
                    position=-1 if last is None else last + 1,
                    note=note,
                )
            )
            _retained(conn, [item_id], True)
            self._renumber(conn, number, theme)
            self._touch(conn, number, now)

    def issues_of(self, item_id: int) -> list[tuple[int, IssueState, str]]:
        """The issues that carry an item: number, state and the editors' note there."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(IssueItemRow.issue_number, IssueRow.state, IssueItemRow.note)
                .join(IssueRow, IssueRow.number == IssueItemRow.issue_number)
                .where(IssueItemRow.item_id == item_id)
                .order_by(IssueItemRow.issue_number)
            )
            return [(int(r[0]), IssueState(r[1]), str(r[2] or "")) for r in rows]

    def carried(self, number: int, item_id: int) -> list[tuple[int, int]]:
        """(issue number, item id) of the issues that carry this item or another item of
        its story: any published or being sent, and this issue (another item of the story
        only: the item itself there is a move between sections)."""
        with self.engine.connect() as conn:
            story = conn.scalar(select(ItemRow.story_id).where(ItemRow.id == item_id))
            same = ItemRow.story_id == story if story is not None else ItemRow.id == item_id
            query = (
                select(IssueItemRow.issue_number, IssueItemRow.item_id)
                .join(ItemRow, ItemRow.id == IssueItemRow.item_id)
                .join(IssueRow, IssueRow.number == IssueItemRow.issue_number)
                .where(
                    or_(ItemRow.id == item_id, same),
                    or_(
                        IssueRow.state.in_(
                            [IssueState.PUBLISHED.value, IssueState.PUBLISHING.value]
                        ),
                        and_(IssueRow.number == number, IssueItemRow.item_id != item_id),
                    ),
                )
                .order_by(IssueItemRow.issue_number)
            )
            return [(int(r[0]), int(r[1])) for r in conn.execute(query)]

    def remove(self, number: int, item_id: int, now: datetime) -> None:
        with Transaction(self.engine, "retrait d'un article") as conn:
            theme = self._theme_of(conn, number, item_id)
            conn.execute(
                delete(IssueItemRow).where(
                    IssueItemRow.issue_number == number, IssueItemRow.item_id == item_id
                )
            )
            _retained(conn, [item_id], False)
            self._renumber(conn, number, theme)
            self._touch(conn, number, now)

    def reorder(self, number: int, item_id: int, position: int, now: datetime) -> None:
        """Put an item at ``position`` (1 = first) in its section."""
        with Transaction(self.engine, "ordre des articles") as conn:
            theme = self._theme_of(conn, number, item_id)
            order = self._order(conn, number, theme)
            order.remove(item_id)
            order.insert(max(0, min(position - 1, len(order))), item_id)
            self._write_order(conn, number, order)
            self._touch(conn, number, now)

    def set_note(self, number: int, item_id: int, note: str, now: datetime) -> None:
        with Transaction(self.engine, "note de l'article") as conn:
            self._theme_of(conn, number, item_id)
            conn.execute(
                update(IssueItemRow)
                .where(IssueItemRow.issue_number == number, IssueItemRow.item_id == item_id)
                .values(note=note)
            )
            self._touch(conn, number, now)

    def set_texts(
        self, number: int, item_id: int, title: str | None, summary: str | None, now: datetime
    ) -> None:
        """The title and summary the issue shows for an item (None: the item's own)."""
        with Transaction(self.engine, "textes de l'article") as conn:
            self._theme_of(conn, number, item_id)
            conn.execute(
                update(IssueItemRow)
                .where(IssueItemRow.issue_number == number, IssueItemRow.item_id == item_id)
                .values(title=title, summary=summary)
            )
            self._touch(conn, number, now)

    def entries(self, number: int) -> list[EntryRow]:
        query = (
            select(
                IssueItemRow.item_id,
                IssueItemRow.theme,
                IssueItemRow.position,
                IssueItemRow.note,
                ItemRow.title,
                ItemRow.url,
                SourceRow.name,
                ItemRow.published_at,
                ItemRow.summary_text,
                PartnerRow.name,
                ItemRow.story_id,
                ItemRow.language,
                IssueItemRow.title,
                IssueItemRow.summary,
            )
            .join(ItemRow, ItemRow.id == IssueItemRow.item_id)
            .join(SourceRow, SourceRow.id == ItemRow.source_id)
            .join(PartnerRow, PartnerRow.id == SourceRow.partner_id)
            .where(IssueItemRow.issue_number == number)
            .order_by(IssueItemRow.theme, IssueItemRow.position)
        )
        with self.engine.connect() as conn:
            rows = [EntryRow(*row) for row in conn.execute(query)]
            credit = _proposers(conn, [r.item_id for r in rows])
        # « proposé par »: the partners who proposed and supported it, not its source's owner
        return [replace(r, partner=", ".join(credit.get(r.item_id, []))) for r in rows]

    def also_at(self, item_ids: Sequence[int]) -> dict[int, list[str]]:
        """For each item, the other outlets telling the same story (first seen first)."""
        if not item_ids:
            return {}
        mine = aliased(ItemRow)
        other = aliased(ItemRow)
        query = (
            select(mine.id, SourceRow.name)
            .join(
                other,
                and_(
                    other.story_id == mine.story_id,
                    other.id != mine.id,
                    other.source_id != mine.source_id,
                ),
            )
            .join(SourceRow, SourceRow.id == other.source_id)
            .where(mine.id.in_(list(item_ids)), mine.story_id.is_not(None))
            .order_by(mine.id, other.first_seen_at, other.id)
        )
        found: dict[int, list[str]] = {}
        with self.engine.connect() as conn:
            for item_id, name in conn.execute(query):
                names = found.setdefault(item_id, [])
                if name not in names:
                    names.append(name)
        return found

    def partner_names(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.scalars(select(PartnerRow.name).order_by(PartnerRow.name)))

    # -- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _touch(conn: Connection, number: int, now: datetime) -> None:
        changed = conn.execute(
            update(IssueRow)
            .where(IssueRow.number == number, IssueRow.state == IssueState.DRAFT.value)
            .values(updated_at=now)
        ).rowcount
        if changed != 1:
            raise BulletinError(f"le numéro {number} n'est plus un brouillon")

    @staticmethod
    def _theme_of(conn: Connection, number: int, item_id: int) -> str:
        theme = conn.scalar(
            select(IssueItemRow.theme).where(
                IssueItemRow.issue_number == number, IssueItemRow.item_id == item_id
            )
        )
        if theme is None:
            raise BulletinError(f"l'article {item_id} n'est pas dans le numéro {number}")
        return theme

    @staticmethod
    def _order(conn: Connection, number: int, theme: str) -> list[int]:
        return list(
            conn.scalars(
                select(IssueItemRow.item_id)
                .where(IssueItemRow.issue_number == number, IssueItemRow.theme == theme)
                .order_by(IssueItemRow.position, IssueItemRow.item_id)
            )
        )

    def _renumber(self, conn: Connection, number: int, theme: str) -> None:
        self._write_order(conn, number, self._order(conn, number, theme))

    @staticmethod
    def _write_order(conn: Connection, number: int, order: list[int]) -> None:
        for position, item_id in enumerate(order):
            conn.execute(
                update(IssueItemRow)
                .where(IssueItemRow.issue_number == number, IssueItemRow.item_id == item_id)
                .values(position=position)
            )


def _retained(conn: Connection, item_ids: list[int], retained: bool) -> None:
    """Keep the items' curation state in step with drafts: in a draft means « selected »;
    taken out, an item goes back to « proposed » if a partner proposed it, else « new »."""
    if not item_ids:
        return
    items = ItemRow.id.in_(item_ids)
    if retained:
        conn.execute(
            update(ItemRow)
            .where(items, ItemRow.curation != "published")
            .values(curation="selected")
        )
        return
    proposed = select(ProposalRow.item_id).where(ProposalRow.item_id == ItemRow.id).exists()
    conn.execute(
        update(ItemRow)
        .where(items, ItemRow.curation == "selected")
        .values(curation=case((proposed, "proposed"), else_="new"))
    )


def _record(row: Any, items: int) -> IssueRecord:
    return IssueRecord(
        row.number,
        row.title,
        row.period_start,
        row.period_end,
        row.intro,
        IssueState(row.state),
        row.content,
        row.created_at,
        row.updated_at,
        row.published_at,
        int(items),
        row.vuln_edits,
        row.trends,
        row.agenda_hidden,
    )


def _proposals(conn: Connection, item_ids: Sequence[int]) -> list[Any]:
    if not item_ids:
        return []
    return list(
        conn.execute(
            select(ProposalRow.item_id, ProposalRow.note, PartnerRow.name)
            .join(PartnerRow, PartnerRow.id == ProposalRow.partner_id)
            .where(ProposalRow.item_id.in_(list(item_ids)))
            .order_by(ProposalRow.item_id, ProposalRow.first.desc(), ProposalRow.created_at)
        )
    )


def _partner_notes(conn: Connection, item_ids: Sequence[int]) -> dict[int, str]:
    """The partners' « pourquoi c'est important » an item carries into the issue: the
    proposer's note, else the first supporter's."""
    notes: dict[int, str] = {}
    for row in _proposals(conn, item_ids):
        if row.note.strip() and row.item_id not in notes:
            notes[row.item_id] = row.note.strip()
    return notes


def _proposers(conn: Connection, item_ids: Sequence[int]) -> dict[int, list[str]]:
    """The organisations that proposed, then supported, each item."""
    names: dict[int, list[str]] = {}
    for row in _proposals(conn, item_ids):
        names.setdefault(row.item_id, []).append(row.name)
    return names
