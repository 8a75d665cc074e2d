"""The dashboard's figures as pure arithmetic: events counted per week and per key (a theme,
a partner) over the last weeks, weeks starting on Monday, in UTC."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta


@dataclass(frozen=True, slots=True)
class WeekSeries:
    """Counts per key for each week (``weeks``: their Mondays, oldest first)."""

    weeks: list[date]
    counts: dict[str, list[int]]

    def total(self, key: str) -> int:
        return sum(self.counts.get(key, ()))


def monday(moment: datetime | date) -> date:
    day = moment.astimezone(UTC).date() if isinstance(moment, datetime) else moment
    return day - timedelta(days=day.weekday())


def last_weeks(today: date, n: int) -> list[date]:
    """The Mondays of the ``n`` weeks ending with this one, oldest first."""
    this = monday(today)
    return [this - timedelta(weeks=n - 1 - i) for i in range(n)]


def per_week(
    events: Iterable[tuple[datetime, Iterable[str]]], weeks: list[date], keys: Iterable[str]
) -> WeekSeries:
    """How many events of each key fall in each week; an event may carry several keys (an
    item in two themes counts in both); keys outside ``keys`` and events outside the weeks
    are left out."""
    index = {w: i for i, w in enumerate(weeks)}
    counts = {k: [0] * len(weeks) for k in keys}
    for moment, tagged in events:
        i = index.get(monday(moment))
        if i is None:
            continue
        for key in set(tagged):
            if key in counts:
                counts[key][i] += 1
    return WeekSeries(weeks, counts)
