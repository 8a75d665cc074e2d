"""Signed, expiring tokens for the links in mails: confirm a subscription, unsubscribe,
change preferences. The only itsdangerous user. A token carries the subscriber id, one of the
reader's random keys (so that the link of an erased reader never works for whoever gets the
same id later, and a confirmation link works once) and the purpose (as the salt), so a
confirmation token cannot unsubscribe and the reverse."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

from veille.errors import ConfigError, LinkError

PURPOSES = ("confirm", "unsubscribe", "preferences", "flash")  # flash: stop flash alerts


class Tokens:
    def __init__(self, secret: str, max_age_days: dict[str, int]) -> None:
        if len(secret) < 16:
            raise ConfigError("secret_key : au moins 16 caractères")
        self._secret = secret.encode("utf-8")
        self._serializers = {
            p: URLSafeTimedSerializer(secret, salt=f"veille-{p}") for p in PURPOSES
        }
        self._max_age = {p: days * 86400 for p, days in max_age_days.items()}

    def make(self, purpose: str, subscriber_id: int, key: str, now: datetime | None = None) -> str:
        """A signed link token naming the reader and one of their random keys (ids can be
        reused after an erasure; keys never are)."""
        serializer = self._serializers[purpose]
        payload = [subscriber_id, key]
        if now is None:
            return serializer.dumps(payload)
        stamp = int(now.timestamp())  # itsdangerous reads the clock itself: tests pass ``now``

        class _At(TimestampSigner):
            def get_timestamp(self) -> int:
                return stamp

        dated = URLSafeTimedSerializer(serializer.secret_keys[-1], salt=serializer.salt, signer=_At)
        return dated.dumps(payload)

    def derive(self, label: str) -> str:
        """A stable value only the holder of the secret can compute (e.g. Message-ID salt)."""
        return hmac.new(self._secret, label.encode("utf-8"), hashlib.sha256).hexdigest()[:16]

    def read(self, purpose: str, token: str) -> LinkToken:
        """What a valid token says; LinkError when forged, altered or expired."""
        invalid = "ce lien n'est pas valide (incomplet ou modifié)"
        try:
            value, stamp = self._serializers[purpose].loads(
                token, max_age=self._max_age[purpose], return_timestamp=True
            )
        except SignatureExpired as exc:
            raise LinkError("ce lien a expiré", expired=True) from exc
        except BadSignature as exc:
            raise LinkError(invalid) from exc
        if isinstance(value, bool):
            raise LinkError(invalid)
        if isinstance(value, int):  # links mailed before keys existed
            return LinkToken(value, None, stamp)
        if (
            isinstance(value, list)
            and len(value) == 2
            and isinstance(value[0], int)
            and not isinstance(value[0], bool)
            and isinstance(value[1], str)
        ):
            return LinkToken(value[0], value[1], stamp)
        raise LinkError(invalid)


@dataclass(frozen=True, slots=True)
class LinkToken:
    """A reader's link: who, with which key (None for links mailed before keys existed),
    signed when."""

    subscriber_id: int
    key: str | None
    issued_at: datetime


def key_matches(token: LinkToken, expected: str | None, created_at: datetime) -> bool:
    """Whether ``token`` is for this very reader: its key is theirs; a link from before keys
    existed must not predate the reader (an erased reader's id can come back)."""
    if token.key is None:
        return token.issued_at >= created_at.replace(microsecond=0)
    return expected is not None and hmac.compare_digest(token.key, expected)


def secret_key(configured: str, key_file: str) -> str:
    """The configured key, or the one kept in ``key_file`` (created on first use, 0600)."""
    if configured:
        return configured
    path = Path(key_file)
    if path.exists():
        key = path.read_text(encoding="ascii").strip()
        if len(key) >= 16:
            return key
        raise ConfigError(f"{path} : clé secrète trop courte (au moins 16 caractères)")
    key = secrets.token_urlsafe(48)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    return key
