"""Log lines: one per event, as text for people or as JSON for log collectors
(``log_format = "json"``). Events carry their context as ``extra`` fields — ``source``,
``issue``, ``job``, ``worker`` — which the JSON lines keep as keys."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

CONTEXT = ("source", "issue", "job", "worker")


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update({k: getattr(record, k) for k in CONTEXT if hasattr(record, k)})
        if record.exc_info:
            line["error"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


def configure(level: str, fmt: str) -> None:
    """Log to stderr at ``level`` (DEBUG, INFO…) as ``fmt`` (text or json)."""
    handler = logging.StreamHandler()
    handler.setFormatter(
        JsonLines()
        if fmt == "json"
        else logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    logging.getLogger("veille").setLevel(level.upper())
