"""Benchmark: collect a loopback farm of feeds, twice (all new, then all 304).

    python bench/collect.py                      # 1,000 feeds × 20 entries, 100 ms per response
    python bench/collect.py --faults 0.05        # with 404/500/301/malformed/hang/oversize mixed in

Targets (issue 2, 2-core machine): first pass ≤ 7 s, second pass ≤ 1.5 s, peak memory ≤ 300 MB;
with faults, the run ends within the configured total timeout plus a few seconds and each
fault is reported on its own source.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille.app.facade import Veille  # noqa: E402
from veille.settings import Settings  # noqa: E402

EXPECTED_KIND = {
    "404": "not_found",
    "500": "server_error",
    "301": None,
    "malformed": "malformed",
    "hang": "timeout",
    "oversize": "too_large",
}


def sources_yaml(port: int, hosts: list[str], feeds: int) -> str:
    lines = [
        "themes:",
        "  - {id: cyber, label: Cybersécurité}",
        "  - {id: ai, label: IA}",
        "  - {id: blockchain, label: Blockchain}",
        "partners:",
        "  - {id: bench, name: Bench}",
        "sources:",
    ]
    for i in range(feeds):
        host = hosts[i % len(hosts)]
        lines.append(
            f"  - {{id: feed-{i}, name: Feed {i}, kind: feed, "
            f"url: 'http://{host}:{port}/feeds/{i}.xml', themes: [cyber], "
            f"partner: bench, interval: 1h}}"
        )
    return "\n".join(lines) + "\n"


def peak_mb() -> tuple[float, float]:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return self_kb / 1024, children_kb / 1024


def main() -> int:
    logging.getLogger("veille").setLevel(logging.CRITICAL)  # the figures below say it all
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--delay", type=float, default=0.1)
    parser.add_argument("--faults", type=float, default=0.0)
    parser.add_argument("--total-timeout", type=float, default=10.0)
    parser.add_argument("--database", help="SQLAlchemy URL (default: a fresh SQLite file)")
    parser.add_argument(
        "--processes",
        type=int,
        default=-1,
        help="parse_processes setting (-1 automatic, 0 in-process)",
    )
    args = parser.parse_args()

    farm = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "bench" / "farm.py"),
            "--feeds",
            str(args.feeds),
            "--entries",
            str(args.entries),
            "--hosts",
            str(args.hosts),
            "--delay",
            str(args.delay),
            "--faults",
            str(args.faults),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        info = json.loads(farm.stdout.readline())
        with tempfile.TemporaryDirectory() as tmp:
            sources = Path(tmp) / "sources.yaml"
            sources.write_text(sources_yaml(info["port"], info["hosts"], args.feeds))
            settings = Settings(
                database_url=args.database or f"sqlite:///{tmp}/bench.db",
                sources_file=str(sources),
                allow_internal=True,
                total_timeout=args.total_timeout,
                read_timeout=args.total_timeout,
                max_body_bytes=2 * 1024 * 1024,
                parse_processes=args.processes,
            )
            app = Veille(settings)
            app.sources_sync()
            results = []
            for label in ("first pass (all new)", "second pass (all 304)"):
                started = time.perf_counter()
                report = app.collect()
                wall = time.perf_counter() - started
                results.append((label, wall, report))
            app.close()
    finally:
        farm.terminate()
        farm.wait()

    mem_self, mem_children = peak_mb()
    print(
        f"farm: {args.feeds} feeds × {args.entries} entries on {args.hosts} loopback hosts, "
        f"{args.delay * 1000:.0f} ms per response, fault rate {args.faults:.0%}"
    )
    targets = {0: 7.0, 1: 1.5}
    for n, (label, wall, report) in enumerate(results):
        statuses = Counter(o.status.value for o in report.outcomes)
        items = report.total("new")
        target = (
            ""
            if args.faults
            else (f"  target ≤ {targets[n]} s: {'met' if wall <= targets[n] else 'MISSED'}")
        )
        print(
            f"{label}: {wall:.2f} s wall, {len(report.outcomes) / wall:.0f} sources/s, "
            f"{items} new items ({items / wall:.0f}/s), {dict(statuses)}{target}"
        )
    print(
        f"peak memory: collector {mem_self:.0f} MB, largest worker process "
        f"{mem_children:.0f} MB  target ≤ 300 MB: "
        f"{'met' if max(mem_self, mem_children) <= 300 else 'MISSED'}"
    )
    if args.faults:
        faults = {int(k): v for k, v in info["faults"].items()}
        outcomes = {o.source_id: o for o in results[0][2].outcomes}
        wrong = []
        for index, kind in faults.items():
            got = outcomes[f"feed-{index}"].error_kind
            if got != EXPECTED_KIND[kind]:
                wrong.append((index, kind, got))
        limit = args.total_timeout + 3
        print(
            f"faults: {len(faults)} injected ({dict(Counter(faults.values()))}); "
            f"{len(faults) - len(wrong)} reported on their own source; wrong: {wrong or 'none'}"
        )
        print(
            f"first pass with faults: {results[0][1]:.2f} s against total timeout "
            f"{args.total_timeout:.0f} s + 3 s = {limit:.0f} s: "
            f"{'met' if results[0][1] <= limit else 'MISSED'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
