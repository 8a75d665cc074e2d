"""Benchmark: the agenda (« Appels à projets & agenda ») over many stored items whose page
the collector fetched.

    python bench/agenda.py                    # 20,000 items, SQLite
    python bench/agenda.py --items 50000 --database postgresql+psycopg://…

Items are spread over 50 sources and the agenda's 120 days; 40 % carry a page text of about
8,000 characters (the classifier's seed summaries, repeated), with the collector's
400-character summary; one page in a hundred announces a call whose closing date sits
5,000 characters down the page, where only the page text holds it. With --readings N (200 by
default), a partner has first read N items for the agenda (the planted calls as calls, the
others as neither), so the agenda has learnt from them (veille/analyse/agenda_model.py) and
gives it every item its rules find nothing in. Prints the model's training time, its
check on the readings (``agenda_check``: five folds), the first
agenda's wall time (every item read once, page texts loaded 500 at a time), a second one's
(read from the facade's memory), the rows found against the calls planted, and the
process's peak memory. No target is named by the issue; the figures are for
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from web import sources_yaml

from veille.analyse.classify import Example, seed_examples
from veille.app.facade import Veille
from veille.curation.records import InboxFilter
from veille.curation.rules import Role
from veille.settings import Settings
from veille.testing.stores import stores
from veille.types import Item, SourceState

SOURCES = 50
PAGE_SHARE = 0.4  # items whose page was fetched
CALL_SHARE = 0.01  # of those, pages announcing a call far down
DEADLINE = "Date limite de dépôt des dossiers : 15 mars 2027."


def page_text(rng: random.Random, summaries: list[str], call: bool) -> str:
    text = ""
    while len(text) < 8_000:
        text += rng.choice(summaries) + " "
        if call and 5_000 <= len(text) < 5_600 and DEADLINE not in text:
            text += DEADLINE + " "
    return text


def draw(
    rng: random.Random, examples: list[Example], summaries: list[str]
) -> tuple[Example, bool, bool, str]:
    """One item's draw: its seed example, whether the collector fetched its page, whether that
    page announces a call, and the page's text (empty when not fetched)."""
    example = rng.choice(examples)
    fetched = rng.random() < PAGE_SHARE
    call = fetched and rng.random() < CALL_SHARE
    return example, fetched, call, page_text(rng, summaries, call) if fetched else ""


def seed(app: Veille, count: int, rng: random.Random) -> int:
    """Store ``count`` items; returns how many announce a call."""
    app.sources_sync()
    examples = seed_examples()
    summaries = [e.doc.summary for e in examples if e.doc.summary]
    now = datetime.now(UTC)
    calls = 0
    for s in range(SOURCES):
        items = []
        for k in range(count // SOURCES):
            e, fetched, call, text = draw(rng, examples, summaries)
            calls += call
            title = f"Appel à projets Cybersécurité des PME ({s}-{k})" if call else e.doc.title
            items.append(
                Item(
                    source_id=f"s{s}",
                    key=str(k),
                    url=f"https://s{s}.example/{k}",
                    canonical_url=f"https://s{s}.example/{k}",
                    title=title,
                    summary_html="",
                    summary_text=text[:400] if fetched else e.doc.summary,
                    content_text=text,
                    author=None,
                    published_at=now - timedelta(minutes=rng.randrange(110 * 24 * 60)),
                    date_from_source=True,
                    language=e.doc.language,
                    content_hash=f"{s}-{k}",
                )
            )
        stores(app).store.record(SourceState(f"s{s}", f"https://s{s}.example/f"), items, now)
    return calls


def read(app: Veille, count: int, rng: random.Random) -> None:
    """A partner reads ``count`` items for the agenda: the planted calls as calls, the others
    as neither."""
    partner = app.users_get(
        app.users_add("bench@cci.example", "Bench", Role.PARTNER, "cci", "mot-de-passe-1234")
    )
    assert partner is not None
    rows = app.items_search(InboxFilter(), limit=20 * count)
    calls = [r for r in rows if r.title.startswith("Appel à projets Cybersécurité")]
    others = [r for r in rows if r not in calls]
    closing = date(2027, 3, 15)
    for r in calls[: count // 4]:
        app.items_agenda_set(partner, r.id, "Appel à projets", closing)
    for r in rng.sample(others, count - min(len(calls), count // 4)):
        app.items_agenda_set(partner, r.id, "", None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--database", help="SQLAlchemy URL (default: a fresh SQLite file)")
    parser.add_argument("--readings", type=int, default=200, help="items a partner read first")
    args = parser.parse_args()
    rng = random.Random(15)
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources.yaml"
        sources.write_text(sources_yaml(SOURCES), encoding="utf-8")
        app = Veille(
            Settings(
                database_url=args.database or f"sqlite:///{tmp}/bench.db",
                sources_file=str(sources),
                secret_key="bench-secret-key-0123456789",
                model_file=f"{tmp}/themes.model",
                public_url="http://127.0.0.1",
            )
        )
        app.ensure_schema()
        started = time.perf_counter()
        planted = seed(app, args.items, rng)
        setup = time.perf_counter() - started
        print(f"setup: {stores(app).store.count_items()} items in {setup:.0f} s")
        if args.readings:
            read(app, args.readings, rng)
            started = time.perf_counter()
            model = app.agenda_model()
            print(
                f"learnt from {model.examples if model else 0} readings in "
                f"{(time.perf_counter() - started) * 1000:.0f} ms"
            )
            started = time.perf_counter()
            check = app.agenda_check()
            if check is not None:
                print(
                    f"the agenda checked on its readings ({check.readings}, five folds) in "
                    f"{(time.perf_counter() - started) * 1000:.0f} ms: finds {check.found} of "
                    f"{check.announcing} calls, {check.found} of its {check.rows} rows right"
                )
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        rows = app.agenda()
        cold = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        app.agenda()
        warm = time.perf_counter() - started
        retrained = None
        if args.readings:  # one more reading: the model is trained again, the rules' stay
            partner = next(u for u in app.users_list() if u.email == "bench@cci.example")
            item = app.items_search(InboxFilter(), limit=40 * args.readings)[-1]  # not read yet
            app.items_agenda_set(partner, item.id, "", None)
            started = time.perf_counter()
            app.agenda()
            retrained = time.perf_counter() - started
        found = sum(1 for r in rows if r.title.startswith("Appel à projets Cybersécurité"))
        dated = sum(1 for r in rows if r.day is not None and r.day.isoformat() == "2027-03-15")
        print(
            f"first agenda: {cold:.2f} s for {args.items} items "
            f"({cold * 1e6 / args.items:.0f} µs an item); second: {warm * 1000:.0f} ms"
        )
        if retrained is not None:
            print(f"after one more reading (the model trained again): {retrained:.2f} s")
        print(
            f"calls planted {planted}: found {found}, with the closing date read down the page "
            f"{dated}; rows in the agenda {len(rows)}"
        )
        print(
            f"peak memory {peak / 1024:.0f} MB (+{(peak - before) / 1024:.0f} MB during the first)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
