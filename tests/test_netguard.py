"""No request may reach an internal address unless explicitly allowed."""

import asyncio

import httpcore
import pytest

from veille.collect import netguard
from veille.collect.fetch import Fetcher
from veille.errors import FetchError
from veille.settings import Settings
from veille.testing.loopback import Route

GUARDED = Settings(allow_internal=False, read_timeout=2, total_timeout=4, connect_timeout=2)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "::1",
        "fe80::1",
        "fc00::1",
        "::ffff:10.0.0.1",
        "224.0.0.1",
        # IPv6 forms that carry or stand for an internal address (issue 13's audit)
        "::127.0.0.1",
        "::ffff:0:127.0.0.1",
        "64:ff9b::7f00:1",
        "64:ff9b::a00:1",
        "64:ff9b:1::a00:1",
        "fec0::1",
        "2002:7f00:1::",
    ],
)
def test_internal_addresses(address):
    assert netguard.is_internal(address)


@pytest.mark.parametrize(
    "address", ["93.184.216.34", "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"]
)
def test_public_addresses(address):
    assert not netguard.is_internal(address)


def run(url: str, settings: Settings = GUARDED):
    async def go():
        async with Fetcher(settings) as fetcher:
            return await fetcher.fetch(url)

    return asyncio.run(go())


def test_loopback_literal_and_localhost_name_are_refused(server):
    server.routes["/f"] = Route(body=b"secret")
    for url in (server.url("/f"), f"http://localhost:{server.port}/f"):
        with pytest.raises(FetchError) as info:
            run(url)
        assert info.value.kind == "blocked"
    assert server.hits("/f") == []  # nothing reached the server


def test_allow_internal_setting_lets_the_demo_through(server):
    server.routes["/f"] = Route(body=b"ok")
    assert run(server.url("/f"), GUARDED.with_overrides(allow_internal=True)).content == b"ok"


class _PublicToLoopback(httpcore.AsyncNetworkBackend):
    """Stands in for the Internet: the 'public' address is routed to the loopback server."""

    def __init__(self, port: int) -> None:
        self.inner = httpcore.AnyIOBackend()
        self.port = port
        self.connected: list[str] = []

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.connected.append(host)
        assert host == "93.184.216.34", "the guard must connect to the address it checked"
        return await self.inner.connect_tcp("127.0.0.1", self.port, timeout=timeout)

    async def sleep(self, seconds):
        await self.inner.sleep(seconds)


def test_redirect_to_an_internal_address_is_refused_after_dns(server, monkeypatch):
    names = {"public.test": "93.184.216.34", "intranet.test": "10.0.0.5"}

    async def fake_resolve(host, port, timeout=None):
        import ipaddress

        return [ipaddress.ip_address(names[host])]

    monkeypatch.setattr(netguard, "resolve", fake_resolve)
    server.routes["/start"] = Route(
        status=302, headers={"Location": f"http://intranet.test:{server.port}/admin"}
    )
    server.routes["/admin"] = Route(body=b"intranet secrets")
    backend = _PublicToLoopback(server.port)
    transport = netguard.guarded_transport()
    transport._pool._network_backend = netguard.GuardedBackend(backend)

    async def go():
        async with Fetcher(GUARDED, transport=transport) as fetcher:
            return await fetcher.fetch(f"http://public.test:{server.port}/start")

    with pytest.raises(FetchError) as info:
        asyncio.run(go())
    assert info.value.kind == "blocked" and "10.0.0.5" in info.value.message
    assert [r.path for r in server.requests] == ["/start"]
    assert backend.connected == ["93.184.216.34"]
