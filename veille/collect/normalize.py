"""RawItem → Item: canonical URL, clean title and summary, UTC date, language, identity.

Pure: the only inputs are the source, the raw entries, the URL they came from
and ``now``; nothing here does I/O.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from veille.collect.language import detect_language
from veille.collect.sanitize import clean_html, to_text
from veille.types import Item, RawItem, Source
from veille.urls import absolute_url, canonical_url

TITLE_LIMIT = 500
SUMMARY_TEXT_LIMIT = 1_000
SUMMARY_HTML_LIMIT = 20_000
CONTENT_LIMIT = 200_000
KEY_LIMIT = 255
FUTURE_TOLERANCE = timedelta(days=1)
DETECT_CHARS = 200  # enough to tell French from English; detection cost grows with length


@dataclass(frozen=True, slots=True)
class NormalizeResult:
    items: tuple[Item, ...]
    skipped_empty: int = 0
    duplicate_keys: int = 0


def _digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:32]


def item_key(
    raw: RawItem, canonical: str | None, title: str, summary_text: str, url: str | None = None
) -> str:
    """Stable identity within a source: guid, else the link (canonical, but keeping its
    fragment: ``entries.php#111`` and ``#110`` are two entries), else a content hash.
    Canonical URLs without fragment stay the notion the story grouping uses."""
    link = canonical or ""
    if link and url:
        fragment = urlsplit(url).fragment
        if fragment:
            link = f"{link}#{fragment}"
    key = (raw.key or "").strip() or link
    if not key:
        return "sha:" + _digest(title, summary_text)
    if len(key) > KEY_LIMIT:
        return "sha:" + _digest(key)
    return key


def _published(raw: RawItem, now: datetime) -> tuple[datetime, bool]:
    if raw.published is None:
        return now, False
    published = raw.published.astimezone(UTC)
    if published > now + FUTURE_TOLERANCE:
        return now, False
    return published, True


def normalize_item(
    source: Source, raw: RawItem, base_url: str, now: datetime, feed_language: str | None = None
) -> Item | None:
    """One clean item, or None when the entry has nothing usable (no title, text or link)."""
    url = absolute_url(base_url, raw.url)
    if url and canonical_url(url) == canonical_url(base_url):
        url = None  # an empty <link> resolved against the feed: the item has no page of its own
    canonical = canonical_url(url) if url else None
    summary_html = clean_html(raw.summary_html or raw.content_html, url or base_url)
    if len(summary_html) > SUMMARY_HTML_LIMIT:
        summary_html = clean_html(to_text(summary_html, SUMMARY_HTML_LIMIT))
    summary_text = to_text(summary_html, SUMMARY_TEXT_LIMIT)
    content_text = raw.content_text.strip() or to_text(raw.content_html)
    content_text = content_text[:CONTENT_LIMIT]
    title = to_text(raw.title, TITLE_LIMIT)
    if not title:
        title = to_text(summary_text or content_text, 80)
    if not title and not url:
        return None
    if not title:
        title = "(sans titre)"
    published, from_source = _published(raw, now)
    language = (
        raw.language
        or source.language
        or feed_language
        or detect_language(f"{title}. {summary_text or content_text}"[:DETECT_CHARS])
    )
    return Item(
        source_id=source.id,
        key=item_key(raw, canonical, title, summary_text, url),
        url=url,
        canonical_url=canonical,
        title=title,
        summary_html=summary_html,
        summary_text=summary_text,
        content_text=content_text,
        author=to_text(raw.author or "", 200) or None,
        published_at=published,
        date_from_source=from_source,
        language=language,
        content_hash=_digest(title, summary_text, content_text, url or ""),
    )


def normalize_items(
    source: Source,
    raws: Iterable[RawItem],
    base_url: str,
    now: datetime,
    feed_language: str | None = None,
) -> NormalizeResult:
    """Normalise a batch; entries repeating a key already seen in the batch are dropped."""
    items: list[Item] = []
    seen: set[str] = set()
    empty = duplicates = 0
    for raw in raws:
        item = normalize_item(source, raw, base_url, now, feed_language)
        if item is None:
            empty += 1
            continue
        if item.key in seen:
            duplicates += 1
            continue
        seen.add(item.key)
        items.append(item)
    return NormalizeResult(tuple(items), empty, duplicates)
