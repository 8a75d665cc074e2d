"""A newsletter received by e-mail → items (pure): one per article link, with its title and
the text around it; the letter's own links (unsubscribe, preferences, social networks,
« voir en ligne », the sender's home page) left out; tracking parameters removed.

Mail is hostile input. The message is parsed with the standard library's strict policy,
only its text/html (or text/plain) part is read, its HTML is parsed by lxml and only text
and link targets are kept: nothing of it is ever rendered, no script survives."""

from __future__ import annotations

import email
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import default
from email.utils import getaddresses, parsedate_to_datetime
from urllib.parse import urlsplit

import lxml.html

from veille.errors import ErrorKind, ParseError
from veille.types import RawItem
from veille.urls import without_trackers

MIN_TITLE = 12  # characters: « Lire la suite » is not a title
_SKIP_TEXT = re.compile(
    r"d[ée]sinscri|d[ée]sabonn|unsubscribe|se d[ée]sinscrire|pr[ée]f[ée]rences|preferences|"
    r"voir (?:la version|en ligne|dans (?:le|votre) navigateur)|version (?:web|en ligne)|"
    r"view (?:in|this email in) (?:your )?browser|view online|manage (?:your )?subscription|"
    r"mentions l[ée]gales|politique de confidentialit|privacy policy|nous contacter|contact us|"
    r"voir (?:cette|la) (?:lettre|newsletter|version)|dans (?:le|votre) navigateur|"
    r"suivez-nous|follow us|^\s*(?:partager|share)\b",
    re.IGNORECASE,
)
_GENERIC = re.compile(  # a link that says « more »: the article's title is its block's heading
    r"^\s*(?:lire la suite|lire l'article|en savoir plus|voir plus|d[ée]couvrir|read more|"
    r"continue reading|suite|ici|here|cliquez ici|click here)\s*[.›»>→…]*\s*$",
    re.IGNORECASE,
)
_SKIP_HOSTS = re.compile(
    r"(?:^|\.)(?:facebook|twitter|x|linkedin|instagram|youtube|tiktok|mastodon\.social|"
    r"bsky|threads)\.(?:com|app|net)$|(?:^|\.)(?:list-manage\.com|campaign-archive\.com|"
    r"sendibt\d*\.com|"
    r"sibforms\.com|substack\.com/(?:account|subscribe))$",
    re.IGNORECASE,
)
_SKIP_PATHS = re.compile(r"/(?:unsubscribe|optout|opt-out|preferences|manage|account)\b", re.I)


@dataclass(frozen=True, slots=True)
class Letter:
    message_id: str
    sender: str  # the From address, lower case
    subject: str
    sent_at: datetime | None
    items: tuple[RawItem, ...]


def read_message(raw: bytes, max_bytes: int) -> EmailMessage:
    """The message, or a ParseError that says what is wrong with it."""
    if len(raw) > max_bytes:
        raise ParseError(
            f"message trop gros ({len(raw)} octets, au plus {max_bytes})", kind=ErrorKind.TOO_LARGE
        )
    try:
        message = email.message_from_bytes(raw, policy=default)
    except Exception as exc:  # the parser raises many kinds on hostile input
        raise ParseError(f"message illisible ({exc})", kind=ErrorKind.MALFORMED) from exc
    if not isinstance(message, EmailMessage) or (message.defects and not message.get("From")):
        raise ParseError("message MIME mal formé (sans en-tête From)", kind=ErrorKind.MALFORMED)
    return message


def sender_of(message: EmailMessage) -> str:
    found = getaddresses([str(message.get("From", ""))])
    return found[0][1].strip().lower() if found and found[0][1] else ""


def sender_allowed(sender: str, allowed: tuple[str, ...]) -> bool:
    """An exact address, or any address of a declared « @domain »."""
    sender = sender.lower()
    return any(sender == a or (a.startswith("@") and sender.endswith(a)) for a in allowed if a)


