"""Vulnerability catalogues at their real size: a full EPSS file (250,000 CVEs, gzipped, as
FIRST publishes it daily) and a KEV catalogue (1,500 entries), served from loopback and
collected into a fresh database, then the next day's EPSS file (1 % of the scores moved,
some across the alert percentile), then « Vulnérabilités à corriger » and the flash plan.

    python bench/vulns.py [--database postgresql+psycopg://postgres@127.0.0.1:5432/DB]

Prints wall time per step and peak memory. No target is named by the issue; a daily
download must stay well inside the scheduler's minute.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille.app.facade import Veille  # noqa: E402
from veille.settings import Settings  # noqa: E402
from veille.testing.loopback import LoopbackServer, Route  # noqa: E402

CVES = 250_000
KEV = 1_500
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def epss_file(rng: random.Random, day: date, moved: float, base: list[float]) -> bytes:
    lines = [
        f"#model_version:bench,score_date:{day.isoformat()}T00:00:00+0000",
        "cve,epss,percentile",
    ]
    for i, score in enumerate(base):
        if rng.random() < moved:
            score = min(1.0, score * rng.uniform(1.0, 30.0))
        lines.append(f"CVE-{2000 + i % 27}-{10000 + i},{score:.5f},{min(score * 3, 1.0):.5f}")
    return gzip.compress("\n".join(lines).encode(), mtime=0)


def kev_file(rng: random.Random) -> bytes:
    vendors = [("Fortinet", "FortiOS"), ("Microsoft", "Windows"), ("Apache", "HTTP Server")]
    rows = []
    for i in range(KEV):
        vendor, product = vendors[i % len(vendors)]
        added = NOW.date() - timedelta(days=rng.randint(0, 1500))
        rows.append(
            {
                "cveID": f"CVE-{2000 + i % 27}-{10000 + i}",
                "vendorProject": vendor,
                "product": product,
                "vulnerabilityName": f"{vendor} {product} flaw {i}",
                "dateAdded": added.isoformat(),
                "requiredAction": "Apply updates per vendor instructions.",
                "dueDate": (added + timedelta(days=21)).isoformat(),
                "knownRansomwareCampaignUse": "Known" if i % 5 == 0 else "Unknown",
            }
        )
    return json.dumps({"vulnerabilities": rows}).encode()


SOURCES = """themes:
  - id: cyber
    label: Cybersécurité
partners:
  - id: p
    name: P
sources:
  - id: kev
    name: KEV
    kind: kev
    url: {base}/kev.json
    partner: p
  - id: epss
    name: EPSS
    kind: epss
    url: {base}/epss.csv.gz
    partner: p
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="SQLAlchemy URL (default: a fresh SQLite file)")
    args = parser.parse_args()
    rng = random.Random(16)
    base = [rng.betavariate(0.4, 12) for _ in range(CVES)]
    day1 = epss_file(rng, NOW.date() - timedelta(days=1), 0.0, base)
    day2 = epss_file(rng, NOW.date(), 0.01, base)
    print(f"EPSS file: {CVES:,} CVEs, {len(day1) / 1e6:.1f} MB gzipped; KEV: {KEV:,} entries")
    with tempfile.TemporaryDirectory() as tmp, LoopbackServer() as server:
        server.routes["/kev.json"] = Route(body=kev_file(rng), content_type="application/json")
        server.routes["/epss.csv.gz"] = Route(body=day1, content_type="application/gzip")
        sources = Path(tmp) / "sources.yaml"
        sources.write_text(SOURCES.format(base=server.url("")), encoding="utf-8")
        settings = Settings(
            database_url=args.database or f"sqlite:///{tmp}/bench.db",
            sources_file=str(sources),
            allow_internal=True,
            max_body_bytes=50 * 1024 * 1024,
            total_timeout=120,
            read_timeout=60,
        )
        app = Veille(settings, clock=lambda: NOW)
        app.db_upgrade()
        for step, run in (
            ("first collection (KEV + EPSS day 1)", lambda: app.collect()),
            ("EPSS day 2 (1 % moved)", lambda: app.collect(["epss"])),
        ):
            if step.startswith("EPSS day 2"):
                server.routes["/epss.csv.gz"] = Route(body=day2, content_type="application/gzip")
            began = time.perf_counter()
            report = run()
            seconds = time.perf_counter() - began
            details = "; ".join(
                f"{o.source_id}: {o.catalogue or o.error_message}" for o in report.outcomes
            )
            print(f"{step}: {seconds:.1f} s — {details}")
        began = time.perf_counter()
        number = app.bulletin_new(NOW.date() - timedelta(days=14), NOW.date()).number
        fixes = app.bulletin(number).content.fixes
        seconds = time.perf_counter() - began
        print(f"« Vulnérabilités à corriger » over 14 days: {len(fixes)} rows in {seconds:.2f} s")
        began = time.perf_counter()
        plans = app.flash_plan()
        print(f"flash plan: {len(plans)} reader(s) in {time.perf_counter() - began:.2f} s")
        print(f"counts: {app.vulnerabilities_counts()}")
        app.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
