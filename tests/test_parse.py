from datetime import UTC, datetime
from pathlib import Path

import pytest

from veille.collect.parse import parse_feed
from veille.errors import ParseError

DATA = Path(__file__).parent / "data"
URL = "http://example.org/feed"


def parse(name: str, content_type: str = "application/xml"):
    return parse_feed((DATA / name).read_bytes(), URL, content_type)


def test_rss2():
    feed = parse("rss2.xml")
    assert len(feed.items) == 5 and feed.warning is None and feed.language == "fr"
    first = feed.items[0]
    assert first.key == "guid-1"
    assert first.title == "Article 1 sur la cybersécurité"
    assert first.published == datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def test_rss091_rss10_atom():
    assert [i.title for i in parse("rss091.xml").items] == ["Legacy item one", "Legacy item two"]
    rdf = parse("rss10.rdf").items
    assert rdf[1].published == datetime(2026, 11, 3, 10, tzinfo=UTC)
    atom = parse("atom.xml")
    assert atom.items[0].author == "Ada"
    assert atom.items[0].content_html == "<p>Long content of the entry.</p>"
    assert atom.items[1].published == datetime(2026, 11, 4, 6, tzinfo=UTC)


def test_json_feed():
    feed = parse("jsonfeed.json", "application/feed+json")
    assert [i.key for i in feed.items] == ["j1", "2"]
    assert feed.items[0].author == "Léa"
    assert feed.items[1].content_text == "Sans titre mais avec du texte"
    assert "ignorée" in (feed.warning or "")


def test_malformed_feed_keeps_usable_entries_and_says_so():
    feed = parse("malformed.xml")
    assert len(feed.items) >= 2
    assert feed.warning and "mal formé" in feed.warning


def test_wrong_and_missing_encoding_declarations():
    feed = parse("wrong-encoding.xml")
    assert "curit" in feed.items[0].title  # decoded, not dropped
    feed = parse("no-declaration-latin1.xml", "application/rss+xml; charset=iso-8859-1")
    assert feed.items[0].title == "Données personnelles protégées"


def test_html_page_is_not_a_feed_and_points_to_the_feed():
    with pytest.raises(ParseError) as info:
        parse("not-a-feed.html", "text/html")
    assert info.value.kind == "not_a_feed"
    assert "/feed.xml" in info.value.message


def test_empty_body_and_empty_feed():
    with pytest.raises(ParseError, match="vide"):
        parse_feed(b"  ", URL)
    assert parse("empty-feed.xml").items == ()


def test_garbage_is_malformed():
    with pytest.raises(ParseError) as info:
        parse_feed(b"\x00\x01 not xml at all <<<", URL, "application/xml")
    assert info.value.kind == "malformed"


def test_json_that_is_not_a_feed():
    with pytest.raises(ParseError, match="JSON Feed"):
        parse_feed(b'{"hello": "world"}', URL, "application/json")


def test_blank_lines_before_the_xml_declaration_are_not_an_error():
    body = (DATA / "rss2.xml").read_bytes()
    for prefix in (b"\n", b"\r\n\r\n  ", b"\xef\xbb\xbf\n\n"):
        feed = parse_feed(prefix + body, "https://example.org/f", "application/rss+xml")
        assert feed.warning is None and len(feed.items) == 5, prefix


def test_feed_links_finds_the_feeds_a_page_announces():
    from veille.collect.parse import feed_links

    page = b"""<html><head>
    <link rel="stylesheet" href="/s.css">
    <link rel="alternate" type="application/rss+xml" title="Tout &amp; partout"
      href="/feed?a=1&amp;b=2">
    <link type="application/atom+xml" href="/atom.xml" rel="alternate">
    <link rel="alternate" type="application/feed+json" href="/feed.json">
    <link rel="alternate" type="application/rss+xml" href="/feed?a=1&amp;b=2">
    <link rel="alternate" hreflang="en" type="text/html" href="/en/">
    <link rel="nofollow" type="application/rss+xml" href="/not-alternate.xml">
    </head></html>"""
    assert feed_links(page) == [
        ("/feed?a=1&b=2", "Tout & partout"),
        ("/atom.xml", ""),
        ("/feed.json", ""),
    ]
    assert feed_links(b"<html><body>rien</body></html>") == []
