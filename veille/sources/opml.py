"""OPML in and out (pure: bytes or config in, data or text out)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import quoteattr

from lxml import etree

from veille.errors import ConfigError, ConfigIssue
from veille.types import SourcesConfig, Theme


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    title: str
    xml_url: str
    html_url: str | None
    categories: tuple[str, ...]
    line: int | None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def parse_opml(content: bytes, filename: str = "OPML") -> list[OpmlFeed]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(content, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ConfigError(
            [ConfigIssue(filename, exc.lineno, f"OPML illisible : {exc.msg}")]
        ) from exc
    if root.tag != "opml" or root.find("body") is None:
        raise ConfigError(
            [
                ConfigIssue(
                    filename, root.sourceline, "ce n'est pas un fichier OPML (élément <opml><body>)"
                )
            ]
        )
    feeds = []
    for outline in root.iter("outline"):
        xml_url = outline.get("xmlUrl")
        if not xml_url:
            continue
        categories = [
            c.strip()
            for c in (outline.get("category") or "").replace("/", ",").split(",")
            if c.strip()
        ]
        parent = outline.getparent()
        while parent is not None and parent.tag == "outline":
            label = parent.get("text") or parent.get("title")
            if label:
                categories.append(label)
            parent = parent.getparent()
        feeds.append(
            OpmlFeed(
                title=(outline.get("title") or outline.get("text") or xml_url).strip(),
                xml_url=xml_url.strip(),
                html_url=outline.get("htmlUrl"),
                categories=tuple(categories),
                line=outline.sourceline,
            )
        )
    return feeds


def match_themes(categories: tuple[str, ...], themes: tuple[Theme, ...]) -> list[str]:
    """Theme ids whose id or label matches an outline category (case and accents ignored)."""
    wanted = {_fold(c) for c in categories}
    return [t.id for t in themes if _fold(t.id) in wanted or _fold(t.label) in wanted]


def slug(text: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", _fold(text)).strip("-")[:50] or "source"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def render_opml(config: SourcesConfig, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    labels = config.theme_labels()
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        "    <title>Veille — sources</title>",
        f"    <dateCreated>{format_datetime(now)}</dateCreated>",
        "  </head>",
        "  <body>",
    ]
    for theme in config.themes:
        members = [
            s for s in config.sources if s.kind.value == "feed" and (s.themes[:1] == (theme.id,))
        ]
        if not members:
            continue
        out.append(f"    <outline text={quoteattr(theme.label)} title={quoteattr(theme.label)}>")
        for s in members:
            cats = ",".join(labels.get(t, t) for t in s.themes)
            out.append(
                f'      <outline type="rss" text={quoteattr(s.name)} title={quoteattr(s.name)}'
                f" xmlUrl={quoteattr(s.url)} category={quoteattr(cats)}/>"
            )
        out.append("    </outline>")
    others = [s for s in config.sources if s.kind.value == "feed" and not s.themes]
    for s in others:
        out.append(
            f'    <outline type="rss" text={quoteattr(s.name)} '
            f"title={quoteattr(s.name)} xmlUrl={quoteattr(s.url)}/>"
        )
    out += ["  </body>", "</opml>", ""]
    return "\n".join(out)
