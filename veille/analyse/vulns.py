"""Vulnerability identifiers in an item's text (pure): CVE ids, and the European
vulnerability database's EUVD ids, spelled as their registries spell them."""

from __future__ import annotations

import re

_ID = re.compile(r"\b(CVE|EUVD)[-‐‑–](\d{4})[-‐‑–](\d{4,7})\b", re.IGNORECASE)
MAX_IDS = 100  # a roll-up bulletin can list hundreds; the first hundred are kept


def vulnerability_ids(*texts: str) -> tuple[str, ...]:
    """The CVE and EUVD ids the texts cite, upper case with plain hyphens, once each, in
    the order they first appear (at most MAX_IDS)."""
    found: dict[str, None] = {}
    for text in texts:
        for kind, year, number in _ID.findall(text or ""):
            found.setdefault(f"{kind.upper()}-{year}-{number}", None)
            if len(found) >= MAX_IDS:
                return tuple(found)
    return tuple(found)
