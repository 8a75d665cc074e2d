"""Passwords: how strong a new one is (zxcvbn: common passwords, keyboard walks, dates,
and the person's own address and name), argon2 hashing and checking (the only argon2 and
zxcvbn user). The rules on accounts (roles, length, lockout) are in ``rules``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from veille.curation.rules import check_password_strength
from veille.errors import AccessError

_hasher = PasswordHasher()


MIN_SCORE = 3  # zxcvbn's scale: 3 resists an offline attack on a slow hash for years
# frequent French passwords and the words of this product, on top of zxcvbn's own lists
COMMON_FR = (
    "azerty",
    "motdepasse",
    "bonjour",
    "soleil",
    "doudou",
    "chouchou",
    "loulou",
    "marseille",
    "normandie",
    "caen",
    "rouen",
    "veille",
    "bulletin",
    "cci",
)


def check_password(password: str, personal: Sequence[str] = ()) -> None:
    """Refuse (AccessError) a password shorter than MIN_PASSWORD characters or easy to guess:
    a common one, a keyboard walk, a date, or one built on ``personal`` (the account's
    address, name, organisation)."""
    check_password_strength(password)
    from zxcvbn import zxcvbn  # loaded when a password is set, not at import

    words = [w for p in personal for w in (p, *re.split(r"[\W_]+", p)) if len(w) >= 2]
    if (
        len(_without(password, words)) < 6  # made of one's own name, address and digits
        or zxcvbn(password[:100], user_inputs=[*words, *COMMON_FR])["score"] < MIN_SCORE
    ):
        raise AccessError(
            "mot de passe trop facile à deviner : évitez votre adresse, votre nom, les mots "
            "et suites courants — une phrase de quelques mots fait l'affaire"
        )


def hash_password(password: str, personal: Sequence[str] = ()) -> str:
    """Check a new password (``check_password``), then hash it with argon2."""
    check_password(password, personal)
    return _hasher.hash(password)


def rehash(password: str) -> str:
    """A fresh hash of a password that was just verified (stronger parameters): no strength
    check, the person is signing in, not choosing."""
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
    return _hasher.hash("no-account-has-this-password")


def _without(password: str, words: Sequence[str]) -> str:
    """The letters of ``password`` left once the person's own words, digits and separators
    are taken out."""
    rest = password.casefold()
    for word in sorted(words, key=len, reverse=True):
        rest = rest.replace(word.casefold(), "")
    return re.sub(r"[\W\d_]+", "", rest)
