"""Counting readership without watching readers (pure): the signed address of an issue's
link to an item, and the day's digest that keeps one reader's second click from counting
twice. The salt changes every day and is never stored, so nothing links two days."""

from __future__ import annotations

import hashlib
import hmac
from datetime import date


def link_signature(key: str, number: int, item_id: int) -> str:
    return hmac.new(key.encode(), f"{number}:{item_id}".encode(), hashlib.sha256).hexdigest()[:16]


def signature_ok(key: str, number: int, item_id: int, signature: str) -> bool:
    return hmac.compare_digest(link_signature(key, number, item_id), signature or "")


def daily_digest(key: str, day: date, client: str, number: int, item_id: int) -> str:
    """A digest of the client (address, browser) and the link, under the day's salt."""
    salt = hmac.new(key.encode(), f"salt:{day.isoformat()}".encode(), hashlib.sha256).digest()
    return hmac.new(salt, f"{client}|{number}|{item_id}".encode(), hashlib.sha256).hexdigest()
