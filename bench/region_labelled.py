"""The regional lens on real labelled pages: precision and recall of the Normandy flag.

    python bench/region_labelled.py [--pages FILE] [--part tune|held-out|all] [--show]

The labels (does the text name a place or an organisation of Normandy?) are in
bench/data/region-pages.tsv: regional press about Caen and Rouen, the Region's and the CCI's
news, and the hard cases — « la Manche » the sea in French articles about Channel crossings,
Dieppe (New Brunswick), Vernon (British Columbia). The texts are not in the repository (they
belong to their publishers): --pages names a JSONL file of {url, title, text} kept beside
the checkout, ../realdata/ by default (see docs/benchmarks.md). The pages are split once by a
hash of their address: one half is tuned on, the other held out.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from heldout import held_out  # noqa: E402
from labelled_pages import read_pages  # noqa: E402

from veille.sources.region import load_gazetteer  # noqa: E402

LABELS = ROOT / "bench" / "data" / "region-pages.tsv"
PAGES = ROOT.parent / "realdata" / "region-pages.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", default=str(PAGES), help="JSONL of {url, title, text}")
    parser.add_argument("--labels", default=str(LABELS))
    parser.add_argument("--part", choices=("tune", "held-out", "all"), default="all")
    parser.add_argument("--show", action="store_true", help="print the tune part's errors")
    args = parser.parse_args()
    pages_path = Path(args.pages)
    pages = read_pages(pages_path)
    if pages is None:
        return 2
    truth = {}
    for line in Path(args.labels).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            url, flag = line.split("\t")[:2]
            truth[url] = flag.strip() == "1"
    gazetteer = load_gazetteer(None)
    parts = ("tune", "held-out") if args.part == "all" else (args.part,)
    for part in parts:
        tp = fp = fn = n = 0
        for url, regional in truth.items():
            if held_out(url, of=2, kept=1) != (part == "held-out"):
                continue
            page = pages.get(url)
            if page is None:
                print(f"{url}: labelled but not in {pages_path}")
                return 2
            n += 1
            found = gazetteer.find(page["title"], page["text"])
            tp += bool(found) and regional
            fp += bool(found) and not regional
            fn += regional and not found
            if args.show and part == "tune" and bool(found) != regional:
                print(f"  truth {int(regional)}, matched {[m.text for m in found]}: {url[:90]}")
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        print(
            f"{part:9} {n:3} real pages ({tp + fn} naming Normandy): flagged {tp + fp}, "
            f"precision {precision:.3f} (target 0.95), recall {recall:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
