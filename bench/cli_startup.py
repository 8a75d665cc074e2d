"""Benchmark: how fast the ``veille`` command starts (issue 11: ``veille --help`` ≤ 0.3 s).

    python bench/cli_startup.py            # 10 runs of each command
    python bench/cli_startup.py --runs 30

Each command runs in a fresh interpreter, as a user types it; prints the median and the
slowest wall time per command against the target, and which heavy libraries the command
loaded (none should, for --help).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.testing.imports import HEAVY, loaded_by

TARGET = 0.3
COMMANDS = (
    ["--help"],
    ["bulletin", "--help"],
    ["bulletin", "publish", "--help"],
    ["collect", "--help"],
    ["serve", "--help"],
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    veille = [sys.executable, "-m", "veille.cli.main"]
    print(f"{'command':32} {'median':>8} {'slowest':>8}  target ≤ {TARGET} s  heavy imports")
    for command in COMMANDS:
        times = []
        for _ in range(args.runs):
            began = time.perf_counter()
            subprocess.run([*veille, *command], capture_output=True, check=True)
            times.append(time.perf_counter() - began)
        loaded = loaded_by(*command) & set(HEAVY)
        median = statistics.median(times)
        verdict = "met" if median <= TARGET else "MISSED"
        print(
            f"veille {' '.join(command):25} {median:7.3f}s {max(times):7.3f}s  {verdict:17}"
            f"  {', '.join(sorted(loaded)) or 'none'}"
        )


if __name__ == "__main__":
    main()
