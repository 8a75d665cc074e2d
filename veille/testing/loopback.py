"""A small scripted HTTP/1.1 server on loopback, for the demo, the tests and the benchmarks.

It serves ``Route`` objects by path and can misbehave on purpose: delay, never
answer, stream an endless body, redirect, refuse. Conditional GET is honoured
for routes that carry an ETag or Last-Modified. It can listen on several
loopback addresses at once (127.0.0.2, 127.0.0.3…) so that a farm of feeds
looks like many hosts. Never bind it to anything but loopback.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus

MAX_HEADER_BYTES = 64 * 1024


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/xml; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    hang: bool = False  # accept the request and never answer
    endless: bool = False  # stream a body that never ends
    handler: Callable[[Request], Route] | None = None


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]
    host: str


class LoopbackServer:
    def __init__(
        self,
        routes: dict[str, Route] | None = None,
        hosts: tuple[str, ...] = ("127.0.0.1",),
        port: int = 0,
        default_delay: float = 0.0,
    ) -> None:
        for host in hosts:
            if not (host.startswith("127.") or host in ("::1", "localhost")):
                raise ValueError(f"loopback addresses only, not {host}")
        self.routes: dict[str, Route] = dict(routes or {})
        self.hosts = hosts
        self.port = port
        self.default_delay = default_delay
        self.requests: list[Request] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._servers: list[asyncio.Server] = []
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._hanging: set[asyncio.StreamWriter] = set()

    # -- lifecycle -------------------------------------------------------------------------
    async def serve(self) -> None:
        """Start listening in the running loop (for a process that only serves)."""
        self._loop = asyncio.get_running_loop()
        for host in self.hosts:  # the first bind picks the port, the others share it
            server = await asyncio.start_server(
                self._handle,
                host=host,
                port=self.port,
                backlog=4096,
                reuse_address=True,
                limit=MAX_HEADER_BYTES,
            )
            self.port = server.sockets[0].getsockname()[1]
            self._servers.append(server)

    def start(self) -> LoopbackServer:
        """Serve from a background thread; returns once listening."""

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            loop.run_until_complete(self.serve())
            self._ready.set()
            loop.run_forever()
            loop.run_until_complete(self._close())
            loop.close()

        self._thread = threading.Thread(target=run, name="loopback-http", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("loopback server did not start")
        return self

    async def _close(self) -> None:
        for server in self._servers:
            server.close()
        for writer in list(self._hanging):
            writer.close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._thread = None

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def url(self, path: str, host: str | None = None) -> str:
        return f"http://{host or self.hosts[0]}:{self.port}{path}"

    def hits(self, path: str) -> list[Request]:
        return [r for r in self.requests if r.path == path]

    # -- protocol --------------------------------------------------------------------------
    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await self._read_request(reader, writer)
                if request is None:
                    break
                self.requests.append(request)
                keep_alive = await self._respond(request, writer)
                if not keep_alive:
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _read_request(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> Request | None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError:
            return None
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        if len(parts) != 3:
            return None
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        local = writer.get_extra_info("sockname")
        return Request(parts[0], parts[1], headers, local[0] if local else "")

    async def _respond(self, request: Request, writer: asyncio.StreamWriter) -> bool:
        route = self.routes.get(request.path) or self.routes.get(request.path.split("?")[0])
        if route is None:
            route = Route(status=404, body=b"not found", content_type="text/plain")
        if route.handler is not None:
            route = route.handler(request)
        delay = route.delay or self.default_delay
        if delay:
            await asyncio.sleep(delay)
        if route.hang:
            self._hanging.add(writer)
            await asyncio.sleep(3600)
            return False
        status, body = route.status, route.body
        headers = {"Content-Type": route.content_type, **route.headers}
        if route.etag:
            headers["ETag"] = route.etag
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
        if status == 200 and self._not_modified(route, request.headers):
            status, body = 304, b""
            headers.pop("Content-Type", None)
        reason = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "X"
        out = [f"HTTP/1.1 {status} {reason}"]
        if route.endless:
            headers["Transfer-Encoding"] = "chunked"
        else:
            headers["Content-Length"] = str(len(body))
        out += [f"{k}: {v}" for k, v in headers.items()]
        writer.write(("\r\n".join(out) + "\r\n\r\n").encode("latin-1"))
        if route.endless:
            chunk = b"x" * 65536
            frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
            while True:
                writer.write(frame)
                await writer.drain()
        if request.method != "HEAD":
            writer.write(body)
        await writer.drain()
        return request.headers.get("connection", "").lower() != "close"

    @staticmethod
    def _not_modified(route: Route, headers: dict[str, str]) -> bool:
        if route.etag and headers.get("if-none-match"):
            return headers["if-none-match"] == route.etag
        if route.last_modified and headers.get("if-modified-since"):
            return headers["if-modified-since"] == route.last_modified
        return False
