"""The only httpx user: polite, bounded, conditional GETs.

``Fetcher.fetch(url, etag, last_modified)`` returns a ``FetchResult`` or raises
a ``FetchError`` whose ``kind`` says what went wrong (``not_found``, ``gone``,
``throttled``, ``server_error``, ``http_error``, ``timeout``, ``connect``,
``too_large``, ``redirect``, ``blocked``, ``network``).
"""

from __future__ import annotations

import asyncio
import email.utils
import ssl
from collections import defaultdict
from datetime import UTC, datetime
from types import TracebackType
from urllib.parse import urljoin

import httpx

from veille.collect.netguard import guarded_transport
from veille.errors import BlockedAddressError, ErrorKind, FetchError
from veille.settings import Settings
from veille.types import FetchResult
from veille.urls import host_of, is_valid_http_url

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.5, */*;q=0.1"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
REDIRECTS = {301, 302, 303, 307, 308}
PERMANENT = {301, 308}


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def status_error(status: int, url: str, retry_after: float | None) -> FetchError:
    if status == 404:
        return FetchError(
            "HTTP 404 : page introuvable", kind=ErrorKind.HTTP_NOT_FOUND, url=url, status=status
        )
    if status == 410:
        return FetchError(
            "HTTP 410 : la source a été définitivement supprimée",
            kind=ErrorKind.GONE,
            url=url,
            status=status,
        )
    if status in (429, 503):
        wait = f" (réessayer dans {int(retry_after)} s)" if retry_after is not None else ""
        return FetchError(
            f"HTTP {status} : le serveur demande de ralentir{wait}",
            kind=ErrorKind.THROTTLED,
            url=url,
            status=status,
            retry_after=retry_after,
        )
    if status >= 500:
        return FetchError(
            f"HTTP {status} : erreur du serveur",
            kind=ErrorKind.SERVER_ERROR,
            url=url,
            status=status,
        )
    return FetchError(
        f"HTTP {status} : requête refusée", kind=ErrorKind.HTTP_ERROR, url=url, status=status
    )


class Fetcher:
    """Async HTTP client with global and per-host limits. Use as ``async with``."""

    def __init__(
        self, settings: Settings, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.settings = settings
        self._transport = transport
        self._global = asyncio.Semaphore(settings.max_connections)
        self._hosts: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(settings.max_per_host)
        )
        self._clients: dict[str, httpx.AsyncClient] = {}
        self._ssl: ssl.SSLContext | None = None

    async def __aenter__(self) -> Fetcher:
        self._ssl = httpx.create_ssl_context()  # built once: loading CA roots is costly
        return self

    def _client_for(self, host: str) -> httpx.AsyncClient:
        """One small client per host. httpcore's pool scans every connection it holds on
        each request, so a single pool for a thousand hosts costs O(n²); per-host pools
        are bounded by ``max_per_host`` and keep politeness where it belongs."""
        key = "" if self._transport is not None else host
        client = self._clients.get(key)
        if client is None:
            s = self.settings
            transport = self._transport
            if transport is None:
                limits = httpx.Limits(
                    max_connections=s.max_per_host, max_keepalive_connections=s.max_per_host
                )
                make = httpx.AsyncHTTPTransport if s.allow_internal else guarded_transport
                verify = self._ssl if self._ssl is not None else True
                transport = make(limits=limits, retries=0, verify=verify)
            client = httpx.AsyncClient(
                transport=transport,
                timeout=httpx.Timeout(
                    connect=s.connect_timeout,
                    read=s.read_timeout,
                    write=s.read_timeout,
                    pool=s.total_timeout,
                ),
                headers={"User-Agent": s.http_user_agent},
                follow_redirects=False,
                trust_env=False,
            )
            self._clients[key] = client
        return client

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            await client.aclose()

    async def fetch(
        self,
        url: str,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str = FEED_ACCEPT,
    ) -> FetchResult:
        # Waiting for a slot is not part of the fetch: the timer starts once both the
        # first host's slot and a global slot are held.
        first_host = host_of(url)
        async with self._hosts[first_host], self._global:
            try:
                async with asyncio.timeout(self.settings.total_timeout):
                    return await self._follow(url, etag, last_modified, accept, first_host)
            except TimeoutError:
                raise FetchError(
                    f"délai total dépassé ({self.settings.total_timeout:g} s)",
                    kind=ErrorKind.TIMEOUT,
                    url=url,
                ) from None

    async def _follow(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        accept: str,
        held_host: str,
    ) -> FetchResult:
        visited: list[str] = []
        permanent_only = True
        current = url
        while True:
            if not is_valid_http_url(current):
                raise FetchError(f"URL invalide : {current}", kind=ErrorKind.INVALID_URL, url=url)
            if current in visited:
                raise FetchError(
                    f"boucle de redirection ({' → '.join([*visited, current])})",
                    kind=ErrorKind.REDIRECT,
                    url=url,
                )
            if len(visited) > self.settings.max_redirects:
                raise FetchError(
                    f"trop de redirections (plus de {self.settings.max_redirects})",
                    kind=ErrorKind.REDIRECT,
                    url=url,
                )
            visited.append(current)
            headers = {"Accept": accept}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            host = host_of(current)
            if host == held_host:
                result = await self._get(current, headers)
            else:  # a redirect to another host: be polite there too
                async with self._hosts[host]:
                    result = await self._get(current, headers)
            if isinstance(result, FetchResult):
                moved = current != url and permanent_only
                return FetchResult(
                    url=current,
                    status=result.status,
                    content=result.content,
                    headers=result.headers,
                    etag=result.etag or (etag if result.not_modified else None),
                    last_modified=result.last_modified
                    or (last_modified if result.not_modified else None),
                    permanent_url=current if moved else None,
                )
            status, location = result
            permanent_only = permanent_only and status in PERMANENT
            current = urljoin(current, location)

    async def _get(self, url: str, headers: dict[str, str]) -> FetchResult | tuple[int, str]:
        assert self._ssl is not None, "use Fetcher as an async context manager"
        try:
            client = self._client_for(host_of(url))
            async with client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status in REDIRECTS:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError(
                            f"HTTP {status} sans en-tête Location",
                            kind=ErrorKind.REDIRECT,
                            url=url,
                            status=status,
                        )
                    return status, location
                if status == 304:
                    await response.aread()  # (empty) so the connection goes back to the pool
                    return self._result(url, response, b"")
                if status >= 400:
                    retry_after = parse_retry_after(
                        response.headers.get("retry-after"), datetime.now(UTC)
                    )
                    raise status_error(status, url, retry_after)
                body = await self._read_capped(url, response)
                return self._result(url, response, body)
        except FetchError:
            raise
        except httpx.TimeoutException as exc:
            raise FetchError(
                f"délai dépassé ({type(exc).__name__})", kind=ErrorKind.TIMEOUT, url=url
            ) from exc
        except httpx.ConnectError as exc:
            raise FetchError(
                f"connexion impossible : {exc}", kind=ErrorKind.CONNECT, url=url
            ) from exc
        except httpx.InvalidURL as exc:
            raise FetchError(f"URL invalide : {exc}", kind=ErrorKind.INVALID_URL, url=url) from exc
        except httpx.HTTPError as exc:
            raise FetchError(
                f"erreur réseau : {exc or type(exc).__name__}", kind=ErrorKind.NETWORK, url=url
            ) from exc
        except BlockedAddressError as exc:
            exc.url = url
            raise

    async def _read_capped(self, url: str, response: httpx.Response) -> bytes:
        cap = self.settings.max_body_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(
                f"réponse trop volumineuse ({int(declared)} octets annoncés, limite {cap})",
                kind=ErrorKind.TOO_LARGE,
                url=url,
            )
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(
                    f"réponse trop volumineuse (plus de {cap} octets)",
                    kind=ErrorKind.TOO_LARGE,
                    url=url,
                )
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _result(url: str, response: httpx.Response, body: bytes) -> FetchResult:
        headers = {k.lower(): v for k, v in response.headers.items()}
        return FetchResult(
            url=url,
            status=response.status_code,
            content=body,
            headers=headers,
            etag=headers.get("etag"),
            last_modified=headers.get("last-modified"),
        )
