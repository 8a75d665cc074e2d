"""Bytes → entries. The only feedparser user (RSS 0.9x/1.0/2.0, Atom), plus JSON Feed.

Plain UTF-8 RSS 2.0 — most real feeds — takes a faster path (``rssfast``) that
gives the same entries; every other feed goes to feedparser.
The body is always passed as bytes with the response's Content-Type, never as a
URL, so feedparser never touches the network or the file system. Sanitising is
left to ``sanitize`` (an allow-list), so feedparser's own is switched off.
"""

from __future__ import annotations

import calendar
import io
import json
import re
from datetime import UTC, datetime
from typing import Any

import feedparser

from veille.collect.rssfast import parse_simple_rss
from veille.errors import ErrorKind, ParseError
from veille.types import ParsedFeed, RawItem

_JSON_FEED_VERSION = re.compile(r"^https://jsonfeed\.org/version/1(\.1)?$")
_FEED_LINK = re.compile(
    rb"<link[^>]+type=[\"']application/(?:rss|atom)\+xml[\"'][^>]*>", re.IGNORECASE
)
_HREF = re.compile(rb"href=[\"']([^\"']+)[\"']", re.IGNORECASE)
_ANY_FEED_LINK = re.compile(
    rb"<link\b[^>]*\btype=[\"']application/(?:rss\+xml|atom\+xml|feed\+json)[\"'][^>]*>",
    re.IGNORECASE,
)
_REL_ALTERNATE = re.compile(rb"\brel=[\"'][^\"']*\balternate\b", re.IGNORECASE)
_TITLE_ATTR = re.compile(rb"\btitle=[\"']([^\"']*)[\"']", re.IGNORECASE)

COMMON_FEED_PATHS = (
    "/feed",
    "/rss",
    "/feed.xml",
    "/rss.xml",
    "/atom.xml",
    "/index.xml",
    "/feed/",
    "/rss/",
    "/feed.json",
)
"""Where sites usually put their feed when their pages do not announce it."""


def feed_links(content: bytes) -> list[tuple[str, str]]:
    """The feeds a page announces (``<link rel="alternate" type="application/rss+xml"…>``,
    Atom and JSON Feed too), as (href as written, title), in page order, once each."""
    import html

    found: list[tuple[str, str]] = []
    for tag in _ANY_FEED_LINK.findall(content[:500_000]):
        if not _REL_ALTERNATE.search(tag):
            continue
        href = _HREF.search(tag)
        if not href:
            continue
        title = _TITLE_ATTR.search(tag)
        link = html.unescape(href.group(1).decode("utf-8", "replace")).strip()
        name = html.unescape(title.group(1).decode("utf-8", "replace")) if title else ""
        if link and link not in {f for f, _ in found}:
            found.append((link, " ".join(name.split())))
    return found


