"""The curation part of the facade: accounts, the partners' inbox, an item's page and the
actions on it, and the editors' board (pending proposals, retaining them into the draft)."""

from __future__ import annotations

from datetime import UTC, datetime, time

from veille.app.analysis import AnalysisFacade
from veille.app.records import ActionDone, Dashboard, InboxPage, ItemPage
from veille.bulletin.records import IssueRecord
from veille.bulletin.rules import BOARD_LIMIT, ISSUE_STATE_FR, IssueState
from veille.bulletin.subscribers import normalise_email
from veille.collect.rules import source_in_trouble
from veille.curation.accounts import (
    dummy_hash,
    hash_password,
    needs_rehash,
    rehash,
    verify_password,
)
from veille.curation.dashboard import last_weeks, per_week
from veille.curation.records import InboxFilter, InboxRow, Proposal
from veille.curation.rules import (
    Curation,
    Role,
    User,
    after_failure,
    available_actions,
    locked,
    tab_counts,
)
from veille.errors import (
    AccessError,
    BulletinError,
    ClassifierError,
    NotFoundError,
    NotFoundKind,
)
from veille.textsafe import strip_invisible


class CurationFacade(AnalysisFacade):
    # -- accounts ---------------------------------------------------------------------------
    def users_add(
        self, email: str, name: str, role: Role, partner_id: str | None, password: str
    ) -> int:
        """A new account (argon2-hashed password); partners and editors belong to an
        organisation of sources.yaml."""
        self.sources_sync()  # the partners table must know the organisation
        name = " ".join(strip_invisible(name).split())[:200]
        if not name:
            raise AccessError("le nom affiché ne doit pas être vide")
        try:
            address = normalise_email(email)
        except ValueError as exc:
            raise AccessError(str(exc)) from exc
        if role is not Role.ADMIN and not partner_id:
            raise AccessError(
                "un compte partenaire ou rédaction appartient à une organisation (--partner)"
            )
        personal = [address, name, partner_id or ""]
        return self._users.add(
            address, name, role, partner_id, hash_password(password, personal), self.now()
        )

    def users_reset_password(self, email: str, password: str) -> None:
        """Set a new password for an account (an administrator's act)."""
        self.ensure_schema()
        address = email.strip().lower()
        if not self._users.set_password(address, hash_password(password, [address])):
            raise NotFoundError(NotFoundKind.USER, email)

    def users_list(self) -> list[User]:
        """Every account."""
        self.ensure_schema()
        return self._users.all()

    def users_authenticate(self, email: str, password: str) -> User:
        """The user, or AccessError with the same message whatever was wrong (no hint that an
        address has an account); repeated failures lock the account for a while."""
        self.ensure_schema()
        now = self.now()
        found = self._users.credentials(email.strip().lower())
        refused = AccessError("adresse ou mot de passe incorrect")
        if found is None:
            verify_password(dummy_hash(), password)  # same time whether the account exists
            raise refused
        user, stored, failed, locked_until = found
        if locked(locked_until, now):
            raise AccessError("trop d'essais infructueux : réessayez dans quelques minutes")
        if not user.active or not verify_password(stored, password):
            failed, until = after_failure(failed, now)
            self._users.login_result(user.id, False, failed, until, now)
            raise refused
        new_hash = rehash(password) if needs_rehash(stored) else None
        self._users.login_result(user.id, True, 0, None, now, new_hash)
        return user

    def users_get(self, user_id: int) -> User | None:
        """The account with this id, or None."""
        self.ensure_schema()
        return self._users.get(user_id)

    def users_change_password(self, user: User, current: str, new: str) -> User:
        """Change one's own password; the current one is checked like a login. Every
        session of the account ends; the returned record names the new session version."""
        self.users_authenticate(user.email, current)
        personal = [user.email, user.name, user.partner_id or "", current]
        self._users.set_password(user.email, hash_password(new, personal))
        changed = self._users.get(user.id)
        if changed is None:
            raise NotFoundError(NotFoundKind.USER, user.email)
        return changed

    def users_logout(self, user: User) -> None:
        """End every session of this account (a stolen cookie stops working too)."""
        self.ensure_schema()
        self._users.end_sessions(user.id)

    # -- inbox and items --------------------------------------------------------------------
    def items_inbox(
        self, user: User, f: InboxFilter, after: tuple[datetime, int] | None = None
    ) -> InboxPage:
        """A page of the inbox (newest first, after the keyset cursor ``after``), with each
        tab's count and the quick actions ``user`` may take on each row."""
        user.require("read")
        self.ensure_schema()
        rows = self._curation.inbox(f, after)
        proposals = self._curation.proposals([r.id for r in rows])
        actions = {}
        for r in rows:
            behind = {p.partner_id for p in proposals.get(r.id, [])}
            mine = user.partner_id in behind
            actions[r.id] = available_actions(
                user, r.curation, mine=mine, others=bool(behind - {user.partner_id})
            ) & {"propose", "support", "reject"}
        return InboxPage(
            rows,
            tab_counts(self._curation.counts(f)),
            actions,
            {i: [p.partner_name for p in ps] for i, ps in proposals.items()},
        )

    def dashboard(self, user: User, weeks: int = 8) -> Dashboard:
        """The network at a glance over the last ``weeks`` weeks (this one included)."""
        user.require("read")
        self.ensure_schema()
        config = self.sources()
        span = last_weeks(self.now().date(), max(1, min(weeks, 52)))
        since = datetime.combine(span[0], time(0), tzinfo=UTC)
        themes = per_week(self._curation.activity(since), span, [t.id for t in config.themes])
        partners = per_week(
            ((when, [p]) for when, p in self._curation.proposal_times(since)),
            span,
            [p.id for p in config.partners],
        )
        waiting = InboxFilter(status=Curation.PROPOSED.value)
        health = self.sources_health()
        awaiting = tab_counts(self._curation.counts(InboxFilter()))["proposes"]
        return Dashboard(
            themes,
            partners,
            self._curation.inbox(waiting, None, 8),
            awaiting,
            [h for h in health if h.declared and source_in_trouble(h)],
            sum(1 for h in health if h.declared),
        )

    def item_page(self, user: User, item_id: int) -> ItemPage:
        """An item with its proposals, history, theme scores (and the terms that weighed,
        when the model is at hand), its story, and the actions ``user`` may take."""
        user.require("read")
        self.ensure_schema()
        view = self._curation.item(item_id)
        try:
            explained = self.classify_explain(item_id)
            scores, terms = explained.scores, explained.terms
        except ClassifierError:
            scores = sorted(view.row.scores.items(), key=lambda kv: -kv[1])
            terms = {}
        mine = [p for p in view.proposals if p.partner_id == user.partner_id]
        others = [p for p in view.proposals if p.partner_id != user.partner_id]
        return ItemPage(
            view,
            scores,
            terms,
            story=[m for m in self.dedup_story(item_id) if m.item_id != item_id],
            actions=available_actions(
                user, view.row.curation, mine=bool(mine), others=bool(others)
            ),
            my_note=mine[0].note if mine else "",
            issues=[(n, ISSUE_STATE_FR[s], note) for n, s, note in self._issues.issues_of(item_id)],
        )

    def items_act(self, user: User, item_id: int, action: str, detail: str = "") -> ActionDone:
        """propose (with a note), support, reject (with a reason), reopen, comment."""
        self.ensure_schema()
        detail = detail.strip()
        if action == "reject" and not detail:
            raise BulletinError("donnez la raison pour écarter l'article")
        if action == "comment" and not detail:
            raise BulletinError("le commentaire est vide")
        if action not in ("propose", "support", "reject", "reopen", "comment"):
            raise BulletinError(f"action inconnue « {action} »")
        done, state = self._curation.act(user, item_id, action, self.now(), detail[:2000])
        return ActionDone(done, state)

    def items_relabel(self, user: User, item_id: int, themes: list[str]) -> None:
        """A partner corrects an item's themes: applied at once, used by the next training."""
        user.require("label")
        self.ensure_schema()
        unknown = sorted(set(themes) - set(self.theme_ids()))
        if unknown:
            raise BulletinError(f"thème(s) inconnu(s) : {', '.join(unknown)}")
        now = self.now()
        self._themes.label(item_id, themes, f"{user.name} ({user.partner_id or 'admin'})", now)
        self._curation.act(user, item_id, "label", now, ", ".join(themes) or "hors thème")

    def items_split(self, user: User, item_id: int, other_id: int) -> None:
        """A person says ``other_id`` is not the same story as ``item_id``: it leaves the
        story (later runs keep them apart) and both items' histories say so."""
        user.require("label")
        self.ensure_schema()
        members = {m.item_id: m for m in self.dedup_story(item_id)}
        if item_id not in members or other_id not in members or other_id == item_id:
            raise BulletinError("ces deux articles ne sont pas dans la même histoire")
        author = f"{user.name} ({user.partner_id or 'admin'})"
        self.dedup_split(other_id, author)
        now = self.now()
        for one, two in ((item_id, other_id), (other_id, item_id)):
            self._curation.log(one, "split", members[two].title, now, user.id, user.partner_id)

    def items_search(self, f: InboxFilter, limit: int = 50) -> list[InboxRow]:
        """Items matching the inbox's filters (and full-text search), newest first: what an
        editor looks up from the command line to find ids."""
        self.ensure_schema()
        return self._curation.inbox(f, None, max(1, min(limit, 1000)))

    def items_latest(self, limit: int = 20) -> list[InboxRow]:
        """The latest items collected, newest first (no filter)."""
        self.ensure_schema()
        return self._curation.inbox(InboxFilter(), limit=limit)

    def items_per_theme(self, since: datetime | None = None) -> dict[str, int]:
        """How many items each theme has (published since ``since``)."""
        self.ensure_schema()
        return self._themes.theme_counts(since)

    # -- the editors' board -----------------------------------------------------------------
    def bulletin_current_draft(self) -> int | None:
        """The number of the open draft, if any."""
        self.ensure_schema()
        return open_draft_among(self._issues.all())

    def pending_proposals(self) -> list[tuple[InboxRow, list[Proposal]]]:
        """Every item partners proposed and no editor has settled yet (at most
        ``BOARD_LIMIT``, newest first), with its proposals: what the board shows and what
        the partners' reminder lists."""
        self.ensure_schema()
        rows = self._curation.inbox(InboxFilter(status=Curation.PROPOSED.value), limit=BOARD_LIMIT)
        proposals = self._curation.proposals([r.id for r in rows])
        return [(r, proposals.get(r.id, [])) for r in rows]

    def board_select(self, user: User, number: int, item_id: int, theme: str) -> None:
        """Retain a proposed item: it joins the draft, in ``theme``'s section."""
        user.require("select")
        record = self._issues.get(number)
        if record.state is not IssueState.DRAFT:
            raise BulletinError(f"le numéro {number} n'est plus un brouillon")
        if theme not in self.theme_ids():
            raise BulletinError(f"thème inconnu « {theme} »")
        self._no_repeat(number, item_id, "choisissez-en un autre")
        now = self.now()
        self._curation.act(user, item_id, "select", now, f"N° {number}, {theme}")
        self._issues.add(number, item_id, theme, now)

    def _no_repeat(self, number: int, item_id: int, way_out: str) -> None:
        """Refuse an item that an issue carried already, or another item of its story (the
        rule is the storage's ``carried``), naming the issue; ``way_out`` says what to do."""
        carried = self._issues.carried(number, item_id)
        if not carried:
            return
        issue, other = carried[0]
        story = "" if other == item_id else f" (même histoire : article {other})"
        where = "ce numéro" if issue == number else f"le N° {issue}"
        raise BulletinError(f"l'article {item_id} est déjà dans {where}{story} : {way_out}")

    def board_unselect(self, user: User, number: int, item_id: int) -> None:
        """Take an item out of the draft; it stays proposed."""
        user.require("select")
        now = self.now()
        self._curation.act(user, item_id, "unselect", now, f"N° {number}")
        self._issues.remove(number, item_id, now)


def open_draft_among(records: list[IssueRecord]) -> int | None:
    """The number of the open draft among these issues, if any."""
    drafts = [r.number for r in records if r.state is IssueState.DRAFT]
    return max(drafts) if drafts else None
