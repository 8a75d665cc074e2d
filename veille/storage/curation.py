"""Queries for people and curation: users, the inbox (filters, full-text search, keyset
pagination), an item's proposals and history, and the moves of an item's curation state."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Engine,
    String,
    and_,
    case,
    cast,
    delete,
    func,
    insert,
    literal_column,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection

from veille.curation.records import Event, InboxFilter, InboxRow, ItemView, Proposal
from veille.curation.rules import Curation, Role, User, check, effective_action, next_state
from veille.errors import AccessError, NotFoundError, NotFoundKind
from veille.storage.db import Transaction, new_id
from veille.storage.models import ItemEventRow, ItemRow, PartnerRow, ProposalRow, SourceRow, UserRow

PAGE = 50
EXCERPT = 240  # characters of the summary the inbox reads for its one-line excerpt
_WORD = re.compile(r"\w+", re.UNICODE)


class UserStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(
        self,
        email: str,
        name: str,
        role: Role,
        partner_id: str | None,
        password_hash: str,
        now: datetime,
    ) -> int:
        with Transaction(self.engine, "utilisateur") as conn:
            if conn.scalar(select(UserRow.id).where(UserRow.email == email)):
                raise AccessError(f"{email} a déjà un compte")
            if partner_id and not conn.scalar(
                select(PartnerRow.id).where(PartnerRow.id == partner_id)
            ):
                raise AccessError(f"partenaire inconnu « {partner_id} »")
            return new_id(
                conn.execute(
                    insert(UserRow).values(
                        email=email,
                        name=name,
                        role=role.value,
                        partner_id=partner_id,
                        password_hash=password_hash,
                        active=True,
                        created_at=now,
                        failed_logins=0,
                    )
                )
            )

    def credentials(self, email: str) -> tuple[User, str, int, datetime | None] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(UserRow).where(UserRow.email == email)).first()
        if row is None:
            return None
        return _user(row), row.password_hash, row.failed_logins, row.locked_until

    def get(self, user_id: int) -> User | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(UserRow).where(UserRow.id == user_id)).first()
        return _user(row) if row else None

    def end_sessions(self, user_id: int) -> None:
        """Sign every session of this account out (they name an older version)."""
        with Transaction(self.engine, "sessions") as conn:
            conn.execute(
                update(UserRow)
                .where(UserRow.id == user_id)
                .values(session_version=UserRow.session_version + 1)
            )

    def all(self) -> list[User]:
        with self.engine.connect() as conn:
            return [_user(r) for r in conn.execute(select(UserRow).order_by(UserRow.email))]

    def login_result(
        self,
        user_id: int,
        ok: bool,
        failed: int,
        locked_until: datetime | None,
        now: datetime,
        new_hash: str | None = None,
    ) -> None:
        values: dict[str, Any] = (
            {"failed_logins": 0, "locked_until": None, "last_login_at": now}
            if ok
            else {"failed_logins": failed, "locked_until": locked_until}
        )
        if new_hash:
            values["password_hash"] = new_hash
        if locked_until is not None:  # locked out: every open session ends too
            values["session_version"] = UserRow.session_version + 1
        with Transaction(self.engine, "connexion") as conn:
            conn.execute(update(UserRow).where(UserRow.id == user_id).values(**values))

    def set_password(self, email: str, password_hash: str) -> bool:
        with Transaction(self.engine, "mot de passe") as conn:
            return bool(
                conn.execute(
                    update(UserRow)
                    .where(UserRow.email == email)
                    .values(
                        password_hash=password_hash,
                        failed_logins=0,
                        locked_until=None,
                        session_version=UserRow.session_version + 1,
                    )
                ).rowcount
            )


class CurationStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- reading ----------------------------------------------------------------------------
    def inbox(
        self, f: InboxFilter, after: tuple[datetime, int] | None = None, limit: int = PAGE
    ) -> list[InboxRow]:
        """Newest first, ``limit`` rows after the cursor (published_at, id)."""
        query = _inbox_select().where(*self._conditions(f))
        if after is not None:
            when, ident = after
            query = query.where(
                or_(
                    ItemRow.published_at < when,
                    and_(ItemRow.published_at == when, ItemRow.id < ident),
                )
            )
        query = query.order_by(ItemRow.published_at.desc(), ItemRow.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [_inbox_row(r) for r in conn.execute(query)]

    def _conditions(self, f: InboxFilter) -> list[Any]:
        conditions: list[Any] = []
        if f.theme:
            # themes is a JSON list of identifiers: match the quoted id in its text
            pattern = '%"' + f.theme.replace("\\", "").replace("%", "").replace("_", "\\_") + '"%'
            conditions.append(cast(ItemRow.themes, String).like(pattern, escape="\\"))
        if f.source:
            conditions.append(ItemRow.source_id == f.source)
        if f.partner:
            conditions.append(SourceRow.partner_id == f.partner)
        if f.language:
            conditions.append(ItemRow.language == f.language)
        if f.status:
            conditions.append(ItemRow.curation == f.status)
        if f.to_sort:
            conditions.append(ItemRow.to_sort.is_(True))
        if f.on_topic:
            conditions.append(_on_topic())
        if f.region:
            conditions.append(cast(ItemRow.region, String).like('%"%'))
        if f.cve:
            wanted = '%"' + f.cve.upper().replace("%", "").replace("_", "").replace('"', "") + '"%'
            conditions.append(cast(ItemRow.cves, String).like(wanted))
        if f.since:
            conditions.append(ItemRow.published_at >= f.since)
        if f.until:
            conditions.append(ItemRow.published_at < f.until)
        words = _WORD.findall(f.query)[:12]
        if words:
            conditions.append(self._matches(words))
        return conditions

    def _matches(self, words: list[str]) -> Any:
        if self.engine.dialect.name == "sqlite":
            # each word quoted (no FTS5 syntax from users), the last one as a prefix
            fts = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
            return ItemRow.id.in_(
                select(literal_column("rowid"))
                .select_from(text("items_fts"))
                .where(text("items_fts MATCH :fts").bindparams(fts=fts))
            )
        phrase = " ".join(words)
        document = ItemRow.title + " " + ItemRow.summary_text
        return or_(
            *(
                func.to_tsvector(lang, document).op("@@")(func.plainto_tsquery(lang, phrase))
                for lang in ("french", "english")
            )
        )

    def item(self, item_id: int) -> ItemView:
        with self.engine.connect() as conn:
            row = conn.execute(
                _inbox_select().add_columns(ItemRow.summary_text).where(ItemRow.id == item_id)
            ).first()
            if row is None:
                raise NotFoundError(NotFoundKind.ITEM, item_id)
            view = ItemView(_inbox_row(row), row.summary_text)
            view.proposals = [
                Proposal(*r)
                for r in conn.execute(
                    select(
                        ProposalRow.partner_id,
                        PartnerRow.name,
                        UserRow.name,
                        ProposalRow.note,
                        ProposalRow.first,
                        ProposalRow.created_at,
                    )
                    .join(PartnerRow, PartnerRow.id == ProposalRow.partner_id)
                    .outerjoin(UserRow, UserRow.id == ProposalRow.user_id)
                    .where(ProposalRow.item_id == item_id)
                    .order_by(ProposalRow.first.desc(), ProposalRow.created_at)
                )
            ]
            view.events = [
                Event(*r)
                for r in conn.execute(
                    select(
                        ItemEventRow.kind,
                        ItemEventRow.detail,
                        UserRow.name,
                        ItemEventRow.partner_id,
                        ItemEventRow.created_at,
                    )
                    .outerjoin(UserRow, UserRow.id == ItemEventRow.user_id)
                    .where(ItemEventRow.item_id == item_id)
                    .order_by(ItemEventRow.created_at, ItemEventRow.id)
                )
            ]
        return view

    def proposals(self, item_ids: list[int]) -> dict[int, list[Proposal]]:
        if not item_ids:
            return {}
        found: dict[int, list[Proposal]] = {}
        with self.engine.connect() as conn:
            for r in conn.execute(
                select(
                    ProposalRow.item_id,
                    ProposalRow.partner_id,
                    PartnerRow.name,
                    UserRow.name,
                    ProposalRow.note,
                    ProposalRow.first,
                    ProposalRow.created_at,
                )
                .join(PartnerRow, PartnerRow.id == ProposalRow.partner_id)
                .outerjoin(UserRow, UserRow.id == ProposalRow.user_id)
                .where(ProposalRow.item_id.in_(item_ids))
                .order_by(ProposalRow.first.desc(), ProposalRow.created_at)
            ):
                found.setdefault(r[0], []).append(Proposal(*r[1:]))
        return found

    def counts(self, f: InboxFilter) -> dict[tuple[Curation, bool], int]:
        """How many items match ``f`` (its status and ``on_topic`` aside), per state and
        whether they are on topic: what the inbox's tabs count."""
        topic = case((_on_topic(), 1), else_=0)
        query = (
            select(ItemRow.curation, topic, func.count())
            .select_from(ItemRow)
            .join(SourceRow, SourceRow.id == ItemRow.source_id)
            .where(*self._conditions(replace(f, status=None, on_topic=False)))
            .group_by(ItemRow.curation, topic)
        )
        with self.engine.connect() as conn:
            return {(Curation(c), bool(t)): int(n) for c, t, n in conn.execute(query)}

    def activity(
        self, since: datetime, region: str | None = None
    ) -> list[tuple[datetime, list[str]]]:
        """Each item published since ``since``: its date and themes (the dashboard), and
        ``region`` among them when it names something of the region."""
        query = select(ItemRow.published_at, ItemRow.themes, ItemRow.region).where(
            ItemRow.published_at >= since
        )
        with self.engine.connect() as conn:
            return [
                (when, list(themes or ()) + ([region] if region and places else []))
                for when, themes, places in conn.execute(query)
            ]

    def proposal_times(self, since: datetime) -> list[tuple[datetime, str]]:
        """Each proposal and support made since ``since``: when, and by which partner."""
        query = select(ProposalRow.created_at, ProposalRow.partner_id).where(
            ProposalRow.created_at >= since
        )
        with self.engine.connect() as conn:
            return [(when, partner) for when, partner in conn.execute(query)]

    # -- acting -----------------------------------------------------------------------------
    def act(
        self, user: User, item_id: int, action: str, now: datetime, detail: str = ""
    ) -> tuple[str, Curation]:
        """Apply one curation action for ``user`` in one transaction: check the role and the
        state (``rules.check``), move the state, record the proposal or support, and the
        history line. Returns the action done (proposing an item already proposed supports
        it) and the item's new state."""
        with Transaction(self.engine, "action sur l'article") as conn:
            current = conn.scalar(
                select(ItemRow.curation).where(ItemRow.id == item_id).with_for_update()
            )
            if current is None:
                raise NotFoundError(NotFoundKind.ITEM, item_id)
            state = Curation(current)
            action = effective_action(action, state)
            partners = set(
                conn.scalars(select(ProposalRow.partner_id).where(ProposalRow.item_id == item_id))
            )
            mine = user.partner_id in partners
            others = bool(partners - {user.partner_id})
            check(user, action, state, mine=mine, others=others)
            target = next_state(action, state) if action in _MOVING else state
            if action in ("propose", "support"):
                self._proposal(conn, user, item_id, action == "propose" and not others, detail, now)
            if target is not state:
                conn.execute(
                    update(ItemRow).where(ItemRow.id == item_id).values(curation=target.value)
                )
            conn.execute(
                insert(ItemEventRow).values(
                    item_id=item_id,
                    user_id=user.id,
                    partner_id=user.partner_id,
                    kind=action,
                    detail=detail,
                    created_at=now,
                )
            )
            return action, target

    @staticmethod
    def _proposal(
        conn: Connection, user: User, item_id: int, first: bool, note: str, now: datetime
    ) -> None:
        exists = conn.scalar(
            select(func.count())
            .select_from(ProposalRow)
            .where(ProposalRow.item_id == item_id, ProposalRow.partner_id == user.partner_id)
        )
        if exists:
            conn.execute(
                update(ProposalRow)
                .where(ProposalRow.item_id == item_id, ProposalRow.partner_id == user.partner_id)
                .values(note=note, user_id=user.id)
            )
            return
        conn.execute(
            insert(ProposalRow).values(
                item_id=item_id,
                partner_id=user.partner_id,
                user_id=user.id,
                note=note,
                first=first,
                created_at=now,
            )
        )

    def log(
        self,
        item_id: int,
        kind: str,
        detail: str,
        now: datetime,
        user_id: int | None = None,
        partner_id: str | None = None,
    ) -> None:
        """A line of the item's history for what was done outside the curation actions
        (an editor's command, a change of the issue's text)."""
        with Transaction(self.engine, "historique de l'article") as conn:
            conn.execute(
                insert(ItemEventRow).values(
                    item_id=item_id,
                    user_id=user_id,
                    partner_id=partner_id,
                    kind=kind,
                    detail=detail[:2000],
                    created_at=now,
                )
            )

    def mark_published(self, conn: Connection, item_ids: list[int]) -> None:
        if item_ids:
            conn.execute(
                update(ItemRow)
                .where(ItemRow.id.in_(item_ids))
                .values(curation=Curation.PUBLISHED.value)
            )

    def clear(self, item_id: int) -> None:
        with Transaction(self.engine, "proposition") as conn:
            conn.execute(delete(ProposalRow).where(ProposalRow.item_id == item_id))


