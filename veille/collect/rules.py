"""Pure decisions about when to look at a source again. No I/O, no clock: ``now`` is given."""

from __future__ import annotations

import itertools
import random
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from veille.errors import ErrorKind, SourceError
from veille.types import FetchResult, Source, SourceHealth, SourceKind, SourceState

MAX_EXPONENT = 12
RETRY_AFTER_CAP = 7 * 86400


def is_due(state: SourceState | None, now: datetime) -> bool:
    if state is None or state.next_check is None:
        return True
    return state.next_check <= now


def select_sources(
    sources: Iterable[Source],
    states: dict[str, SourceState],
    now: datetime,
    only: set[str] | None = None,
    due_only: bool = False,
) -> list[Source]:
    """Sources to check in this run.

    Named sources (``only``) are checked whatever their state, so an editor can retry a
    disabled one by hand. Otherwise: enabled sources not disabled by the server (410);
    with ``due_only`` (the scheduler), only those whose next check has come.
    """
    chosen = []
    for source in sources:
        if source.kind is SourceKind.NEWSLETTER:
            continue  # received by e-mail, never fetched
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
    base = float(interval * (2 ** min(max(failures - 1, 0), MAX_EXPONENT)))
    return min(float(cap), base * rng.uniform(0.8, 1.2))


MIN_DELAY = 5 * 60.0  # seconds: never check a source more often than this


def next_delay(
    interval: int, published: Sequence[datetime] | None, previous: float | None, rng: random.Random
) -> float:
    """Seconds until the next check of a source that answered.

    The declared interval, adapted to how often the source really publishes — the median
    gap between its latest dated items (a 304 keeps the last adapted delay) — within bounds:
    never under half the interval (nor 5 minutes), never over four times it; then ±10 %
    jitter so that sources declared alike do not all come due at the same second."""
    base = float(interval)
    dates = sorted(published or [])[-10:]
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(dates) if b > a]
    if len(gaps) >= 2:
        base = statistics.median(gaps)
    elif previous:
        base = previous
    low, high = max(MIN_DELAY, interval / 2), interval * 4.0
    return min(high, max(low, base)) * rng.uniform(0.9, 1.1)


def after_success(
    state: SourceState,
    source: Source,
    result: FetchResult,
    now: datetime,
    rng: random.Random | None = None,
    published: Sequence[datetime] | None = None,
) -> SourceState:
    """The state after a successful check; ``published`` are the dates the source gave its
    items this time (none for a 304)."""
    previous = (
        (state.next_check - state.last_checked).total_seconds()
        if state.next_check and state.last_checked
        else None
    )
    delay = next_delay(source.interval, published, previous, rng or random.Random())
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
        next_check=now + timedelta(seconds=delay),
        disabled_reason=None,
    )


def after_failure(
    state: SourceState,
    source: Source,
    error: SourceError,
    now: datetime,
    cap: int,
    rng: random.Random,
) -> SourceState:
    failures = state.consecutive_failures + 1
    delay = backoff_delay(failures, source.interval, cap, rng)
    retry_after = getattr(error, "retry_after", None)
    if retry_after is not None:
        delay = max(delay, min(float(retry_after), RETRY_AFTER_CAP))
    disabled = None
    if error.kind is ErrorKind.GONE:
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


HEALTH_FR = {
    "ok": "En forme",
    "waiting": "Pas encore visitée",
    "trouble": "En difficulté",
    "down": "En panne",
    "gone": "Hors service",
    "paused": "En pause",
}


def health_word(h: SourceHealth) -> str:
    """A source's health in one word for people (a key of HEALTH_FR): paused by someone,
    gone for good, never visited yet, failing (three times in a row: down), or fine."""
    state = h.state
    if state.disabled_reason and state.last_error_kind == ErrorKind.GONE:
        return "gone"
    if state.disabled_reason or not h.enabled:
        return "paused"
    if state.last_checked is None:
        return "waiting"
    if state.consecutive_failures >= 3:
        return "down"
    return "trouble" if state.consecutive_failures else "ok"


def source_in_trouble(h: SourceHealth) -> bool:
    return health_word(h) in ("trouble", "down", "gone")
