"""Stories on real data: the development sets of ../shared/data (never copied here).

    python bench/stories_real.py [--data ../shared/data] [--part tune|held-out|all]

1. Headline pairs (story-pairs-dev.jsonl, kind « sts-headlines »): precision, recall and F1
   of the same-story decision. « tune » is STS-B's train and dev splits (what thresholds are
   set on), « held-out » its test split (never tuned on).
2. Template-distinct pairs (same title, two different advisories of one issuer): how many
   are wrongly judged the same story, with and without what the stream knows (issuer, date).
3. The stream (stream-dev.jsonl, 8,836 distinct articles and advisories from 526 sources),
   placed into stories in date order as one collection would (undated items get the
   collection's date): share of items in multi-item stories, the largest story, stories
   holding two items of one source (always wrong), and the time it took.

Targets (issue 14): pairs F1 ≥ 0.82 with precision ≥ 0.80; no story with two items of one
source; largest story ≤ 10; ≤ 10 % of items in multi-item stories.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.analyse.dedup import StoryDoc, StoryIndex, default_pair_model, signature
from veille.analyse.metrics import precision_recall_f1

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def day(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value[:19])
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def headline_pairs(rows: list[dict], part: str) -> dict[str, float]:
    splits = {"tune": {"stsb-train", "stsb-dev"}, "held-out": {"stsb-test"}}
    chosen = [
        r
        for r in rows
        if r["kind"] == "sts-headlines" and (part == "all" or r.get("split") in splits[part])
    ]
    index = StoryIndex()
    tp = fp = fn = 0
    for r in chosen:
        a = StoryDoc(1, r["a"], language="en")
        b = StoryDoc(2, r["b"], language="en")
        same = index.same_story(a, signature(a.text, "en"), b, signature(b.text, "en"))
        gold = bool(r["duplicate"])
        tp += same and gold
        fp += same and not gold
        fn += gold and not same
    return {**precision_recall_f1(tp, fp, fn), "pairs": len(chosen)}


def template_pairs(rows: list[dict]) -> dict[str, int]:
    chosen = [r for r in rows if r["kind"] == "template-distinct"]
    index = StoryIndex()
    text_only = with_context = 0
    for r in chosen:
        bare_a, bare_b = StoryDoc(1, r["a"]), StoryDoc(2, r["b"])
        text_only += index.same_story(
            bare_a, signature(bare_a.text), bare_b, signature(bare_b.text)
        )
        issuer = r["a_id"].split("-")[0] if r.get("a_id") else "issuer"
        a = StoryDoc(
            1,
            r["a"],
            canonical_url=r.get("a_url"),
            published_at=day(r.get("a_published")),
            source=issuer,
        )
        b = StoryDoc(
            2,
            r["b"],
            canonical_url=r.get("b_url"),
            published_at=day(r.get("b_published")),
            source=issuer,
        )
        with_context += index.same_story(a, signature(a.text), b, signature(b.text))
    return {
        "pairs": len(chosen),
        "merged_text_only": text_only,
        "merged_with_context": with_context,
    }


def stream(rows: list[dict]) -> dict[str, float]:
    dated = [day(r.get("published")) for r in rows]
    collected = max(d for d in dated if d) + timedelta(days=1)
    docs = [
        StoryDoc(
            i,
            r["title"],
            r.get("summary", ""),
            r.get("language"),
            r.get("url"),
            d or collected,
            r["source"],
        )
        for i, (r, d) in enumerate(zip(rows, dated, strict=True))
    ]
    order = sorted(range(len(docs)), key=lambda i: (docs[i].published_at, i))
    index = StoryIndex(default_pair_model())
    start = time.perf_counter()
    placed = index.assign([docs[i] for i in order])
    seconds = time.perf_counter() - start
    members: dict[int, list[int]] = {}
    for a in placed:
        members.setdefault(a.story_id, []).append(a.item_id)
    multi = [m for m in members.values() if len(m) > 1]
    same_source = [m for m in multi if len({docs[i].source for i in m}) < len(m)]
    sizes = Counter(len(m) for m in multi)
    return {
        "items": len(docs),
        "items_in_multi": sum(len(m) for m in multi) / len(docs),
        "multi_stories": len(multi),
        "largest": max((len(m) for m in multi), default=1),
        "same_source_stories": len(same_source),
        "sizes": dict(sorted(sizes.items())),
        "seconds": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--part", choices=("tune", "held-out", "all"), default="all")
    parser.add_argument("--show", type=int, default=0, help="print the N largest stories")
    args = parser.parse_args()
    pairs = read(args.data / "story-pairs-dev.jsonl")
    for part in ("tune", "held-out") if args.part == "all" else (args.part,):
        s = headline_pairs(pairs, part)
        print(
            f"headline pairs ({part}, {s['pairs']}): P {s['precision']:.3f} "
            f"R {s['recall']:.3f} F1 {s['f1']:.3f}  (target F1 ≥ 0.82, P ≥ 0.80)"
        )
    t = template_pairs(pairs)
    print(
        f"template-distinct ({t['pairs']}): merged on text alone {t['merged_text_only']}, "
        f"with issuer, URL and date {t['merged_with_context']} (target 0)"
    )
    rows = read(args.data / "stream-dev.jsonl")
    s = stream(rows)
    print(
        f"stream ({s['items']} items): {100 * s['items_in_multi']:.1f} % in multi-item stories "
        f"(target ≤ 10 %), {s['multi_stories']} such stories, largest {s['largest']} "
        f"(target ≤ 10), with two items of one source {s['same_source_stories']} (target 0); "
        f"{s['seconds']:.1f} s"
    )
    print(f"story sizes: {s['sizes']}")


if __name__ == "__main__":
    main()
