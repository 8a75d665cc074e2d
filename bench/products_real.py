"""« Mon parc » matching on real advisories: which catalogue products an advisory names,
scored against hand labels (bench/data/product-labels.tsv: ids only; the texts stay in
../shared/data/stream-dev.jsonl and are never copied here).

    python bench/products_real.py [--data ../shared/data] [--show]

The first 200 labelled advisories are split once by a hash of each id: 30 % held out
(looked at only to report), 70 % to tune the catalogue's aliases on; 150 more (« later »)
were labelled after tuning and are all held out. Scored over (advisory, product)
pairs. Targets (issue 16): precision ≥ 0.95, recall ≥ 0.90. The matcher reads what a flash
alert reads: the title and the first 300 characters of the summary.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from heldout import held_out

from veille.sources.products import load_catalogue

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "data" / "product-labels.tsv"
LATER = ROOT / "bench" / "data" / "product-labels-heldout.tsv"  # labelled after tuning


def read_labels(path: Path) -> dict[str, set[str]]:
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        ident, _, products = line.partition("\t")
        labels[ident] = {p for p in products.split(",") if p}
    return labels


def score(pairs: list[tuple[set[str], set[str]]]) -> dict[str, float]:
    tp = sum(len(g & p) for g, p in pairs)
    fp = sum(len(p - g) for g, p in pairs)
    fn = sum(len(g - p) for g, p in pairs)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--show", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    labels = read_labels(LABELS)
    later = read_labels(LATER)
    labels.update(later)
    records = {}
    with open(Path(args.data) / "stream-dev.jsonl", encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if record["id"] in labels:
                records[record["id"]] = record
    missing = set(labels) - set(records)
    if missing:
        print(f"{len(missing)} labelled ids not found in the data", file=sys.stderr)
        return 2
    catalogue = load_catalogue(None)
    started = time.perf_counter()
    parts: dict[str, list[tuple[set[str], set[str]]]] = {"tune": [], "held-out": [], "later": []}
    for ident, gold in labels.items():
        record = records[ident]
        found = set(catalogue.named_in(record["title"], record.get("summary", "")[:300]))
        part = "later" if ident in later else "held-out" if held_out(ident) else "tune"
        parts[part].append((gold, found))
        if args.show and found != gold:
            print(f"{ident}: labelled {sorted(gold)}, found {sorted(found)}: {record['title']}")
    seconds = time.perf_counter() - started
    print(f"catalogue: {len(catalogue.products)} products; {len(labels)} advisories labelled")
    for name, pairs in parts.items():
        s = score(pairs)
        positives = sum(len(g) for g, _ in pairs)
        print(
            f"{name:9} {len(pairs):3} advisories, {positives:2} labelled products: "
            f"precision {s['precision']:.3f} recall {s['recall']:.3f} "
            f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']})"
        )
    s = score(parts["held-out"] + parts["later"])
    print(
        f"all held out ({len(parts['held-out']) + len(parts['later'])} advisories): "
        f"precision {s['precision']:.3f} recall {s['recall']:.3f}"
    )
    verdict = "met" if s["precision"] >= 0.95 and s["recall"] >= 0.90 else "NOT met"
    print(f"targets on all held out (precision >= 0.95, recall >= 0.90): {verdict}")
    print(f"matching: {seconds * 1000 / len(labels):.2f} ms per advisory")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
