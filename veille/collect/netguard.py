"""Refuse connections to internal addresses, checked after DNS resolution.

The check sits where httpx opens TCP connections (an httpcore network
backend), so it applies to the first request and to every redirect hop, and
the connection goes to the very address that was checked: a name that
resolves to a public address for the check and to an internal one for the
connection (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from veille.errors import BlockedAddressError, ErrorKind

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


# IPv6 ranges that carry an IPv4 address in their last 32 bits, or that only make sense
# inside a network: judged by the IPv4 inside, or internal outright.
_EMBEDS_IPV4 = (ipaddress.IPv6Network("64:ff9b::/96"),)  # NAT64, well-known prefix
_INTERNAL_V6 = (
    ipaddress.IPv6Network("::/96"),  # IPv4-compatible (deprecated): ::127.0.0.1
    ipaddress.IPv6Network("::ffff:0:0:0/96"),  # IPv4-translated (SIIT): ::ffff:0:127.0.0.1
    ipaddress.IPv6Network("64:ff9b:1::/48"),  # NAT64 for local use
    ipaddress.IPv6Network("fec0::/10"),  # site-local (deprecated, still routed inside)
)


def is_internal(address: str | IPAddress) -> bool:
    """True for loopback, private, link-local, CGNAT, multicast, reserved… anything not
    global; an IPv6 address that carries an IPv4 one (mapped, 6to4, NAT64) is judged by
    the IPv4 address inside, and the IPv6 ranges that only make sense inside a network are
    internal."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            return is_internal(mapped)
        if any(ip in net for net in _EMBEDS_IPV4):
            return is_internal(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        if ip.is_site_local or any(ip in net for net in _INTERNAL_V6):
            return True
    return not ip.is_global or ip.is_multicast


def _literal(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolve, check every address, then connect to a checked address."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await resolve(host, port, timeout)
        blocked = [a for a in addresses if is_internal(a)]
        if blocked:
            raise BlockedAddressError(
                f"adresse interne refusée : {host} → {blocked[0]}", kind=ErrorKind.BLOCKED
            )
        last_error: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    str(address),
                    port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectError as exc:
                last_error = exc
        raise last_error or httpcore.ConnectError(f"aucune adresse pour {host}")

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        raise BlockedAddressError("connexion locale (socket Unix) refusée", kind=ErrorKind.BLOCKED)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


async def resolve(host: str, port: int, timeout: float | None = None) -> list[IPAddress]:
    literal = _literal(host)
    if literal is not None:
        return [literal]
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), timeout
        )
    except (OSError, UnicodeError) as exc:
        raise httpcore.ConnectError(f"nom de domaine introuvable : {host} ({exc})") from exc
    except TimeoutError as exc:
        raise httpcore.ConnectTimeout(f"résolution DNS trop lente : {host}") from exc
    seen: list[IPAddress] = []
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip not in seen:
            seen.append(ip)
    return seen


def guarded_transport(**kwargs: Any) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose every TCP connection passes the internal-address guard."""
    transport = httpx.AsyncHTTPTransport(**kwargs)
    pool = transport._pool
    if not hasattr(pool, "_network_backend"):  # pragma: no cover - guards an httpcore change
        raise RuntimeError("httpcore internals changed: cannot install the address guard")
    pool._network_backend = GuardedBackend(pool._network_backend)
    return transport


def check_url_host(url: str, timeout: float = 5.0) -> str | None:
    """Refuse, before a source is saved, a URL whose host is or resolves to an internal
    address (BlockedAddressError). Returns a note when the name does not resolve now: the
    source is kept (the fetch guard checks every connection anyway)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)

    async def addresses() -> list[IPAddress]:
        return await resolve(host, port, timeout)

    try:
        found = asyncio.run(addresses())
    except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
        return str(exc)
    for ip in found:
        if is_internal(ip):
            raise BlockedAddressError(f"adresse interne refusée : {host} ({ip})", url=url)
    return None
