"""What a ``veille`` command imports, seen from a fresh interpreter (the CLI's start-up test
and benchmark): the top-level packages loaded once the command has run."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = (
    "sklearn",
    "scipy",
    "numpy",
    "trafilatura",
    "sqlalchemy",
    "alembic",
    "httpx",
    "feedparser",
    "flask",
    "jinja2",
    "apscheduler",
    "lxml",
    "css_inline",
)
"""Libraries that take tenths of a second to import: a command loads them when it runs."""

_PROBE = """
import json, sys
from veille.cli.main import cli
try:
    cli(sys.argv[1:], prog_name="veille")
except SystemExit:
    pass
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""


def loaded_by(*args: str) -> set[str]:
    """The top-level packages loaded by ``veille ARGS`` run in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return set(json.loads(done.stderr.strip().splitlines()[-1]))
