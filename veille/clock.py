"""Time, in one place: every ``now`` Veille uses comes from a ``Clock`` passed in, so tests
and backtests can set the time; the rest of the code never calls ``datetime.now``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]
"""A function returning the current time, timezone-aware (UTC)."""


def utcnow() -> datetime:
    """The system clock, in UTC: the default ``Clock``."""
    return datetime.now(UTC)
