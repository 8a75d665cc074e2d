"""People who sign in: roles, what each role may do, passwords (argon2) and the lockout
after repeated failed logins. Pure rules, plus the argon2 hasher."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from veille.errors import AccessError

MIN_PASSWORD = 10
MAX_FAILURES = 5  # failed logins in a row before the account is locked for a while
LOCK_FOR = timedelta(minutes=15)
_hasher = PasswordHasher()


class Role(enum.StrEnum):
    PARTNER = "partner"  # curates: proposes, supports, rejects, comments, corrects themes
    EDITOR = "editor"  # also assembles and publishes the bulletin
    ADMIN = "admin"  # also manages users and every partner's sources


ROLE_FR = {Role.PARTNER: "partenaire", Role.EDITOR: "rédaction", Role.ADMIN: "administration"}
_RANK = {Role.PARTNER: 1, Role.EDITOR: 2, Role.ADMIN: 3}

# the least role each action needs
PERMISSIONS: dict[str, Role] = {
    "read": Role.PARTNER,
    "propose": Role.PARTNER,
    "support": Role.PARTNER,
    "comment": Role.PARTNER,
    "label": Role.PARTNER,
    "reject": Role.PARTNER,
    "reopen": Role.EDITOR,
    "select": Role.EDITOR,
    "edit_issue": Role.EDITOR,
    "manage_sources": Role.PARTNER,  # their own organisation's; an admin, everyone's
    "manage_users": Role.ADMIN,
}


@dataclass(frozen=True, slots=True)
class User:
    id: int
    email: str
    name: str
    role: Role
    partner_id: str | None
    active: bool = True

    def can(self, action: str) -> bool:
        return self.active and _RANK[self.role] >= _RANK[PERMISSIONS[action]]

    def require(self, action: str) -> None:
        if not self.can(action):
            raise AccessError("action réservée à un autre rôle")

    def owns(self, partner_id: str | None) -> bool:
        """Whether this person acts for that organisation (an admin acts for all)."""
        return self.role is Role.ADMIN or (partner_id is not None
                                           and partner_id == self.partner_id)


def hash_password(password: str) -> str:
    check_password_strength(password)
    return _hasher.hash(password)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccessError(f"mot de passe trop court : au moins {MIN_PASSWORD} caractères")
    if password.strip() != password or len(set(password)) < 4:
        raise AccessError("mot de passe trop simple")


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def locked(failed: int, locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and locked_until > now


def after_failure(failed: int, now: datetime) -> tuple[int, datetime | None]:
    """The new failure count and, from the MAX_FAILURES-th failure on, the lock's end."""
    failed += 1
    return failed, (now + LOCK_FOR if failed >= MAX_FAILURES else None)
