"""The RSS fast path must give exactly what feedparser gives, or step aside."""

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from veille.collect import parse as parse_module
from veille.collect.normalize import normalize_items
from veille.collect.rssfast import parse_simple_rss
from veille.types import Source, SourceKind

DATA = Path(__file__).parent / "data"
DEMO = Path(__file__).parent.parent / "veille" / "demo" / "data"
URL = "http://example.org/feed"
NOW = datetime(2026, 11, 20, tzinfo=UTC)
SOURCE = Source(
    id="s",
    name="s",
    kind=SourceKind.FEED,
    url=URL,
    themes=("cyber",),
    language=None,
    partner="p",
    interval=3600,
)
FEEDS = sorted(
    p for p in [*DATA.rglob("*.xml"), *DATA.glob("*.rdf"), *DEMO.glob("*.*")] if p.is_file()
)


def _farm_feed() -> bytes:
    import sys

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from farm import feed_body

    return feed_body(3, 20, random.Random(5))


def _feedparser_only(content: bytes, content_type: str):
    original = parse_module.parse_simple_rss
    parse_module.parse_simple_rss = lambda *_: None
    try:
        return parse_module.parse_feed(content, URL, content_type)
    finally:
        parse_module.parse_simple_rss = original


@pytest.mark.parametrize("path", FEEDS, ids=lambda p: p.name)
def test_fast_path_agrees_with_feedparser_or_steps_aside(path):
    content = path.read_bytes()
    fast = parse_simple_rss(content, "application/rss+xml")
    if fast is None:  # feedparser takes it; the other parse tests cover that path
        assert path.name not in FAST_PATH, f"{path.name} should take the fast path"
        return
    slow = _feedparser_only(content, "application/rss+xml")
    assert fast.items == slow.items
    assert fast.language == slow.language
    assert normalize_items(SOURCE, fast.items, URL, NOW) == normalize_items(
        SOURCE,
        slow.items,
        URL,
        NOW,
    )


FAST_PATH = {
    "rss2.xml",
    "namespaces.xml",
    "duplicates.xml",
    "empty-feed.xml",
    "no-links-no-dates.xml",
}


def test_fast_path_takes_plain_rss2_and_the_benchmark_feeds():
    taken = {p.name for p in FEEDS if parse_simple_rss(p.read_bytes()) is not None}
    assert taken == FAST_PATH
    farm = _farm_feed()
    fast = parse_simple_rss(farm, "application/rss+xml; charset=utf-8")
    assert fast is not None and len(fast.items) == 20
    assert fast.items == _feedparser_only(farm, "application/rss+xml").items


@pytest.mark.parametrize(
    "name",
    [
        "atom.xml",
        "rss10.rdf",
        "rss091.xml",
        "malformed.xml",
        "wrong-encoding.xml",
        "no-declaration-latin1.xml",
        "hostile.xml",
        "rss-variants/no-zone-date.xml",
        "rss-variants/unknown-element.xml",
    ],
)
def test_other_dialects_and_doubtful_feeds_go_to_feedparser(name):
    assert parse_simple_rss((DATA / name).read_bytes(), "application/xml") is None


def test_declared_charset_other_than_utf8_goes_to_feedparser():
    body = (DATA / "rss2.xml").read_bytes()
    assert parse_simple_rss(body, "application/rss+xml; charset=utf-8") is not None
    assert parse_simple_rss(body, "application/rss+xml; charset=iso-8859-1") is None


def test_doctype_and_entities_go_to_feedparser():
    body = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "boom">]>'
        b'<rss version="2.0"><channel><item><title>&x;</title></item></channel></rss>'
    )
    assert parse_simple_rss(body) is None


def test_markup_in_the_channel_title_goes_to_feedparser():
    body = (
        b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        b"<title>A <b>bold</b> feed</title><item><title>t</title>"
        b"<link>https://a.example/1</link></item></channel></rss>"
    )
    assert parse_simple_rss(body) is None
    assert [i.url for i in parse_module.parse_feed(body, URL, "application/rss+xml").items] == [
        "https://a.example/1"
    ]
