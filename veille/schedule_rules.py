"""Pure decisions about when to look at a source again. No I/O, no clock: ``now`` is given."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta

from .errors import SourceError
from .types import FetchResult, Source, SourceState

MAX_EXPONENT = 12
RETRY_AFTER_CAP = 7 * 86400


def is_due(state: SourceState | None, now: datetime) -> bool:
    if state is None or state.next_check is None:
        return True
    return state.next_check <= now


def select_sources(sources: Iterable[Source], states: dict[str, SourceState], now: datetime,
                   only: set[str] | None = None, due_only: bool = False) -> list[Source]:
    """Sources to check in this run.

    Named sources (``only``) are checked whatever their state, so an editor can retry a
    disabled one by hand. Otherwise: enabled sources not disabled by the server (410);
    with ``due_only`` (the scheduler), only those whose next check has come.
    """
    chosen = []
    for source in sources:
        state = states.get(source.id)
        if only is not None:
            if source.id in only:
                chosen.append(source)
            continue
        if not source.enabled or (state is not None and state.disabled_reason):
            continue
        if due_only and not is_due(state, now):
            continue
        chosen.append(source)
    return chosen


def backoff_delay(failures: int, interval: int, cap: int, rng: random.Random) -> float:
    """Exponential backoff with ±20 % jitter: interval, 2×, 4×… never more than ``cap``."""
    base = interval * (2 ** min(max(failures - 1, 0), MAX_EXPONENT))
    return min(float(cap), base * rng.uniform(0.8, 1.2))


def after_success(state: SourceState, source: Source, result: FetchResult,
                  now: datetime) -> SourceState:
    return replace(
        state,
        url=result.permanent_url or state.url,
        etag=result.etag,
        last_modified=result.last_modified,
        last_checked=now,
        last_success=now,
        last_error_kind=None,
        last_error_message=None,
        consecutive_failures=0,
        next_check=now + timedelta(seconds=source.interval),
        disabled_reason=None,
    )


def after_failure(state: SourceState, source: Source, error: SourceError, now: datetime,
                  cap: int, rng: random.Random) -> SourceState:
    failures = state.consecutive_failures + 1
    delay = backoff_delay(failures, source.interval, cap, rng)
    retry_after = getattr(error, "retry_after", None)
    if retry_after is not None:
        delay = max(delay, min(float(retry_after), RETRY_AFTER_CAP))
    disabled = None
    if error.kind == "gone":
        disabled = f"désactivée le {now:%d/%m/%Y} : {error.message}"
    return replace(
        state,
        last_checked=now,
        last_error_kind=error.kind,
        last_error_message=error.message,
        consecutive_failures=failures,
        next_check=now + timedelta(seconds=delay),
        disabled_reason=disabled,
    )

