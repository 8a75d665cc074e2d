"""Calls for projects and events on real items: what the detector finds in the real
development stream (../shared/data/stream-dev.jsonl, never copied here).

    python bench/opportunities_real.py [--data ../shared/data] [--show] [--pages FILE]

The stream holds world news, tech and crypto headlines and CERT advisories: almost no call
for projects or event announcement. What it measures is the false detections (an article
that mentions a salon, a grant or a tender in passing), split once by a hash of each id:
70 % tuned on, 30 % held out. The issue's precision, recall and exact-deadline targets need
real announcements (regional press, partners' news), which the available data does not
hold; the date reading is tested in tests/test_opportunities.py on our own sentences.

With the labelled pages' texts there (--pages, ../realdata/ by default; see
bench/opportunities_labelled.py), it also counts what the agenda adds once it has learnt
from them: the items the rules find nothing in but the model reads as a call or an event.
The model also learns from 100 items of the tuning part as the network's unread news
(--background; 0: the readings alone), so the held-out part is the figure to read.
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

from background import stream_background  # noqa: E402
from heldout import held_out  # noqa: E402
from labelled_pages import read_pages  # noqa: E402
from opportunities_labelled import LABELS, PAGES, example, labels  # noqa: E402

from veille.analyse.agenda_model import BACKGROUND, AgendaModel, document, learnt  # noqa: E402
from veille.analyse.opportunities import detect  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument(
        "--show", action="store_true", help="print the tune part's detections, the model's too"
    )
    parser.add_argument("--pages", default=str(PAGES), help="the labelled pages' texts")
    parser.add_argument(
        "--background",
        type=int,
        default=BACKGROUND,
        help=f"unread items of the tuning part the model also learns from (default {BACKGROUND})",
    )
    args = parser.parse_args()
    pages = read_pages(Path(args.pages))
    model = None
    if pages is not None:
        model = AgendaModel.train(
            [example(x, pages[x.url]) for x in labels(LABELS) if x.url in pages],
            stream_background(Path(args.data), args.background),
        )
    counts = {"tune": [0, 0, 0], "held-out": [0, 0, 0]}
    started = time.perf_counter()
    with open(Path(args.data) / "stream-dev.jsonl", encoding="utf-8") as stream:
        for line in stream:
            r = json.loads(line)
            part = "held-out" if held_out(r["id"]) else "tune"
            published = date.fromisoformat((r.get("published") or "2025-01-01")[:10])
            title, summary = r["title"], r.get("summary", "")[:1000]
            found = detect(title, summary, published)
            counts[part][0] += 1
            if found:
                counts[part][1] += 1
                if args.show and part == "tune":
                    print(f"  {found.label} {found.day}: {r['title'][:90]}")
            elif model is not None:
                ((kind, confidence),) = model.kinds([document(title, summary)])
                added = learnt(kind, confidence, title, summary, published)
                counts[part][2] += added is not None
                if added and args.show and part == "tune":
                    print(f"  learnt {added.label} {added.day} ({confidence:.2f}): {title[:80]}")
    seconds = time.perf_counter() - started
    for part, (total, found, added) in counts.items():
        print(f"{part:9} {total:5} real items: {found} detected as a call or an event")
        if model is not None:
            print(
                f"{part:9} and {added} more read as one by the model learnt from "
                f"{model.examples} labelled pages"
            )
    total = sum(c[0] for c in counts.values())
    print(f"{seconds * 1e6 / total:.0f} µs per item")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
