"""The fetcher against a real HTTP server on loopback."""

import asyncio
import email.utils

import pytest

from veille.collect.fetch import Fetcher, parse_retry_after
from veille.errors import FetchError
from veille.settings import Settings
from veille.testing.loopback import Route

SETTINGS = Settings(
    allow_internal=True, read_timeout=1, total_timeout=3, connect_timeout=1, max_body_bytes=50_000
)


def fetch(url: str, settings: Settings = SETTINGS, **kwargs):
    async def go():
        async with Fetcher(settings) as fetcher:
            return await fetcher.fetch(url, **kwargs)

    return asyncio.run(go())


def error_of(url: str, settings: Settings = SETTINGS) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetch(url, settings)
    return info.value


def test_ok_with_validators_and_honest_user_agent(server):
    server.routes["/f"] = Route(body=b"<rss/>", etag='"v1"', last_modified="Mon, 02 Nov 2026")
    result = fetch(server.url("/f"))
    assert (result.status, result.content, result.etag) == (200, b"<rss/>", '"v1"')
    agent = server.hits("/f")[0].headers["user-agent"]
    assert agent.startswith("Veille/") and "+https://" in agent


def test_conditional_get_sends_validators_and_gets_304(server):
    server.routes["/f"] = Route(body=b"<rss/>", etag='"v1"')
    result = fetch(server.url("/f"), etag='"v1"', last_modified="Mon, 02 Nov 2026 10:00:00 GMT")
    assert result.not_modified and result.content == b"" and result.etag == '"v1"'
    sent = server.hits("/f")[0].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == "Mon, 02 Nov 2026 10:00:00 GMT"


@pytest.mark.parametrize(
    ("status", "kind"),
    [(404, "not_found"), (410, "gone"), (500, "server_error"), (403, "http_error")],
)
def test_status_errors(server, status, kind):
    server.routes["/x"] = Route(status=status)
    error = error_of(server.url("/x"))
    assert error.kind == kind and error.status == status and error.url == server.url("/x")


def test_throttled_carries_retry_after(server):
    server.routes["/x"] = Route(status=429, headers={"Retry-After": "120"})
    error = error_of(server.url("/x"))
    assert (error.kind, error.retry_after) == ("throttled", 120.0)
    server.routes["/y"] = Route(
        status=503, headers={"Retry-After": email.utils.formatdate(4102444800, usegmt=True)}
    )
    assert error_of(server.url("/y")).retry_after > 1_000_000


def test_permanent_redirect_chain_reports_new_url(server):
    server.routes["/a"] = Route(status=301, headers={"Location": "/b"})
    server.routes["/b"] = Route(status=308, headers={"Location": "/c"})
    server.routes["/c"] = Route(body=b"ok")
    result = fetch(server.url("/a"))
    assert result.content == b"ok" and result.permanent_url == server.url("/c")


def test_temporary_hop_means_no_new_url(server):
    server.routes["/a"] = Route(status=301, headers={"Location": "/b"})
    server.routes["/b"] = Route(status=302, headers={"Location": "/c"})
    server.routes["/c"] = Route(body=b"ok")
    assert fetch(server.url("/a")).permanent_url is None


def test_redirect_loop_and_too_many_redirects(server):
    server.routes["/l1"] = Route(status=302, headers={"Location": "/l2"})
    server.routes["/l2"] = Route(status=302, headers={"Location": "/l1"})
    assert "boucle" in error_of(server.url("/l1")).message
    for i in range(10):
        server.routes[f"/r{i}"] = Route(status=302, headers={"Location": f"/r{i + 1}"})
    error = error_of(server.url("/r0"))
    assert error.kind == "redirect" and "trop de redirections" in error.message


def test_server_that_never_answers_times_out(server):
    server.routes["/hang"] = Route(hang=True)
    assert error_of(server.url("/hang")).kind == "timeout"


def test_total_timeout_bounds_a_slow_trickle(server):
    server.routes["/slow"] = Route(body=b"x", delay=0.8)
    settings = SETTINGS.with_overrides(total_timeout=0.3, read_timeout=5)
    error = error_of(server.url("/slow"), settings)
    assert error.kind == "timeout" and "délai total" in error.message


def test_oversize_body_is_cut_off(server):
    server.routes["/endless"] = Route(endless=True)
    assert error_of(server.url("/endless")).kind == "too_large"
    server.routes["/declared"] = Route(body=b"x" * 60_000)
    assert error_of(server.url("/declared")).kind == "too_large"


def test_connection_refused(server):
    port = server.port
    server.stop()
    error = error_of(f"http://127.0.0.1:{port}/gone")
    assert error.kind in {"connect", "network"}


def test_retry_after_parsing():
    from datetime import UTC, datetime

    now = datetime(2026, 11, 1, tzinfo=UTC)
    assert parse_retry_after("30", now) == 30
    assert parse_retry_after("Sun, 01 Nov 2026 00:01:00 GMT", now) == 60
    assert parse_retry_after("tomorrow", now) is None
