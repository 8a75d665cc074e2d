"""The curation half of the ``Veille`` facade: accounts, the inbox, actions on items, the
editor's board. Mixed into ``Veille`` like ``app_bulletin``."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from veille.bulletin.subscribers import normalise_email
from veille.clock import utcnow
from veille.curation.accounts import (
    Role,
    User,
    after_failure,
    hash_password,
    locked,
    needs_rehash,
    verify_password,
)
from veille.curation.rules import Curation
from veille.errors import AccessError, BulletinError
from veille.storage.bulletins import IssueStore
from veille.storage.curation import CurationStore, InboxFilter, InboxRow, ItemView, UserStore
from veille.storage.themes import ThemeStore
from veille.types import SourcesConfig


class CurationFacade:
    users: UserStore
    curation: CurationStore
    issues: IssueStore
    themes: ThemeStore

    if TYPE_CHECKING:  # provided by Veille and the other half of the facade
        def ensure_schema(self) -> None:
            raise NotImplementedError

        def sources(self) -> SourcesConfig:
            raise NotImplementedError

        def sync_sources(self) -> SourcesConfig:
            raise NotImplementedError

    # -- accounts ---------------------------------------------------------------------------
    def user_add(self, email: str, name: str, role: Role, partner_id: str | None,
                 password: str) -> int:
        self.sync_sources()  # the partners table must know the organisation
        try:
            address = normalise_email(email)
        except ValueError as exc:
            raise AccessError(str(exc)) from None
        if role is not Role.ADMIN and not partner_id:
            raise AccessError("un compte partenaire ou rédaction appartient à une organisation "
                              "(--partner)")
        return self.users.add(address, name, role, partner_id, hash_password(password),
                              utcnow())

    def user_set_password(self, email: str, password: str) -> None:
        self.ensure_schema()
        if not self.users.set_password(email.strip().lower(), hash_password(password)):
            raise AccessError(f"aucun compte pour {email}")

    def authenticate(self, email: str, password: str, now: datetime | None = None) -> User:
        """The user, or AccessError with the same message whatever was wrong (no hint that an
        address has an account); repeated failures lock the account for a while."""
        self.ensure_schema()
        now = now or utcnow()
        found = self.users.credentials(email.strip().lower())
        refused = AccessError("adresse ou mot de passe incorrect")
        if found is None:
            verify_password(_dummy_hash(), password)  # same time whether the account exists
            raise refused
        user, stored, failed, locked_until = found
        if locked(failed, locked_until, now):
            raise AccessError("trop d'essais infructueux : réessayez dans quelques minutes")
        if not user.active or not verify_password(stored, password):
            failed, until = after_failure(failed, now)
            self.users.login_result(user.id, False, failed, until, now)
            raise refused
        new_hash = hash_password(password) if needs_rehash(stored) else None
        self.users.login_result(user.id, True, 0, None, now, new_hash)
        return user

    def user(self, user_id: int) -> User | None:
        self.ensure_schema()
        return self.users.get(user_id)

    def change_password(self, user: User, current: str, new: str) -> None:
        self.authenticate(user.email, current)
        self.users.set_password(user.email, hash_password(new))

    # -- inbox and items --------------------------------------------------------------------
    def inbox(self, user: User, f: InboxFilter, after: tuple[datetime, int] | None = None
              ) -> list[InboxRow]:
        user.require("read")
        self.ensure_schema()
        return self.curation.inbox(f, after)

    def item_view(self, user: User, item_id: int) -> ItemView:
        user.require("read")
        self.ensure_schema()
        return self.curation.item(item_id)

    def act(self, user: User, item_id: int, action: str, detail: str = "") -> Curation:
        """propose (with a note), support, reject (with a reason), reopen, comment."""
        self.ensure_schema()
        detail = detail.strip()
        if action == "reject" and not detail:
            raise BulletinError("donnez la raison pour écarter l'article")
        if action == "comment" and not detail:
            raise BulletinError("le commentaire est vide")
        if action not in ("propose", "support", "reject", "reopen", "comment"):
            raise BulletinError(f"action inconnue « {action} »")
        return self.curation.act(user, item_id, action, utcnow(), detail[:2000])

    def relabel(self, user: User, item_id: int, themes: list[str]) -> None:
        """A partner corrects an item's themes: applied at once, used by the next training."""
        user.require("label")
        self.ensure_schema()
        known = [t.id for t in self.sources().themes]
        unknown = sorted(set(themes) - set(known))
        if unknown:
            raise BulletinError(f"thème(s) inconnu(s) : {', '.join(unknown)}")
        now = utcnow()
        self.themes.label(item_id, themes, f"{user.name} ({user.partner_id or 'admin'})", now)
        self.curation.act(user, item_id, "label", now, ", ".join(themes) or "hors thème")

    # -- the editor's board -----------------------------------------------------------------
    def current_draft(self) -> int | None:
        self.ensure_schema()
        drafts = [r.number for r in self.issues.all() if r.state.value == "draft"]
        return max(drafts) if drafts else None

    def select_item(self, user: User, number: int, item_id: int, theme: str) -> None:
        """Retain a proposed item: it joins the draft, in ``theme``'s section."""
        user.require("select")
        record = self.issues.get(number)
        if record.state.value != "draft":
            raise BulletinError(f"le numéro {number} n'est plus un brouillon")
        if theme not in {t.id for t in self.sources().themes}:
            raise BulletinError(f"thème inconnu « {theme} »")
        now = utcnow()
        self.curation.act(user, item_id, "select", now, f"N° {number}, {theme}")
        self.issues.add(number, item_id, theme, now)

    def unselect_item(self, user: User, number: int, item_id: int) -> None:
        user.require("select")
        now = utcnow()
        self.curation.act(user, item_id, "unselect", now, f"N° {number}")
        self.issues.remove(number, item_id, now)



@cache
def _dummy_hash() -> str:
    """A real argon2 hash to check against when the address has no account, so that a
    wrong address takes as long as a wrong password."""
    return hash_password("no-account-has-this-password")
