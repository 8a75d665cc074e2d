"""Benchmark: the curation inbox with 100,000 stored items, over HTTP.

    python bench/web.py                       # 100,000 items, SQLite
    python bench/web.py --items 20000 --database postgresql+psycopg://…

Items are generated from the classifier's seed headlines and summaries (French and English),
spread over 50 sources, 3 themes and 90 days, classified, with a few proposals. The web app
runs on loopback (waitress, as ``veille serve``); a signed-in partner asks each page 30
times. Prints the median and 90th percentile of each. Target (issue 5, 2-core machine):
first page and a search ≤ 200 ms median.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from veille.analyse.classify import seed_examples
from veille.analyse.records import Classified
from veille.app.facade import Veille
from veille.curation.rules import Role
from veille.settings import Settings
from veille.testing.stores import stores
from veille.types import Item, SourceState

THEMES = ("cyber", "ai", "blockchain")
PASSWORD = "bench-password-123"


def sources_yaml(n: int) -> str:
    head = (
        "themes:\n"
        + "".join(f"  - {{id: {t}, label: {t}}}\n" for t in THEMES)
        + "partners:\n  - {id: cci, name: CCI}\n  - {id: nae, name: NAE}\nsources:\n"
    )
    return head + "".join(
        f"  - {{id: s{i}, name: Source {i}, kind: feed, url: 'https://s{i}.example/f', "
        f"themes: [{THEMES[i % 3]}], partner: {('cci', 'nae')[i % 2]}}}\n"
        for i in range(n)
    )


def seed(app: Veille, count: int, rng: random.Random) -> None:
    app.sources_sync()
    examples = seed_examples()
    now = datetime.now(UTC)
    per_source = count // 50
    for s in range(50):
        items = []
        for k in range(per_source):
            e = rng.choice(examples)
            published = now - timedelta(minutes=rng.randrange(90 * 24 * 60))
            items.append(
                Item(
                    source_id=f"s{s}",
                    key=str(k),
                    url=f"https://s{s}.example/{k}",
                    canonical_url=f"https://s{s}.example/{k}",
                    title=f"{e.doc.title} ({s}-{k})",
                    summary_html="",
                    summary_text=e.doc.summary,
                    content_text="",
                    author=None,
                    published_at=published,
                    date_from_source=True,
                    language=e.doc.language,
                    content_hash=f"{s}-{k}",
                )
            )
        stores(app).store.record(SourceState(f"s{s}", f"https://s{s}.example/f"), items, now)
    ids = [int(r["id"]) for r in stores(app).store.items(limit=count + 10)]  # type: ignore[call-overload]
    batch = []
    for item_id in ids:
        themes = tuple(t for t in THEMES if rng.random() < 0.3)
        batch.append(Classified(item_id, themes, {t: 0.8 for t in themes}, False, "bench"))
    stores(app).themes.save_classification(batch)


def timed(client: httpx.Client, url: str, runs: int) -> tuple[list[float], int]:
    warm = client.get(url)  # warm up; and how many items the page lists
    warm.raise_for_status()
    shown = warm.text.count('href="/veille/article/')
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        answer = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        answer.raise_for_status()
    return times, shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--database", help="SQLAlchemy URL (default: a fresh SQLite file)")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources.yaml"
        sources.write_text(sources_yaml(50), encoding="utf-8")
        settings = Settings(
            database_url=args.database or f"sqlite:///{tmp}/bench.db",
            sources_file=str(sources),
            secret_key="bench-secret-key-0123456789",
            model_file=f"{tmp}/themes.model",
            public_url="http://127.0.0.1",
        )
        app = Veille(settings)
        app.ensure_schema()
        started = time.perf_counter()
        seed(app, args.items, rng)
        app.users_add("bench@cci.example", "Bench", Role.PARTNER, "cci", PASSWORD)
        print(
            f"setup: {stores(app).store.count_items()} items in "
            f"{time.perf_counter() - started:.0f} s"
        )
        from waitress.server import create_server

        from veille.web import create_web_app

        server = create_server(create_web_app(app), host="127.0.0.1", port=0, threads=4)
        threading.Thread(target=server.run, daemon=True).start()
        base = f"http://127.0.0.1:{server.effective_port}"  # type: ignore[attr-defined]
        with httpx.Client(base_url=base, timeout=30) as client:
            page = client.get("/connexion").text
            token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
            client.post(
                "/connexion",
                data={"email": "bench@cci.example", "password": PASSWORD, "csrf_token": token},
            )
            cases = [
                ("first page", "/veille", True),
                ("search « rançongiciel »", "/veille?q=ran%C3%A7ongiciel", True),
                (
                    "search « intelligence artificielle »",
                    "/veille?q=intelligence+artificielle",
                    False,
                ),
                ("theme filter (blockchain)", "/veille?theme=blockchain", False),
                ("page 20 (keyset)", None, False),
            ]
            for label, url, targeted in cases:
                if url is None:
                    url = "/veille"
                    for _ in range(19):
                        more = re.search(r'href="(/veille\?apres=[^"]+)"', client.get(url).text)
                        url = more.group(1).replace("&amp;", "&") if more else url
                times, shown = timed(client, url, args.runs)
                median = statistics.median(times)
                p90 = statistics.quantiles(times, n=10)[-1]
                verdict = (
                    f" — target ≤ 200 ms: {'met' if median <= 200 else 'MISSED'}"
                    if targeted
                    else ""
                )
                print(
                    f"{label:38} {shown:3} items, median {median:6.1f} ms, "
                    f"p90 {p90:6.1f} ms{verdict}"
                )
        server.close()
        app.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
