"""The labelled real pages' texts, read from a JSONL file kept beside the checkout (they
belong to their publishers, so they are not in the repository): shared by the benchmarks
that measure on them (bench/opportunities_labelled.py, bench/region_labelled.py)."""

from __future__ import annotations

import json
from pathlib import Path


def read_pages(path: Path) -> dict[str, dict[str, str]] | None:
    """The pages by address, or None (said) when the file is not there."""
    if not path.exists():
        print(f"{path}: the labelled pages' texts are not there (see docs/benchmarks.md)")
        return None
    pages = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        page = json.loads(line)
        pages[page["url"]] = page
    return pages
