"""The one split of the real data into a part to tune on and a part held out, shared by the
benchmarks: a record is held out by a hash of its id, so it stays in its part run after
run and whatever else the file holds."""

from __future__ import annotations

import hashlib


def held_out(record_id: str, of: int = 10, kept: int = 3) -> bool:
    """Whether the record is held out: ``kept`` parts in ``of`` (3 in 10 by default)."""
    return int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % of < kept
