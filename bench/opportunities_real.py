"""Calls for projects and events on real items: what the detector finds in the real
development stream (../shared/data/stream-dev.jsonl, never copied here).

    python bench/opportunities_real.py [--data ../shared/data] [--show]

The stream holds world news, tech and crypto headlines and CERT advisories: almost no call
for projects or event announcement. What it measures is the false detections (an article
that mentions a salon, a grant or a tender in passing), split once by a hash of each id:
70 % tuned on, 30 % held out. The issue's precision, recall and exact-deadline targets need
real announcements (regional press, partners' news), which the available data does not
hold; the date reading is tested in tests/test_opportunities.py on our own sentences.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from heldout import held_out  # noqa: E402

from veille.analyse.opportunities import detect  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--show", action="store_true", help="print the tune part's detections")
    args = parser.parse_args()
    counts = {"tune": [0, 0], "held-out": [0, 0]}
    started = time.perf_counter()
    with open(Path(args.data) / "stream-dev.jsonl", encoding="utf-8") as stream:
        for line in stream:
            r = json.loads(line)
            part = "held-out" if held_out(r["id"]) else "tune"
            published = date.fromisoformat((r.get("published") or "2025-01-01")[:10])
            found = detect(r["title"], r.get("summary", "")[:1000], published)
            counts[part][0] += 1
            if found:
                counts[part][1] += 1
                if args.show and part == "tune":
                    print(f"  {found.label} {found.day}: {r['title'][:90]}")
    seconds = time.perf_counter() - started
    for part, (total, found) in counts.items():
        print(f"{part:9} {total:5} real items: {found} detected as a call or an event")
    total = sum(c[0] for c in counts.values())
    print(f"{seconds * 1e6 / total:.0f} µs per item")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
