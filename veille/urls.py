"""Canonical URLs: one spelling per resource, tracking parameters removed.

Normalisation and the tracker list come from ``courlan`` (maintained with
trafilatura); we only add what a canonical identity needs on top of it: no
fragment, and a stable answer for URLs it cannot parse.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

from courlan import normalize_url
from courlan.clean import clean_query


def is_valid_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a non-numeric port
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.hostname) and " " not in url


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, default port and trackers (utm_*, fbclid, gclid…) off,
    query sorted, fragment dropped."""
    url = url.strip()
    try:
        normalized = normalize_url(url, strict=False, trailing_slash=True)
    except (ValueError, UnicodeError):
        normalized = url
    parts = urlsplit(normalized)
    path = urlsplit(urljoin("http://h/", parts.path or "/")).path  # RFC 3986 dot segments
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def without_trackers(url: str) -> str:
    """The same link with its tracking parameters (utm_*, fbclid, gclid, mc_eid…) removed,
    and nothing else changed: what a reader is sent to."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    try:
        query = clean_query(parts.query, strict=False)
    except (ValueError, UnicodeError):
        return url
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def absolute_url(base: str, href: str | None) -> str | None:
    """Resolve ``href`` against ``base``; None for empty or non-HTTP links."""
    if not href:
        return None
    href = href.strip()
    joined = urljoin(base, href)
    return joined if is_valid_http_url(joined) else None


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()
