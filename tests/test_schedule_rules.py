"""When a source is checked next: adapted to how often it publishes, bounded, jittered."""

import random
from datetime import UTC, datetime, timedelta

from veille.collect.rules import next_delay

T0 = datetime(2026, 11, 2, 8, tzinfo=UTC)
HOUR = 3600


def every(hours: float, n: int = 8) -> list[datetime]:
    return [T0 + timedelta(hours=hours * i) for i in range(n)]


class Mid(random.Random):  # no jitter, to read the rule itself
    def uniform(self, a: float, b: float) -> float:
        return 1.0


def test_a_source_publishing_rarely_is_checked_less_often_up_to_four_times_the_interval():
    assert next_delay(6 * HOUR, every(12), None, Mid()) == 12 * HOUR
    assert next_delay(6 * HOUR, every(24 * 7), None, Mid()) == 24 * HOUR  # 4 × 6 h at most


def test_a_busy_source_is_checked_more_often_down_to_half_the_interval_and_5_minutes():
    assert next_delay(6 * HOUR, every(4), None, Mid()) == 4 * HOUR
    assert next_delay(6 * HOUR, every(0.1), None, Mid()) == 3 * HOUR  # half of 6 h
    assert next_delay(600, every(0.01), None, Mid()) == 300  # never under 5 minutes


def test_without_dated_items_the_last_delay_or_the_interval_stands():
    assert next_delay(6 * HOUR, None, None, Mid()) == 6 * HOUR
    assert next_delay(6 * HOUR, [T0, T0], 9 * HOUR, Mid()) == 9 * HOUR  # a 304 keeps it
    assert next_delay(6 * HOUR, None, 100 * HOUR, Mid()) == 24 * HOUR  # still bounded


def test_jitter_is_ten_percent_either_way_and_spreads_sources():
    rng = random.Random(1)
    delays = [next_delay(HOUR, None, None, rng) for _ in range(200)]
    assert min(delays) >= 0.9 * HOUR and max(delays) <= 1.1 * HOUR
    assert len({round(d) for d in delays}) > 150