def _struct_to_datetime(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def _parse_iso(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _looks_like_json(content: bytes, content_type: str) -> bool:
    head = content.lstrip()[:1]
    return "json" in content_type.lower() or head == b"{"


def parse_feed(content: bytes, url: str, content_type: str = "") -> ParsedFeed:
    """Parse a feed body. Usable entries of a broken feed are kept, with a warning."""
    if not content.strip():
        raise ParseError("réponse vide : aucun flux à lire", kind=ErrorKind.EMPTY)
    content = _leading_blanks_off(content)
    if _looks_like_json(content, content_type):
        return parse_json_feed(content)
    simple = parse_simple_rss(content, content_type)
    if simple is not None:
        return simple
    parsed = feedparser.parse(
        io.BytesIO(content),
        response_headers={
            "content-type": content_type or "application/xml",
            "content-location": url,
        },
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    version = parsed.get("version", "")
    entries = parsed.get("entries", [])
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not version and not entries:
        if _is_html(content, content_type):
            hint = discover_feed_link(content)
            message = "la réponse est une page HTML, pas un flux"
            if hint:
                message += f" (flux annoncé par la page : {hint.decode(errors='replace')})"
            raise ParseError(message, kind=ErrorKind.NOT_A_FEED)
        detail = f" : {problem}" if problem else ""
        raise ParseError(f"flux illisible{detail}", kind=ErrorKind.MALFORMED)
    feed = parsed.get("feed", {})
    items = tuple(_entry(e) for e in entries)
    warning = None
    if problem is not None and not isinstance(problem, feedparser.CharacterEncodingOverride):
        warning = f"flux mal formé, {len(items)} entrée(s) récupérée(s) : {problem}"
    return ParsedFeed(
        items=items, title=feed.get("title"), language=_lang(feed.get("language")), warning=warning
    )


def _leading_blanks_off(content: bytes) -> bytes:
    """Blank lines before ``<?xml`` (common on real servers) make the file ill-formed for an
    XML parser; every feed reader skips them, and so does Veille (a BOM is kept in front)."""
    bom = b"\xef\xbb\xbf" if content.startswith(b"\xef\xbb\xbf") else b""
    body = content[len(bom) :]
    stripped = body.lstrip(b" \t\r\n")
    return bom + stripped if stripped[:1] == b"<" else content


def _lang(value: Any) -> str | None:
    if isinstance(value, str) and len(value) >= 2 and value[:2].isalpha():
        return value[:2].lower()
    return None


def _is_html(content: bytes, content_type: str) -> bool:
    if "html" in content_type.lower():
        return True
    head = content[:1024].lower()
    return b"<html" in head or b"<!doctype html" in head


def discover_feed_link(content: bytes) -> bytes | None:
    match = _FEED_LINK.search(content[:200_000])
    if not match:
        return None
    href = _HREF.search(match.group(0))
    return href.group(1) if href else None


def _entry(entry: Any) -> RawItem:
    content_html = ""
    for block in entry.get("content") or []:
        if block.get("value"):
            content_html = block["value"]
            break
    summary = entry.get("summary") or ""
    if summary == content_html:
        summary_source = content_html
        content_html = ""
    else:
        summary_source = summary
    link = entry.get("link")
    if not link:
        for candidate in entry.get("links") or []:
            if candidate.get("href") and candidate.get("rel", "alternate") == "alternate":
                link = candidate["href"]
                break
    if not link:  # a podcast episode: its enclosure is what the entry points to
        for enclosure in entry.get("enclosures") or []:
            if enclosure.get("href"):
                link = enclosure["href"]
                break
    published = _struct_to_datetime(entry.get("published_parsed")) or _struct_to_datetime(
        entry.get("updated_parsed")
    )
    return RawItem(
        key=entry.get("id") or None,
        url=link or None,
        title=entry.get("title") or "",
        summary_html=summary_source,
        content_html=content_html,
        author=entry.get("author") or None,
        published=published,
        language=_lang(entry.get("language")),
    )


def parse_json_feed(content: bytes) -> ParsedFeed:
    """JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1)."""
    try:
        data = json.loads(content)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ParseError(f"JSON illisible : {exc}", kind=ErrorKind.MALFORMED) from exc
    if not isinstance(data, dict):
        raise ParseError("ce JSON n'est pas un JSON Feed", kind=ErrorKind.NOT_A_FEED)
    raw_items = data.get("items")
    versioned = bool(_JSON_FEED_VERSION.match(str(data.get("version", ""))))
    if not versioned and not isinstance(raw_items, list):
        raise ParseError(
            "ce JSON n'est pas un JSON Feed (ni champ version ni liste « items »)",
            kind=ErrorKind.NOT_A_FEED,
        )
    if not isinstance(raw_items, list):
        raise ParseError("JSON Feed sans liste « items »", kind=ErrorKind.MALFORMED)
    items = []
    skipped = 0
    for raw in raw_items:
        if not isinstance(raw, dict):
            skipped += 1
            continue
        authors = raw.get("authors") or ([raw["author"]] if raw.get("author") else [])
        author = next(
            (a.get("name") for a in authors if isinstance(a, dict) and a.get("name")), None
        )
        key = raw.get("id")
        items.append(
            RawItem(
                key=str(key) if key not in (None, "") else None,
                url=raw.get("url") if isinstance(raw.get("url"), str) else None,
                title=str(raw.get("title") or ""),
                summary_html=str(raw.get("summary") or ""),
                content_html=str(raw.get("content_html") or ""),
                content_text=str(raw.get("content_text") or ""),
                author=author,
                published=_parse_iso(raw.get("date_published"))
                or _parse_iso(raw.get("date_modified")),
                language=_lang(raw.get("language")),
            )
        )
    notes = [] if versioned else ["JSON Feed sans champ version (lu quand même)"]
    if skipped:
        notes.append(f"{skipped} entrée(s) JSON ignorée(s) (pas un objet)")
    warning = " ; ".join(notes) or None
    return ParsedFeed(
        items=tuple(items),
        title=data.get("title"),
        language=_lang(data.get("language")),
        warning=warning,
    )
