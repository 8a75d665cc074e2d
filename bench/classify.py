"""Benchmark: classify generated items with the shipped theme classifier.

    python bench/classify.py                 # 10k, 30k and 100k items
    python bench/classify.py --sizes 100000

Items are made from the seed set's headlines and summaries, each shuffled and padded with
words from other items so that no two are the same text. Prints items per second and
peak memory for each size. Target (issue 3, 2-core machine): 100k items ≤ 30 s.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.analyse.classify import Doc, ThemeClassifier, default_terms, seed_examples

THEMES = ("cyber", "ai", "blockchain")


def generate(n: int, seed: int = 3) -> list[Doc]:
    rng = random.Random(seed)
    examples = seed_examples()
    vocabulary = [w for e in examples for w in f"{e.doc.title} {e.doc.summary}".split()]
    docs = []
    for _ in range(n):
        base = rng.choice(examples).doc
        words = base.summary.split()
        rng.shuffle(words)
        extra = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(5, 25)))
        docs.append(Doc(base.title, f"{' '.join(words)} {extra}", base.language))
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    args = parser.parse_args()
    started = time.perf_counter()
    model = ThemeClassifier.train(seed_examples(), THEMES, default_terms(), datetime.now(UTC))
    print(f"training on {model.examples} seed examples: {time.perf_counter() - started:.2f} s")
    for size in args.sizes:
        docs = generate(size)
        started = time.perf_counter()
        predictions = model.predict(docs)
        wall = time.perf_counter() - started
        tagged = sum(1 for p in predictions if p.labels)
        target = f"  target ≤ 30 s: {'met' if wall <= 30 else 'MISSED'}" if size == 100_000 else ""
        print(
            f"{size:>7} items: {wall:6.2f} s, {size / wall:8.0f} items/s, "
            f"{wall / size * 1e6:6.1f} µs/item, {tagged} with a theme{target}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
