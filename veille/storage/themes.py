"""Queries for themes and stories: classification results, people's labels, story links.

Split from ``store`` by domain. Every write is one transaction; a failure leaves what was
stored before untouched.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    and_,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection

from veille.analyse.dedup import Assignment, Links, StoryDoc
from veille.analyse.records import Classified, ItemText, StoryMember, TrendRow, VulnText
from veille.errors import NotFoundError, NotFoundKind
from veille.storage.db import Transaction, chunks
from veille.storage.models import (
    ItemAgendaRow,
    ItemLabelRow,
    ItemRow,
    SourceRow,
    StoryLinkRow,
)

BATCH = 2_000


class ThemeStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _write(self, what: str) -> Transaction:
        return Transaction(self.engine, what)

    # -- classification ---------------------------------------------------------------------
    def texts_to_classify(self, everything: bool = False) -> Iterator[list[ItemText]]:
        """Items not classified yet (or all), in batches, with their source's themes."""
        query = (
            select(
                ItemRow.id, ItemRow.title, ItemRow.summary_text, ItemRow.language, SourceRow.themes
            )
            .join(SourceRow, SourceRow.id == ItemRow.source_id)
            .order_by(ItemRow.id)
        )
        labelled = select(ItemLabelRow.item_id).where(ItemLabelRow.item_id == ItemRow.id)
        query = query.where(~labelled.exists())  # a person's themes are never overwritten
        if not everything:
            query = query.where(ItemRow.classified_with.is_(None))
        for rows in self._batches(query):
            yield [
                ItemText(r.id, r.title, r.summary_text, r.language, tuple(r.themes or ()))
                for r in rows
            ]

    def _batches(self, query: Any) -> Iterator[Sequence[Any]]:
        """The rows of ``query`` (ordered by item id) BATCH at a time, by keyset: each batch
        in a short connection of its own, so that saving between batches never waits."""
        last = 0
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(query.where(ItemRow.id > last).limit(BATCH)).all()
            if not rows:
                return
            yield rows
            last = rows[-1].id

    def texts_for_vulnerabilities(self) -> Iterator[list[VulnText]]:
        """Items whose vulnerability ids were not read yet, in batches."""
        query = (
            select(
                ItemRow.id,
                ItemRow.title,
                ItemRow.summary_text,
                ItemRow.content_text,
                ItemRow.url,
                ItemRow.published_at,
            )
            .where(ItemRow.cves.is_(None))
            .order_by(ItemRow.id)
        )
        for rows in self._batches(query):
            yield [
                VulnText(r.id, r.title, r.summary_text, r.content_text, r.url, r.published_at)
                for r in rows
            ]

    def save_vulnerabilities(
        self, found: Sequence[tuple[int, Sequence[str], Sequence[str]]]
    ) -> None:
        """Each item's vulnerability and advisory ids, and what of the region it names."""
        if not found:
            return
        with self._write("vulnérabilités") as conn:
            conn.execute(
                update(ItemRow)
                .where(ItemRow.id == bindparam("b_id"))
                .values(cves=bindparam("c"), region=bindparam("r")),
                [
                    {"b_id": item_id, "c": list(ids), "r": list(region)}
                    for item_id, ids, region in found
                ],
            )

    def save_classification(self, results: Sequence[Classified]) -> None:
        if not results:
            return
        with self._write("classification") as conn:
            conn.execute(
                _SAVE_CLASSIFICATION,
                [
                    {
                        "b_id": r.item_id,
                        "themes": list(r.themes),
                        "theme_scores": r.scores,
                        "to_sort": r.to_sort,
                        "classified_with": r.version,
                    }
                    for r in results
                ],
            )

    def label(self, item_id: int, themes: Sequence[str], author: str, now: datetime) -> None:
        """A person's themes for an item: saved as training data and applied at once."""
        with self._write("correction des thèmes") as conn:
            if conn.scalar(select(ItemRow.id).where(ItemRow.id == item_id)) is None:
                raise NotFoundError(NotFoundKind.ITEM, item_id)
            conn.execute(delete(ItemLabelRow).where(ItemLabelRow.item_id == item_id))
            conn.execute(
                insert(ItemLabelRow).values(
                    item_id=item_id, themes=list(themes), author=author, created_at=now
                )
            )
            conn.execute(
                update(ItemRow)
                .where(ItemRow.id == item_id)
                .values(themes=list(themes), to_sort=False, classified_with=f"person:{author}"[:64])
            )

    def labelled(self) -> list[tuple[ItemText, tuple[str, ...]]]:
        query = (
            select(
                ItemRow.id,
                ItemRow.title,
                ItemRow.summary_text,
                ItemRow.language,
                ItemLabelRow.themes,
            )
            .join(ItemLabelRow, ItemLabelRow.item_id == ItemRow.id)
            .order_by(ItemRow.id)
        )
        with self.engine.connect() as conn:
            return [
                (ItemText(r.id, r.title, r.summary_text, r.language, ()), tuple(r.themes or ()))
                for r in conn.execute(query)
            ]

    def theme_counts(self, since: datetime | None = None) -> dict[str, int]:
        """Items per assigned theme (published since ``since``, or all), « à trier » and
        unclassified counted apart."""
        counts: dict[str, int] = {}
        query = select(ItemRow.themes, ItemRow.to_sort, ItemRow.classified_with)
        if since is not None:
            query = query.where(ItemRow.published_at >= since)
        with self.engine.connect() as conn:
            for themes, to_sort, version in conn.execute(query):
                if version is None:
                    counts["(non classé)"] = counts.get("(non classé)", 0) + 1
                    continue
                for theme in themes or ["(hors thème)"]:
                    counts[theme] = counts.get(theme, 0) + 1
                if to_sort:
                    counts["(à trier)"] = counts.get("(à trier)", 0) + 1
        return counts

    # -- stories ----------------------------------------------------------------------------
    def _docs(
        self, conn: Connection, where: ColumnElement[bool]
    ) -> list[tuple[StoryDoc, int | None]]:
        query = (
            select(
                ItemRow.id,
                ItemRow.title,
                ItemRow.summary_text,
                ItemRow.language,
                ItemRow.canonical_url,
                ItemRow.published_at,
                ItemRow.story_id,
                ItemRow.source_id,
            )
            .where(where)
            .order_by(ItemRow.first_seen_at, ItemRow.id)
        )
        return [
            (
                StoryDoc(
                    r.id,
                    r.title,
                    r.summary_text,
                    r.language,
                    r.canonical_url,
                    r.published_at,
                    r.source_id,
                ),
                r.story_id,
            )
            for r in conn.execute(query)
        ]

    def story_docs(self, since: datetime) -> tuple[list[tuple[StoryDoc, int]], list[StoryDoc]]:
        """Items in stories seen since ``since`` (the window), and items in no story yet."""
        with self.engine.connect() as conn:
            placed = self._docs(
                conn, and_(ItemRow.story_id.is_not(None), ItemRow.first_seen_at >= since)
            )
            fresh = self._docs(conn, ItemRow.story_id.is_(None))
        return [(d, s) for d, s in placed if s is not None], [d for d, _ in fresh]

    def save_stories(self, assignments: Sequence[Assignment]) -> None:
        if not assignments:
            return
        with self._write("histoires") as conn:
            conn.execute(
                _SAVE_STORY, [{"b_id": a.item_id, "story_id": a.story_id} for a in assignments]
            )

    def reset_stories(self) -> None:
        with self._write("histoires") as conn:
            conn.execute(update(ItemRow).values(story_id=None))

    def links(self) -> Links:
        links = Links()
        with self.engine.connect() as conn:
            for a, b, together in conn.execute(
                select(StoryLinkRow.item_a, StoryLinkRow.item_b, StoryLinkRow.together)
            ):
                (links.together if together else links.apart).add(frozenset((a, b)))
        return links

    def members(self, story_id: int) -> list[StoryMember]:
        query = (
            select(
                ItemRow.id,
                ItemRow.source_id,
                SourceRow.name,
                ItemRow.title,
                ItemRow.url,
                ItemRow.published_at,
                ItemRow.story_id,
            )
            .join(SourceRow, SourceRow.id == ItemRow.source_id)
            .where(ItemRow.story_id == story_id)
            .order_by(ItemRow.first_seen_at, ItemRow.id)
        )
        with self.engine.connect() as conn:
            return [
                StoryMember(
                    r.id, r.source_id, r.name, r.title, r.url, r.published_at, r.id == r.story_id
                )
                for r in conn.execute(query)
            ]

    def story_of(self, item_id: int) -> int:
        with self.engine.connect() as conn:
            story = conn.scalar(select(ItemRow.story_id).where(ItemRow.id == item_id))
        if story is None:
            raise NotFoundError(NotFoundKind.ITEM, item_id, "ou pas encore regroupé")
        return story

    def largest_stories(self, limit: int = 10) -> list[list[StoryMember]]:
        size = func.count().label("n")
        query = (
            select(ItemRow.story_id, size)
            .where(ItemRow.story_id.is_not(None))
            .group_by(ItemRow.story_id)
            .having(size > 1)
            .order_by(size.desc(), ItemRow.story_id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            ids = [r.story_id for r in conn.execute(query)]
        return [self.members(i) for i in ids]

    def count_stories(self) -> tuple[int, int]:
        """(stories, items in a story)."""
        with self.engine.connect() as conn:
            stories = conn.scalar(select(func.count(func.distinct(ItemRow.story_id)))) or 0
            items = conn.scalar(select(func.count()).where(ItemRow.story_id.is_not(None))) or 0
        return stories, items

    def split(self, item_id: int, author: str, now: datetime) -> int:
        """Take an item out of its story; it leads a story of its own, and later runs keep it
        apart from the story's other items. Returns the story it left."""
        with self._write("séparation") as conn:
            story = conn.scalar(select(ItemRow.story_id).where(ItemRow.id == item_id))
            if story is None:
                raise NotFoundError(NotFoundKind.ITEM, item_id, "ou pas encore regroupé")
            others = list(
                conn.scalars(
                    select(ItemRow.id)
                    .where(ItemRow.story_id == story, ItemRow.id != item_id)
                    .order_by(ItemRow.id)
                )
            )
            for other in others:
                _link(conn, item_id, other, False, author, now)
            conn.execute(update(ItemRow).where(ItemRow.id == item_id).values(story_id=item_id))
            if story == item_id and others:  # it led the story: the next oldest leads now
                conn.execute(
                    update(ItemRow).where(ItemRow.id.in_(others)).values(story_id=others[0])
                )
                return others[0]
        return story

    def merge(self, item_id: int, into_item_id: int, author: str, now: datetime) -> int:
        """Put an item's whole story into another item's story; later runs keep them together."""
        with self._write("fusion") as conn:
            source = conn.scalar(select(ItemRow.story_id).where(ItemRow.id == item_id))
            target = conn.scalar(select(ItemRow.story_id).where(ItemRow.id == into_item_id))
            if source is None or target is None:
                raise NotFoundError(
                    NotFoundKind.ITEM,
                    item_id if source is None else into_item_id,
                    "ou pas encore regroupé",
                )
            _link(conn, item_id, into_item_id, True, author, now)
            members = list(conn.scalars(select(ItemRow.id).where(ItemRow.story_id == source)))
            target_members = list(
                conn.scalars(select(ItemRow.id).where(ItemRow.story_id == target))
            )
            conn.execute(
                delete(StoryLinkRow).where(
                    StoryLinkRow.together.is_(False),
                    or_(
                        and_(
                            StoryLinkRow.item_a.in_(members),
                            StoryLinkRow.item_b.in_(target_members),
                        ),
                        and_(
                            StoryLinkRow.item_b.in_(members),
                            StoryLinkRow.item_a.in_(target_members),
                        ),
                    ),
                )
            )
            lead = min(source, target)
            conn.execute(
                update(ItemRow).where(ItemRow.story_id.in_([source, target])).values(story_id=lead)
            )
        return lead


def _link(conn: Connection, a: int, b: int, together: bool, author: str, now: datetime) -> None:
    low, high = min(a, b), max(a, b)
    conn.execute(
        delete(StoryLinkRow).where(StoryLinkRow.item_a == low, StoryLinkRow.item_b == high)
    )
    conn.execute(
        insert(StoryLinkRow).values(
            item_a=low, item_b=high, together=together, author=author, created_at=now
        )
    )


_SAVE_CLASSIFICATION = (
    update(ItemRow)
    .where(ItemRow.id == bindparam("b_id"))
    .values(
        themes=bindparam("themes"),
        theme_scores=bindparam("theme_scores"),
        to_sort=bindparam("to_sort"),
        classified_with=bindparam("classified_with"),
    )
)
_SAVE_STORY = (
    update(ItemRow).where(ItemRow.id == bindparam("b_id")).values(story_id=bindparam("story_id"))
)


class TrendStore:
    """What the trend radar reads: recent items with their story, outlet, day and themes."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def recent(self, since: datetime, after_id: int = 0) -> list[TrendRow]:
        return self._trend_rows(ItemRow.published_at >= since, ItemRow.id > after_id)

    def rows(self, ids: Sequence[int]) -> list[TrendRow]:
        """The items ``ids`` as the radar and the agenda read them."""
        return self._trend_rows(ItemRow.id.in_(list(ids))) if ids else []

    def _trend_rows(self, *where: ColumnElement[bool]) -> list[TrendRow]:
        query = (
            select(
                ItemRow.id,
                ItemRow.story_id,
                SourceRow.name,
                ItemRow.published_at,
                ItemRow.themes,
                ItemRow.title,
                ItemRow.summary_text,
                ItemRow.url,
                SourceRow.announces,
            )
            .join(SourceRow, SourceRow.id == ItemRow.source_id)
            .where(*where)
            .order_by(ItemRow.id)
        )
        with self.engine.connect() as conn:
            return [
                TrendRow(
                    r.id,
                    r.story_id or r.id,
                    r.name,
                    r.published_at,
                    tuple(r.themes or ()),
                    r.title,
                    r.summary_text,
                    r.url,
                    r.announces,
                )
                for r in conn.execute(query)
            ]

    def titles(self, ids: Sequence[int]) -> dict[int, tuple[str, str, str | None]]:
        """Item id → (title, outlet, url), for the radar's evidence."""
        if not ids:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(ItemRow.id, ItemRow.title, SourceRow.name, ItemRow.url)
                .join(SourceRow, SourceRow.id == ItemRow.source_id)
                .where(ItemRow.id.in_(list(ids)))
            )
            return {r.id: (r.title, r.name, r.url) for r in rows}

    def agenda_readings(self, ids: Sequence[int]) -> dict[int, tuple[str, date | None]]:
        """Item id → the (label, date) a person gave it for the agenda; label empty: not a
        call nor an event."""
        found: dict[int, tuple[str, date | None]] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(ids):
                rows = conn.execute(
                    select(ItemAgendaRow.item_id, ItemAgendaRow.label, ItemAgendaRow.day).where(
                        ItemAgendaRow.item_id.in_(list(chunk))
                    )
                )
                found.update({r.item_id: (r.label, r.day) for r in rows})
        return found

    def agenda_read_items(self, lead: int) -> list[tuple[str, str, str, str, datetime]]:
        """Every item a person read for the agenda, by id: (title, summary, the first
        ``lead`` characters of its page's text, the label they gave; empty: neither a call
        nor an event; its publication), what the agenda learns from."""
        query = (
            select(
                ItemRow.title,
                ItemRow.summary_text,
                func.substr(ItemRow.content_text, 1, lead),
                ItemAgendaRow.label,
                ItemRow.published_at,
            )
            .join(ItemAgendaRow, ItemAgendaRow.item_id == ItemRow.id)
            .order_by(ItemRow.id)
        )
        with self.engine.connect() as conn:
            return [(r[0], r[1] or "", r[2] or "", r[3], r[4]) for r in conn.execute(query)]

    def agenda_readings_stamp(self) -> tuple[int, datetime | None]:
        """How many items people read for the agenda and when the last reading was given:
        it changes with every reading given, changed or dropped."""
        query = select(func.count(), func.max(ItemAgendaRow.created_at))
        with self.engine.connect() as conn:
            count, last = conn.execute(query).one()
        return int(count), last

    def agenda_unread(self, limit: int) -> list[int]:
        """The ``limit`` most recent items nobody read for the agenda, of sources that do
        not declare what they announce: the network's ordinary stream, which the agenda's
        model also learns from."""
        query = (
            select(ItemRow.id)
            .join(SourceRow, SourceRow.id == ItemRow.source_id)
            .outerjoin(ItemAgendaRow, ItemAgendaRow.item_id == ItemRow.id)
            .where(ItemAgendaRow.item_id.is_(None), SourceRow.announces.is_(None))
            .order_by(ItemRow.published_at.desc(), ItemRow.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(query)]

    def set_agenda_reading(
        self, item_id: int, label: str, day: date | None, author: str, now: datetime
    ) -> None:
        """A person's reading of the item for the agenda, replacing any earlier one."""
        with Transaction(self.engine, "lecture de l'agenda") as conn:
            if conn.scalar(select(ItemRow.id).where(ItemRow.id == item_id)) is None:
                raise NotFoundError(NotFoundKind.ITEM, item_id)
            conn.execute(delete(ItemAgendaRow).where(ItemAgendaRow.item_id == item_id))
            conn.execute(
                insert(ItemAgendaRow).values(
                    item_id=item_id, label=label, day=day, author=author, created_at=now
                )
            )

    def page_texts(self, ids: Sequence[int], limit: int) -> dict[int, str]:
        """Item id → the first ``limit`` characters of its page's text, for the items whose
        page the collector fetched (the agenda reads a call's closing date there)."""
        found: dict[int, str] = {}
        with self.engine.connect() as conn:
            for chunk in chunks(ids):
                rows = conn.execute(
                    select(ItemRow.id, func.substr(ItemRow.content_text, 1, limit)).where(
                        ItemRow.id.in_(list(chunk)),
                        ItemRow.content_text != "",
                    )
                )
                found.update({row[0]: row[1] for row in rows})
        return found
