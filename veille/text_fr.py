"""French wording shared by the CLI, the web pages and the mail (pure)."""

from __future__ import annotations

from datetime import date, datetime

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def date_fr(value: date | datetime | None) -> str:
    """« 1er mars 2026 », « 12 mars 2026 »; empty for no date."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"
