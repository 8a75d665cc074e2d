"""A loopback feed farm for benchmarks: N feeds of E entries over H loopback hosts, every
response delayed. Run as a separate process so it does not share the collector's CPU time:

    python bench/farm.py --feeds 1000 --entries 20 --hosts 100 --delay 0.1 [--faults 0.05]

Prints one JSON line {"port": …, "hosts": […], "faults": {feed_index: kind}} when ready.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.testing.loopback import LoopbackServer, Route

FAULTS = ("404", "500", "301", "malformed", "hang", "oversize")
WORDS = (
    "rançongiciel",
    "faille",
    "correctif",
    "hameçonnage",
    "données",
    "entreprise",
    "sécurité",
    "intelligence",
    "artificielle",
    "modèle",
    "blockchain",
    "registre",
    "jeton",
    "régulation",
    "PME",
    "Normandie",
    "réseau",
    "attaque",
    "vulnérabilité",
    "ransomware",
    "model",
    "agent",
    "chain",
    "ledger",
    "token",
)


def feed_body(index: int, entries: int, rng: random.Random) -> bytes:
    items = []
    for e in range(entries):
        title = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize()
        summary = " ".join(rng.choice(WORDS) for _ in range(40))
        items.append(
            f"<item><title>{title} {index}-{e}</title>"
            f"<link>https://news{index % 97}.example/articles/{index}/{e}?utm_source=rss</link>"
            f'<guid isPermaLink="false">farm-{index}-{e}</guid>'
            f"<pubDate>Mon, {1 + e % 28:02d} Nov 2026 10:{e % 60:02d}:00 +0100</pubDate>"
            f"<description>&lt;p&gt;{summary}&lt;/p&gt;</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Feed {index}</title><link>https://news.example/</link><language>fr</language>"
        f"<description>farm</description>{''.join(items)}</channel></rss>"
    ).encode()


def build(
    feeds: int, entries: int, fault_rate: float, seed: int = 7
) -> tuple[dict[str, Route], dict[int, str]]:
    rng = random.Random(seed)
    routes: dict[str, Route] = {}
    faults: dict[int, str] = {}
    for i in range(feeds):
        body = feed_body(i, entries, rng)
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        route = Route(body=body, etag=etag, content_type="application/rss+xml; charset=utf-8")
        if fault_rate and rng.random() < fault_rate:
            kind = FAULTS[len(faults) % len(FAULTS)]
            faults[i] = kind
            route = {
                "404": Route(status=404),
                "500": Route(status=500),
                "301": Route(status=301, headers={"Location": f"/moved/{i}.xml"}),
                "malformed": Route(body=b"<rss><channel><item><title>cut"),
                "hang": Route(hang=True),
                "oversize": Route(endless=True),
            }[kind]
            if kind == "301":
                routes[f"/moved/{i}.xml"] = Route(body=body, etag=etag)
        routes[f"/feeds/{i}.xml"] = route
    return routes, faults


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--hosts", type=int, default=100)
    parser.add_argument("--delay", type=float, default=0.1)
    parser.add_argument("--faults", type=float, default=0.0)
    args = parser.parse_args()
    routes, faults = build(args.feeds, args.entries, args.faults)
    hosts = tuple(f"127.0.{1 + h // 250}.{1 + h % 250}" for h in range(args.hosts))
    server = LoopbackServer(routes, hosts=hosts, default_delay=args.delay)
    await server.serve()
    print(json.dumps({"port": server.port, "hosts": hosts, "faults": faults}), flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