def _body(message: EmailMessage) -> tuple[str, str]:
    """The HTML part (or the plain text one) and which it is."""
    for kind in ("html", "plain"):
        part = message.get_body(preferencelist=(kind,))
        if part is not None:
            try:
                return str(part.get_content()), kind
            except (LookupError, ValueError, AssertionError) as exc:
                raise ParseError(
                    f"partie {kind} illisible ({exc})", kind=ErrorKind.MALFORMED
                ) from exc
    raise ParseError("ni partie HTML ni partie texte", kind=ErrorKind.EMPTY)


def _skipped(url: str, text: str, sender_domain: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return True
    host = parts.hostname or ""
    if _SKIP_HOSTS.search(host) or _SKIP_PATHS.search(parts.path):
        return True
    if _SKIP_TEXT.search(text):
        return True
    home = parts.path in ("", "/") and not parts.query
    return home and sender_domain.endswith(host.removeprefix("www."))  # the sender's home page


def _context(anchor: lxml.html.HtmlElement, title: str) -> str:
    """The text around a link: its paragraph, cell or block, without the title itself."""
    block = anchor
    for _ in range(4):
        parent = block.getparent()
        if parent is None:
            break
        block = parent
        text = " ".join(block.text_content().split())
        if len(text) > len(title) + 40:
            return text.replace(title, "", 1).strip(" :—-")[:400]
    return ""


def _links_html(html: str, sender_domain: str) -> list[tuple[str, str, str]]:
    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise ParseError(f"HTML illisible ({exc})", kind=ErrorKind.MALFORMED) from exc
    for bad in root.xpath("//script|//style|//head|//noscript"):
        bad.drop_tree()
    found = []
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        title = " ".join(anchor.text_content().split())
        if len(title) < MIN_TITLE or _GENERIC.match(title):  # an image, « Lire la suite »
            heading = anchor.xpath(
                "ancestor::*[self::td or self::div or self::tr][1]"
                "//*[self::h1 or self::h2 or self::h3 or self::h4][1]"
            )
            title = " ".join(heading[0].text_content().split()) if heading else title
        if len(title) < MIN_TITLE or _skipped(href, title, sender_domain):
            continue
        found.append((href, title[:300], _context(anchor, title)))
    return found


def _links_text(text: str, sender_domain: str) -> list[tuple[str, str, str]]:
    found = []
    lines = text.splitlines()
    for i, line in enumerate(lines):
        for url in re.findall(r"https?://[^\s<>\"')\]]+", line):
            title = line.replace(url, "").strip(" :—-[]()<>")
            if len(title) < MIN_TITLE and i:
                title = lines[i - 1].strip()
            if len(title) >= MIN_TITLE and not _skipped(url, title, sender_domain):
                found.append((url, title[:300], ""))
    return found


def letter_items(message: EmailMessage, limit: int = 60) -> Letter:
    """The letter's articles, once each (by link without its tracking parameters)."""
    sender = sender_of(message)
    sender_domain = sender.rpartition("@")[2]
    body, kind = _body(message)
    links = _links_html(body, sender_domain) if kind == "html" else _links_text(body, sender_domain)
    try:
        sent = parsedate_to_datetime(str(message["Date"])) if message["Date"] else None
    except (TypeError, ValueError):
        sent = None
    message_id = (
        str(message.get("Message-ID", "")).strip()
        or hashlib.sha1(body.encode("utf-8", "replace")).hexdigest()
    )
    items: dict[str, RawItem] = {}
    for href, title, context in links:
        url = without_trackers(href) or href
        if url in items:
            continue
        items[url] = RawItem(
            key="nl-" + hashlib.sha1(url.encode()).hexdigest()[:20],
            url=url,
            title=title,
            summary_html=context,
            published=sent,
        )
        if len(items) >= limit:
            break
    return Letter(message_id, sender, str(message.get("Subject", "")), sent, tuple(items.values()))