_MOVING = {"propose", "reject", "reopen", "select", "unselect"}


def _on_topic() -> Any:
    """In one of the themes (its JSON list holds a quoted id) or waiting to be sorted."""
    return or_(ItemRow.to_sort.is_(True), cast(ItemRow.themes, String).like('%"%'))


def _inbox_select() -> Any:
    return select(
        ItemRow.id,
        ItemRow.title,
        ItemRow.url,
        ItemRow.source_id,
        SourceRow.name,
        SourceRow.partner_id,
        ItemRow.published_at,
        ItemRow.language,
        ItemRow.themes,
        ItemRow.theme_scores,
        ItemRow.to_sort,
        ItemRow.curation,
        func.substr(ItemRow.summary_text, 1, EXCERPT).label("excerpt"),
        ItemRow.cves,
        ItemRow.region,
    ).join(SourceRow, SourceRow.id == ItemRow.source_id)


def _inbox_row(r: Any) -> InboxRow:
    return InboxRow(
        r.id,
        r.title,
        r.url,
        r.source_id,
        r[4],
        r.partner_id,
        r.published_at,
        r.language,
        tuple(r.themes or ()),
        dict(r.theme_scores or {}),
        bool(r.to_sort),
        Curation(r.curation),
        r.excerpt or "",
        tuple(r.cves or ()),
        tuple(r.region or ()),
    )


def _user(row: Any) -> User:
    return User(
        row.id,
        row.email,
        row.name,
        Role(row.role),
        row.partner_id,
        row.active,
        row.session_version,
    )
