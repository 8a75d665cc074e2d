"""In-memory sliding-window limits per client address (one web process; behind a proxy,
werkzeug's ProxyFix or the proxy itself should pass the real address)."""

from __future__ import annotations

import threading
import time
from collections import deque


class Limit:
    def __init__(self, events: int, seconds: float, max_clients: int = 10_000) -> None:
        self.events, self.seconds, self.max_clients = events, seconds, max_clients
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _window(self, key: str, now: float) -> deque[float]:
        window = self._seen.setdefault(key, deque())
        while window and window[0] < now - self.seconds:
            window.popleft()
        return window

    def exceeded(self, key: str) -> bool:
        with self._lock:
            return len(self._window(key, time.monotonic())) >= self.events

    def hit(self, key: str) -> None:
        with self._lock:
            now = time.monotonic()
            if len(self._seen) >= self.max_clients:  # forget idle clients first
                for stale in [
                    k for k, w in self._seen.items() if not w or w[-1] < now - self.seconds
                ]:
                    del self._seen[stale]
            self._window(key, now).append(now)
