"""Benchmark: render and deliver one issue to many subscribers through a loopback SMTP server.

    python bench/deliver.py                      # 10,000 subscribers, SQLite
    python bench/deliver.py --subscribers 2000 --database postgresql+psycopg://…

The SMTP server (aiosmtpd, counting messages without keeping them) runs in a process of its
own, on the same two cores. The issue has 24 items in three sections; subscribers choose
one, two or three themes. What is timed is ``veille bulletin publish`` end to end: freeze,
queue the ledger, write the archive, render per choice of themes, personalise, sign two
links per reader, build each MIME message, send it, and record every move in the ledger.
Target (issue 4, 2-core machine): ≥ 200 messages per second, peak memory ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.analyse.records import Classified
from veille.app.facade import Veille
from veille.bulletin.rules import SubscriberStatus
from veille.bulletin.subscribers import ImportRow
from veille.settings import Settings
from veille.testing.stores import stores
from veille.types import Item, SourceState

SOURCES = """\
themes:
  - {id: cyber, label: Cybersécurité}
  - {id: ai, label: Intelligence artificielle}
  - {id: blockchain, label: Blockchain}
partners:
  - {id: cci, name: CCI Normandie}
  - {id: nae, name: NAE}
  - {id: pole, name: Pôle TES}
sources:
"""
THEME_SETS = (("cyber",), ("ai",), ("blockchain",), ("cyber", "ai"), ("cyber", "ai", "blockchain"))
WORDS = [
    "entreprise",
    "données",
    "sécurité",
    "modèle",
    "réseau",
    "attaque",
    "correctif",
    "agent",
    "chaîne",
    "registre",
    "jeton",
    "PME",
    "Normandie",
    "industrie",
    "service",
    "cloud",
    "outil",
    "formation",
]


def _sink(port_pipe, stop_event) -> None:  # type: ignore[no-untyped-def]
    from veille.testing.smtpsink import SmtpSink

    with SmtpSink(keep=False) as sink:
        port_pipe.send(sink.port)
        stop_event.wait()
        port_pipe.send((sink.count, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def seed(app: Veille, subscribers: int, rng: random.Random) -> None:
    now = datetime.now(UTC)
    app.sources_sync()
    ids: list[tuple[int, str]] = []
    for t, theme in enumerate(("cyber", "ai", "blockchain")):
        items = [
            Item(
                source_id=f"s{t}",
                key=str(i),
                url=f"https://s{t}.example/{i}",
                canonical_url=f"https://s{t}.example/{i}",
                title=f"Article {i} : " + " ".join(rng.choices(WORDS, k=9)),
                summary_html="",
                summary_text=" ".join(rng.choices(WORDS, k=60)),
                content_text="",
                author=None,
                published_at=now - timedelta(hours=i),
                date_from_source=True,
                language="fr",
                content_hash=f"{t}-{i}",
            )
            for i in range(8)
        ]
        stores(app).store.record(SourceState(f"s{t}", f"https://s{t}.example/f"), items, now)
        ids += [(int(r["id"]), theme) for r in stores(app).store.items(f"s{t}")]  # type: ignore[call-overload]
    stores(app).themes.save_classification(
        [Classified(i, (theme,), {theme: 0.9}, False, "bench") for i, theme in ids]
    )
    stores(app).subscribers.import_rows(
        [
            ImportRow(
                n,
                f"lecteur{n:05d}@pme-{n % 97}.example",
                rng.choice(THEME_SETS),
                SubscriberStatus.ACTIVE,
                now,
                "bench",
            )
            for n in range(subscribers)
        ],
        now,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--database", help="SQLAlchemy URL (default: a fresh SQLite file)")
    parser.add_argument("--profile", metavar="FILE", help="write cProfile stats of the publish")
    args = parser.parse_args()
    rng = random.Random(4)
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    stop = context.Event()
    server = context.Process(target=_sink, args=(child, stop), daemon=True)
    server.start()
    port = parent.recv()
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources.yaml"
        sources.write_text(
            SOURCES
            + "".join(
                f"  - {{id: s{t}, name: Source {t}, kind: feed, url: 'https://s{t}.example/f', "
                f"themes: [{theme}], partner: {('cci', 'nae', 'pole')[t]}}}\n"
                for t, theme in enumerate(("cyber", "ai", "blockchain"))
            ),
            encoding="utf-8",
        )
        settings = Settings(
            database_url=args.database or f"sqlite:///{tmp}/bench.db",
            sources_file=str(sources),
            smtp_port=port,
            secret_key="bench-secret-key-0123456789",
            archive_dir=f"{tmp}/archive",
            public_url="https://veille.example",
            mail_from="Veille <bulletin@veille.example>",
        )
        app = Veille(settings)
        app.ensure_schema()
        started = time.perf_counter()
        seed(app, args.subscribers, rng)
        print(
            f"setup: {args.subscribers} subscribers, 24 items in "
            f"{time.perf_counter() - started:.1f} s"
        )
        number = app.bulletin_new(
            datetime.now(UTC).date() - timedelta(days=2), datetime.now(UTC).date()
        ).number
        size = app.bulletin_preview(number, Path(tmp) / "preview").rendered.html_bytes
        started = time.perf_counter()
        if args.profile:
            import cProfile

            with cProfile.Profile() as profile:
                report = app.bulletin_publish(number)
            profile.dump_stats(args.profile)
        else:
            report = app.bulletin_publish(number)
        wall = time.perf_counter() - started
        app.close()
    stop.set()
    received, sink_peak = parent.recv()
    server.join(5)
    rate = report.sent / wall
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"issue: {size / 1024:.1f} KB of HTML for a reader of every theme")
    print(
        f"sent {report.sent} messages ({received} received by the server, "
        f"{len(report.failed)} failed) in {wall:.1f} s: {rate:.0f} messages/s — "
        f"target ≥ 200: {'met' if rate >= 200 else 'MISSED'}"
    )
    print(
        f"peak memory: {peak:.0f} MB publisher — target ≤ 300 MB: "
        f"{'met' if peak <= 300 else 'MISSED'}; {sink_peak / 1024:.0f} MB SMTP server"
    )
    return 0 if received == report.sent == args.subscribers else 1


if __name__ == "__main__":
    sys.exit(main())
