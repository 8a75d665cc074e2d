"""Benchmark: group generated items into stories with the MinHash LSH index.

    python bench/dedup.py                  # 10k, 30k and 100k items
    python bench/dedup.py --sizes 100000

Items are generated news-like texts over a Zipf-distributed vocabulary of 20,000 made-up
words plus French and English function words; about 30 % of them retell an earlier story
(words dropped, replaced and reordered, as outlets rewrite a wire story). Prints items per
second, µs per item (constant when time grows linearly), stories found against stories
generated, and peak memory. Targets (issue 3, 2-core machine): 100k items ≤ 60 s, peak
memory ≤ 2 GB, time growing about linearly.
"""

from __future__ import annotations

import argparse
import itertools
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.analyse.dedup import StoryDoc, StoryIndex

FUNCTION_WORDS = (
    "le",
    "la",
    "les",
    "des",
    "du",
    "de",
    "un",
    "une",
    "et",
    "à",
    "en",
    "pour",
    "sur",
    "avec",
    "par",
    "the",
    "a",
    "of",
    "to",
    "and",
    "in",
    "for",
    "on",
    "with",
    "by",
    "from",
)


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    syllables = [
        "ba",
        "co",
        "di",
        "fa",
        "ge",
        "hi",
        "jo",
        "ku",
        "la",
        "me",
        "ni",
        "po",
        "qu",
        "ra",
        "si",
        "tu",
        "va",
        "xe",
        "yo",
        "zu",
        "an",
        "on",
        "in",
        "er",
        "or",
    ]
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def generate(n: int, seed: int = 11) -> tuple[list[StoryDoc], int]:
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    weights = [1 / (rank + 50) for rank in range(len(vocab))]  # top ranks: stopwords
    cumulative = list(itertools.accumulate(weights))
    stories: list[list[str]] = []
    docs = []
    for i in range(n):
        if stories and rng.random() < 0.3:
            words = list(rng.choice(stories))
            for _ in range(len(words) // 6):  # rewrite: replace, drop, swap
                words[rng.randrange(len(words))] = rng.choices(vocab, cum_weights=cumulative)[0]
            del words[rng.randrange(len(words))]
            j = rng.randrange(len(words) - 1)
            words[j], words[j + 1] = words[j + 1], words[j]
        else:
            words = rng.choices(vocab, cum_weights=cumulative, k=28)
            stories.append(words)
        text = [w if rng.random() > 0.3 else f"{rng.choice(FUNCTION_WORDS)} {w}" for w in words]
        docs.append(StoryDoc(i + 1, " ".join(text[:10]), " ".join(text[10:]), "fr"))
    return docs, len(stories)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    args = parser.parse_args()
    for size in args.sizes:
        docs, generated = generate(size)
        index = StoryIndex()
        started = time.perf_counter()
        assignments = index.assign(docs)
        wall = time.perf_counter() - started
        found = sum(1 for a in assignments if a.new)
        target = f"  target ≤ 60 s: {'met' if wall <= 60 else 'MISSED'}" if size == 100_000 else ""
        print(
            f"{size:>7} items: {wall:6.2f} s, {size / wall:7.0f} items/s, "
            f"{wall / size * 1e6:6.1f} µs/item, {found} stories found for {generated} "
            f"generated{target}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB  target ≤ 2048 MB: {'met' if peak <= 2048 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
