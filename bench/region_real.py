"""The regional lens on real items: what the Normandy gazetteer flags in the real
development data (../shared/data, never copied here).

    python bench/region_real.py [--data ../shared/data] [--show]

None of the 17,091 real texts (themes-dev, stream-dev, both sides of story-pairs-dev)
is about Normandy — they are world news, tech, crypto and CERT advisories — so every flag is
a false one: this measures the false flags on real text (English articles about the Channel,
surnames, other places), split by a hash of each record: 70 % tuned on, 30 % held out.
The issue's precision target on labelled regional items needs regional press, which the
available data does not hold; the ambiguous cases are tested in tests/test_region.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from heldout import held_out  # noqa: E402

from veille.sources.region import load_gazetteer  # noqa: E402


def records(data: Path):  # type: ignore[no-untyped-def]
    for name in ("themes-dev.jsonl", "stream-dev.jsonl"):
        with open(data / name, encoding="utf-8") as stream:
            for line in stream:
                r = json.loads(line)
                yield f"{name}:{r['id']}", f"{r['title']}\n{r.get('summary', '')}"
    with open(data / "story-pairs-dev.jsonl", encoding="utf-8") as stream:
        for n, line in enumerate(stream):
            r = json.loads(line)
            yield f"pairs:{n}:a", r["a"]
            yield f"pairs:{n}:b", r["b"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--show", action="store_true", help="print the tune part's flags")
    args = parser.parse_args()
    gazetteer = load_gazetteer(None)
    counts = {"tune": [0, 0], "held-out": [0, 0]}
    started = time.perf_counter()
    for ident, text in records(Path(args.data)):
        part = "held-out" if held_out(ident) else "tune"
        found = gazetteer.find(text)
        counts[part][0] += 1
        if found:
            counts[part][1] += 1
            if args.show and part == "tune":
                print(f"  {[m.text for m in found]}: {text[:100]!r}")
    seconds = time.perf_counter() - started
    print(f"gazetteer « {gazetteer.name} »: {len(gazetteer.places)} entries")
    for part, (total, flagged) in counts.items():
        print(f"{part:9} {total:6} real texts: {flagged} flagged (all would be false flags)")
    total = sum(c[0] for c in counts.values())
    print(f"{seconds * 1e6 / total:.0f} µs per text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
