"""The trend radar, measured by backtest on a real background stream (issue 15).

    python bench/trends.py [--data ../shared/data] [--per-day 120] [--injections 40]

Background: ../shared/data/stream-dev.jsonl (8,836 real articles of 526 outlets, never
copied here), in its own order, laid out at --per-day articles a day (the file is in date
order; the articles without a date sit where the file puts them). Themes come from the
classifier as `veille` builds it. Each article is its own story (the file holds distinct
articles).

Injected: made-up names (« Quarvex », « Brimlock »…) that k distinct real sources start
mentioning, one more source a day, a few days apart, on top of the background, for
k = 3…6. The radar runs day by day as the articles arrive (incremental).

Printed:
- detection delay: days from the day the 3rd distinct source mentions a name to its flag,
  by k; recall: names flagged within 2 days of that day (target ≥ 0.9, delay ≤ 2 days);
- false alarms: flags per theme per week on the untouched background, on the first half of
  the days (tune) and the second half (held out) (target ≤ 3);
- scale: 100,000 articles (the background twelve times over, other days and outlets)
  indexed and the radar computed, and one more day added (target ≤ 10 s).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille.analyse.classify import Doc, ThemeClassifier, default_terms, seed_examples  # noqa: E402
from veille.analyse.trends import (  # noqa: E402
    Mention,
    RadarSettings,
    TrendIndex,
    extract,
)

START = date(2026, 1, 5)
SYLLABLES = ("qua", "rvex", "bri", "mlock", "zo", "tra", "vel", "kyn", "dor", "phex", "lu", "mir")
TEMPLATES = {
    "cyber": (
        "{n} ransomware hits European manufacturers",
        "Le rançongiciel {n} vise des PME industrielles",
        "{n}: new phishing kit spreads through invoices",
        "Campagne {n} : des identifiants volés par milliers",
    ),
    "ai": (
        "{n} model tops open benchmarks",
        "L'assistant {n} arrive dans les logiciels de gestion",
        "{n} agents automate customer support",
        "Start-up {n} lève des fonds pour son modèle de langage",
    ),
    "blockchain": (
        "{n} token launches on major exchanges",
        "Le protocole {n} promet des paiements instantanés",
        "{n} stablecoin gains traction with merchants",
        "{n} bridge exploited, funds frozen",
    ),
}


def background(path: Path, per_day: int) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as stream:
        for position, line in enumerate(stream):
            record = json.loads(line)
            rows.append(
                {
                    "id": position,
                    "title": record["title"],
                    "summary": record.get("summary", ""),
                    "language": record.get("language"),
                    "source": record["source"],
                    "day": START + timedelta(days=position // per_day),
                }
            )
    return rows


def classify(rows: list[dict]) -> None:
    model = ThemeClassifier.train(
        seed_examples(), ("cyber", "ai", "blockchain"), default_terms(), datetime.now(UTC)
    )
    predictions = model.predict([Doc(r["title"], r["summary"], r["language"]) for r in rows])
    for row, p in zip(rows, predictions, strict=True):
        row["themes"] = tuple(p.labels)


def made_up_name(rng: random.Random, taken: set[str]) -> str:
    """A name no background article writes (« Dormir » is a French word: not made up)."""
    while True:
        name = "".join(rng.sample(SYLLABLES, rng.randint(2, 3))).capitalize()
        if name not in taken and len(name) >= 5 and name.lower() not in taken:
            taken.add(name)
            return name


def inject(rows: list[dict], rng: random.Random, count: int, days: int) -> list[dict]:
    """Injected topics: k distinct sources, the j-th starting on day start + j, among the
    outlets already publishing for a week (those that carry news at that time)."""
    since: dict[str, date] = {}
    last: dict[str, date] = {}
    for r in rows:
        since.setdefault(r["source"], r["day"])
        last[r["source"]] = r["day"]
    taken: set[str] = {w.lower() for r in rows for w in (r["title"] + " " + r["summary"]).split()}
    topics = []
    next_id = len(rows) + 1_000_000
    for i in range(count):
        k = 3 + i % 4
        theme = ("cyber", "ai", "blockchain")[i % 3]
        name = made_up_name(rng, taken)
        active: list[str] = []
        while len(active) < k:  # a day when at least k outlets publish
            start = START + timedelta(days=rng.randint(35, days - 8))
            active = sorted(
                s for s in since if since[s] <= start - timedelta(days=7) and last[s] >= start
            )
        chosen = rng.sample(active, k)
        third = start + timedelta(days=2)  # the day the 3rd distinct source mentions it
        history = (i // 4) % 2 == 1  # half were already mentioned now and then (weekly)
        if history:
            for weeks_before in (4, 3, 2, 1):
                day = start - timedelta(days=7 * weeks_before + rng.randint(0, 2))
                rows.append(
                    {
                        "id": next_id,
                        "title": rng.choice(TEMPLATES[theme]).format(n=name),
                        "summary": "",
                        "language": None,
                        "source": rng.choice(active),
                        "day": day,
                        "themes": (theme,),
                    }
                )
                next_id += 1
        for j, source in enumerate(chosen):
            for repeat in range(rng.randint(1, 2)):
                template = rng.choice(TEMPLATES[theme])
                rows.append(
                    {
                        "id": next_id,
                        "title": template.format(n=name),
                        "summary": "",
                        "language": None,
                        "source": source,
                        "day": start + timedelta(days=j + repeat),
                        "themes": (theme,),
                    }
                )
                next_id += 1
        topics.append(
            {"name": name.lower(), "k": k, "theme": theme, "third": third, "history": history}
        )
    return topics


def mentions(rows: list[dict]) -> dict[date, list[Mention]]:
    by_day: dict[date, list[Mention]] = defaultdict(list)
    for r in rows:
        terms, plain = extract(r["title"], r["summary"][:300])
        by_day[r["day"]].append(
            Mention(r["id"], r["id"], r["source"], r["day"], r.get("themes", ()), terms, plain)
        )
    return by_day


def run(by_day: dict[date, list[Mention]], settings: RadarSettings) -> dict[date, list]:
    index = TrendIndex()
    flags = {}
    for day in sorted(by_day):
        index.add(by_day[day])
        flags[day] = index.radar(day, settings)
    return flags


def false_alarms(
    flags: dict[date, list], days: list[date], injected: set[str], show: bool = False
) -> dict:
    per_theme: Counter[str] = Counter()
    seen: set[str] = set()
    for day in days:
        for t in flags.get(day, []):
            if t.term in injected or t.term in seen:
                continue  # a term flagged on consecutive days is one alarm
            seen.add(t.term)
            per_theme[t.theme or "(aucun)"] += 1
            if show:
                print(
                    f"  {day} {t.theme} {t.term!r} stories {t.stories} sources {len(t.sources)} "
                    f"baseline {t.baseline:.2f} surprise {t.surprise:.1f}"
                )
    weeks = max(len(days) / 7, 1)
    return {theme: n / weeks for theme, n in sorted(per_theme.items())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--per-day", type=int, default=120)
    parser.add_argument("--injections", type=int, default=40)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--show", action="store_true", help="list the tune part's alarms")
    parser.add_argument("--surprise", type=float, help="override the radar's surprise")
    parser.add_argument("--ratio", type=float, help="override the radar's ratio")
    parser.add_argument("--lowercase-share", type=float, help="override lowercase_share")
    args = parser.parse_args()
    settings = RadarSettings()
    if args.surprise is not None:
        settings = replace(settings, surprise=args.surprise)
    if args.ratio is not None:
        settings = replace(settings, ratio=args.ratio)
    if args.lowercase_share is not None:
        settings = replace(settings, lowercase_share=args.lowercase_share)
    rows = background(Path(args.data) / "stream-dev.jsonl", args.per_day)
    classify(rows)
    days = sorted({r["day"] for r in rows})
    print(
        f"background: {len(rows):,} real articles, {len({r['source'] for r in rows})} outlets, "
        f"{len(days)} days of {args.per_day}; radar {settings}"
    )
    # untouched background: false alarms (the first 28 days only set baselines)
    started = time.perf_counter()
    plain = run(mentions(rows), settings)
    judged = days[settings.baseline :]
    half = len(judged) // 2
    for name, part in (("tune", judged[:half]), ("held-out", judged[half:])):
        alarms = false_alarms(plain, part, set(), args.show and name == "tune")
        worst = max(alarms.values(), default=0.0)
        shown = ", ".join(f"{t} {n:.2f}" for t, n in alarms.items()) or "none"
        print(
            f"false alarms per theme per week, {name} ({len(part)} days): {shown}; max {worst:.2f}"
        )
    print(f"  (background run: {time.perf_counter() - started:.1f} s)")
    # injections
    rng = random.Random(args.seed)
    injected_rows = [dict(r) for r in rows]
    topics = inject(injected_rows, rng, args.injections, len(days))
    flags = run(mentions(injected_rows), settings)
    first_flag: dict[str, date] = {}
    for day in sorted(flags):
        for t in flags[day]:
            first_flag.setdefault(t.term, day)
    delays: dict[int, list[int]] = defaultdict(list)
    hits = 0
    family: dict[bool, list[bool]] = defaultdict(list)
    for topic in topics:
        flagged = first_flag.get(topic["name"])
        delay = (flagged - topic["third"]).days if flagged else None
        if flagged and delay is not None and delay < 0:
            delay = 0  # flagged before the 3rd source (cannot happen with min_sources 3)
        hit = delay is not None and delay <= 2
        hits += hit
        family[topic["history"]].append(hit)
        delays[topic["k"]].append(delay if delay is not None else 99)
    for k in sorted(delays):
        values = delays[k]
        print(
            f"k={k} sources: {len(values)} names, delay from the 3rd source (days): "
            f"median {statistics.median(values):.0f}, max {max(values)}; "
            f"never flagged {sum(1 for v in values if v == 99)}"
        )
    for history, found in sorted(family.items()):
        kind = "mentioned once a week before" if history else "never seen before"
        print(f"  {kind}: recall {sum(found) / len(found):.3f} ({len(found)} names)")
    recall = hits / len(topics)
    print(f"recall (flagged within 2 days once 3 sources mention it): {recall:.3f}")
    verdict = "met" if recall >= 0.9 else "NOT met"
    print(f"target recall >= 0.9: {verdict}")
    # scale
    big = []
    for copy in range(12):
        for r in rows:
            big.append(
                {
                    **r,
                    "id": r["id"] + copy * 100_000,
                    "source": f"{r['source']} #{copy}",
                    "day": r["day"] + timedelta(days=copy * len(days)),
                }
            )
    big = big[:100_000]
    started = time.perf_counter()
    by_day = mentions(big)
    index = TrendIndex()
    ordered = sorted(by_day)
    for day in ordered[:-1]:
        index.add(by_day[day])
    built = time.perf_counter() - started
    radar_started = time.perf_counter()
    index.radar(ordered[-2], settings)
    radar_seconds = time.perf_counter() - radar_started
    step_started = time.perf_counter()
    index.add(by_day[ordered[-1]])
    index.radar(ordered[-1], settings)
    step = time.perf_counter() - step_started
    total = built + radar_seconds
    print(
        f"scale: {len(big):,} articles extracted and indexed in {built:.1f} s, radar in "
        f"{radar_seconds:.2f} s (total {total:.1f} s, target <= 10 s: "
        f"{'met' if total <= 10 else 'NOT met'}); one more day added and looked at: {step:.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
