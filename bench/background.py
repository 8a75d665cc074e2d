"""The agenda model's background in the benchmarks: items of the real stream's tuning part
(../shared/data/stream-dev.jsonl, never copied here), as the network's recent items that
nobody read (veille/analyse/agenda_model.py, ``BACKGROUND``). The same items every run:
the first by a hash of their id."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from heldout import held_out

from veille.analyse.agenda_model import BACKGROUND, Example

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def stream_background(data: Path = DATA, size: int = BACKGROUND) -> list[Example]:
    """``size`` items of the stream's tuning part (none when the file is not there)."""
    path = data / "stream-dev.jsonl"
    if not path.exists() or size <= 0:
        return []
    tune = []
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            r = json.loads(line)
            if not held_out(r["id"]):
                key = hashlib.sha1(r["id"].encode()).hexdigest()
                tune.append((key, Example(r["title"], r.get("summary", "")[:1000], "none")))
    tune.sort(key=lambda pair: pair[0])
    return [example for _, example in tune[:size]]
