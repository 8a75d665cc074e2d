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
   holding two items of one source (always wrong), and the time it took. With --collect,
   the way users meet it: each source served as an RSS feed from loopback, collected by
   `Veille.collect` into a fresh SQLite database, then classified and grouped by the
   analysis that follows every collection; the figures are read from the database.

4. French and English tellings of one event (bench/data/fr-en-pairs.tsv: 69 pairs of
   stream items, ids only, labelled by reading them; fr-en-pairs-held-out.tsv: 44 more,
   labelled after the rule was set): precision and recall of the same-story decision
   across the two languages.

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


def french_english(rows: list[dict], name: str = "fr-en-pairs.tsv") -> dict[str, float]:
    by_id = {r["id"]: r for r in rows}
    labelled = [
        line.split("\t")
        for line in (Path(__file__).parent / "data" / name).read_text().splitlines()
        if line and not line.startswith("#")
    ]
    index = StoryIndex()
    tp = fp = fn = 0
    for fr_id, en_id, same in labelled:
        docs = []
        for n, ident in enumerate((fr_id, en_id), 1):
            r = by_id[ident]
            docs.append(
                StoryDoc(
                    n,
                    r["title"],
                    r.get("summary", ""),
                    r.get("language"),
                    r.get("url"),
                    day(r.get("published")),
                    r["source"],
                )
            )
        a, b = docs
        said = index.same_story(
            a, signature(a.text, a.language, a.title), b, signature(b.text, b.language, b.title)
        )
        gold = same == "1"
        tp += said and gold
        fp += said and not gold
        fn += gold and not said
    return {**precision_recall_f1(tp, fp, fn), "pairs": len(labelled), "same": tp + fn}


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


def rss(records: list[dict]) -> bytes:
    from email.utils import format_datetime
    from xml.sax.saxutils import escape

    entries = []
    for r in records:
        moment = day(r.get("published"))
        date = f"<pubDate>{format_datetime(moment)}</pubDate>" if moment else ""
        entries.append(
            f"<item><title>{escape(r['title'])}</title><link>{escape(r.get('url') or '')}</link>"
            f"<guid isPermaLink='false'>{escape(r['id'])}</guid>{date}"
            f"<description>{escape(r.get('summary', ''))}</description></item>"
        )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>feed"
        "</title><link>http://127.0.0.1/</link><description>d</description>"
        + "".join(entries)
        + "</channel></rss>"
    ).encode()


def collected(rows: list[dict]) -> dict[str, float]:
    """Serve every source as a feed on loopback, collect, analyse, and read the stories."""
    import tempfile

    from sqlalchemy import select

    from veille.app.facade import Veille
    from veille.settings import Settings
    from veille.storage.models import ItemRow
    from veille.testing.loopback import LoopbackServer, Route
    from veille.testing.stores import stores

    by_source: dict[str, list[dict]] = {}
    for r in rows:
        by_source.setdefault(r["source"], []).append(r)
    ids = {name: f"s{i}" for i, name in enumerate(sorted(by_source))}
    routes = {
        f"/{ids[name]}.xml": Route(body=rss(records), content_type="application/rss+xml")
        for name, records in by_source.items()
    }
    with tempfile.TemporaryDirectory() as tmp, LoopbackServer(routes) as server:
        lines = [
            "themes:\n  - id: cyber\n    label: Cybersécurité\n  - id: ai\n"
            "    label: Intelligence artificielle\n  - id: blockchain\n    label: Blockchain\n"
            "partners:\n  - id: p\n    name: Réseau\nsources:\n"
        ]
        for name, ident in ids.items():
            lines.append(
                f"  - id: {ident}\n    name: {json.dumps(name)}\n    kind: feed\n"
                f"    url: {server.url('/' + ident + '.xml')}\n"
                "    themes: [cyber, ai, blockchain]\n    partner: p\n    interval: 1h\n"
            )
        (Path(tmp) / "sources.yaml").write_text("".join(lines), encoding="utf-8")
        app = Veille(
            Settings(
                database_url=f"sqlite:///{tmp}/stream.db",
                sources_file=f"{tmp}/sources.yaml",
                model_file=f"{tmp}/themes.model",
                secret_key_file=f"{tmp}/secret.key",
                allow_internal=True,
                parse_processes=0,
                max_body_bytes=50 * 1024 * 1024,
            )
        )
        start = time.perf_counter()
        report = app.collect()
        analysis = app.analyse_new()
        seconds = time.perf_counter() - start
        with stores(app).store.engine.connect() as conn:
            placed = list(conn.execute(select(ItemRow.story_id, ItemRow.source_id)))
        app.close()
    members: dict[int, list[str]] = {}
    for story, source in placed:
        members.setdefault(story, []).append(source)
    multi = [m for m in members.values() if len(m) > 1]
    return {
        "items": len(placed),
        "new": report.total("new"),
        "items_in_multi": sum(len(m) for m in multi) / max(len(placed), 1),
        "multi_stories": len(multi),
        "largest": max((len(m) for m in multi), default=1),
        "same_source_stories": sum(1 for m in multi if len(set(m)) < len(m)),
        "sizes": dict(sorted(Counter(len(m) for m in multi).items())),
        "seconds": seconds,
        "classified": analysis.classified,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--part", choices=("tune", "held-out", "all"), default="all")
    parser.add_argument(
        "--collect", action="store_true", help="serve the stream as feeds and collect it"
    )
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
    for part, name in (("tune", "fr-en-pairs.tsv"), ("held-out", "fr-en-pairs-held-out.tsv")):
        f = french_english(rows, name)
        print(
            f"French/English pairs ({part}, {f['pairs']}, {f['same']} the same event): "
            f"P {f['precision']:.3f} R {f['recall']:.3f} F1 {f['f1']:.3f}"
        )
    s = collected(rows) if args.collect else stream(rows)
    if args.collect:
        print(
            f"collected through {len({r['source'] for r in rows})} feeds on loopback: "
            f"{s['new']} new items, {s['classified']} classified, in {s['seconds']:.1f} s"
        )
    print(
        f"stream ({s['items']} items): {100 * s['items_in_multi']:.1f} % in multi-item stories "
        f"(target ≤ 10 %), {s['multi_stories']} such stories, largest {s['largest']} "
        f"(target ≤ 10), with two items of one source {s['same_source_stories']} (target 0); "
        f"{s['seconds']:.1f} s"
    )
    print(f"story sizes: {s['sizes']}")


if __name__ == "__main__":
    main()
