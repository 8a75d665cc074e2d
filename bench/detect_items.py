"""Benchmark: the agenda's reading (``detect``) on items made as bench/agenda.py seeds them,
for an instruction count that does not depend on the machine's load.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        python bench/detect_items.py --items 400
    (the same with --items 0; the difference over 400 is the instructions an item)

Each item is one of the classifier's seed examples, 40 % of them with a page text of about
8,000 characters (``bench/agenda.py``'s ``draw``, one in a hundred announcing a call far
down the page), read as published on 1 June 2026. Prints how many items read as a call or an
event, and the wall time (for a quick look; the instruction count is the figure).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agenda import draw

from veille.analyse.classify import seed_examples
from veille.analyse.opportunities import detect

ITEMS = 400
PUBLISHED = date(2026, 6, 1)


def items(count: int) -> list[tuple[str, str, str]]:
    """(title, summary, page text) of ``count`` items, the same ones on every run."""
    rng = random.Random(7)
    examples = seed_examples()
    summaries = [e.doc.summary for e in examples if e.doc.summary]
    made = []
    for k in range(count):
        example, fetched, call, text = draw(rng, examples, summaries)
        title = f"Appel à projets Cybersécurité des PME ({k})" if call else example.doc.title
        made.append((title, text[:400] if fetched else example.doc.summary, text))
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=ITEMS, help="items read (0: set-up only)")
    args = parser.parse_args()
    made = items(ITEMS)[: args.items]  # the same first items whatever the count
    start = time.perf_counter()
    found = sum(detect(t, s, PUBLISHED, body) is not None for t, s, body in made)
    elapsed = time.perf_counter() - start
    print(f"{len(made)} items: {found} read as a call or an event in {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
