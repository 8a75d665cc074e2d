"""Passwords: argon2 hashing and checking (the only argon2 user). The rules on accounts
(roles, strength, lockout) are in ``rules``."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from veille.curation.rules import check_password_strength

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    check_password_strength(password)
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


@cache
def dummy_hash() -> str:
    """A real argon2 hash to check against when the address has no account, so that a
    wrong address takes as long as a wrong password."""
    return hash_password("no-account-has-this-password")
