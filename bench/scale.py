"""Benchmark: several `veille worker` processes sharing one PostgreSQL database.

    python bench/scale.py                                  # 10,000 sources, 1, 2 and 4 workers
    python bench/scale.py --sources 2000 --workers 1 2 --database postgresql+psycopg://…/postgres

A loopback farm (bench/farm.py, a process of its own) serves the feeds (5 entries each,
50 ms per response, 200 loopback hosts). For each number of workers, a fresh database is
created, then that many `veille worker --once` processes (the real command) take due sources
by claims, collect, classify and group them, until nothing is due. Prints sources per second
and checks that every source was collected once and every item stored once. Issue 6: adding
workers helps until the machine's cores are used (this machine has 2).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench.collect import sources_yaml  # noqa: E402
from veille.app.facade import Veille  # noqa: E402
from veille.settings import Settings  # noqa: E402

ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def fresh_database(admin_url: str) -> str:
    name = f"veille_scale_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_database(admin_url: str, url: str) -> None:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


def run(
    workers: int, url: str, sources_file: Path, model: Path, batch: int
) -> tuple[float, int, int]:
    env = {
        **os.environ,
        "VEILLE_DATABASE_URL": url,
        "VEILLE_SOURCES_FILE": str(sources_file),
        "VEILLE_MODEL_FILE": str(model),
        "VEILLE_ALLOW_INTERNAL": "1",
        "VEILLE_PARSE_PROCESSES": "0",
        "VEILLE_LOG_LEVEL": "WARNING",
        "VEILLE_SECRET_KEY": "scale-bench-secret-0123456789",
    }
    app = Veille(Settings(database_url=url, sources_file=str(sources_file), model_file=str(model)))
    app.db_upgrade()
    app.sources_sync()
    app.classifier()  # trained once here, loaded by the workers
    veille = str(Path(sys.executable).with_name("veille"))
    started = time.perf_counter()
    procs = [
        subprocess.Popen(
            [veille, "worker", "--once", "--batch", str(batch)], env=env, stdout=subprocess.DEVNULL
        )
        for _ in range(workers)
    ]
    codes = [p.wait() for p in procs]
    wall = time.perf_counter() - started
    if any(codes):
        raise SystemExit(f"a worker failed: exit codes {codes}")
    with app.engine.connect() as conn:
        collected = conn.scalar(text("SELECT count(*) FROM sources WHERE last_success IS NOT NULL"))
        items = conn.scalar(text("SELECT count(*) FROM items"))
        distinct = conn.scalar(text("SELECT count(DISTINCT (source_id, key)) FROM items"))
    app.close()
    if items != distinct:
        raise SystemExit(f"{items - distinct} items stored twice")
    return wall, int(collected or 0), int(items or 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=10_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument(
        "--database",
        default=ADMIN,
        help="PostgreSQL URL of a database to create the test databases from",
    )
    args = parser.parse_args()
    farm = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "bench" / "farm.py"),
            "--feeds",
            str(args.sources),
            "--entries",
            "5",
            "--hosts",
            "200",
            "--delay",
            "0.05",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        info = json.loads(farm.stdout.readline())  # type: ignore[union-attr]
        with tempfile.TemporaryDirectory() as tmp:
            sources_file = Path(tmp) / "sources.yaml"
            sources_file.write_text(sources_yaml(info["port"], info["hosts"], args.sources))
            model = Path(tmp) / "themes.model"
            print(f"{args.sources} sources × 5 entries, 50 ms per response, {os.cpu_count()} cores")
            first = None
            for workers in args.workers:
                url = fresh_database(args.database)
                try:
                    wall, collected, items = run(workers, url, sources_file, model, args.batch)
                finally:
                    drop_database(args.database, url)
                rate = args.sources / wall
                first = first or rate
                print(
                    f"{workers} worker(s): {wall:6.1f} s, {rate:6.0f} sources/s "
                    f"({rate / first:.2f}×), {collected} sources collected, {items} items "
                    "stored once each"
                )
    finally:
        farm.terminate()
        farm.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
