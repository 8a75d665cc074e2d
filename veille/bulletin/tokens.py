"""Signed, expiring tokens for the links in mails: confirm a subscription, unsubscribe,
change preferences. The only itsdangerous user. A token carries the subscriber id and the
purpose (as the salt), so a confirmation token cannot unsubscribe and the reverse."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from datetime import datetime
from pathlib import Path

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

from veille.errors import ConfigError, LinkError

PURPOSES = ("confirm", "unsubscribe", "preferences")


class Tokens:
    def __init__(self, secret: str, max_age_days: dict[str, int]) -> None:
        if len(secret) < 16:
            raise ConfigError("secret_key : au moins 16 caractères")
        self._secret = secret.encode("utf-8")
        self._serializers = {
            p: URLSafeTimedSerializer(secret, salt=f"veille-{p}") for p in PURPOSES
        }
        self._max_age = {p: days * 86400 for p, days in max_age_days.items()}

    def make(self, purpose: str, subscriber_id: int, now: datetime | None = None) -> str:
        serializer = self._serializers[purpose]
        if now is None:
            return serializer.dumps(subscriber_id)
        stamp = int(now.timestamp())  # itsdangerous reads the clock itself: tests pass ``now``

        class _At(TimestampSigner):
            def get_timestamp(self) -> int:
                return stamp

        dated = URLSafeTimedSerializer(serializer.secret_keys[-1], salt=serializer.salt, signer=_At)
        return dated.dumps(subscriber_id)

    def derive(self, label: str) -> str:
        """A stable value only the holder of the secret can compute (e.g. Message-ID salt)."""
        return hmac.new(self._secret, label.encode("utf-8"), hashlib.sha256).hexdigest()[:16]

    def read(self, purpose: str, token: str) -> int:
        """The subscriber id in a valid token; LinkError when forged, altered or expired."""
        try:
            value = self._serializers[purpose].loads(token, max_age=self._max_age[purpose])
        except SignatureExpired:
            raise LinkError("ce lien a expiré", expired=True) from None
        except BadSignature:
            raise LinkError("ce lien n'est pas valide (incomplet ou modifié)") from None
        if not isinstance(value, int):
            raise LinkError("ce lien n'est pas valide (incomplet ou modifié)")
        return value


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
