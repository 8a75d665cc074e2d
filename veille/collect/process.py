"""CPU-bound stage: fetched bytes → normalised items. Pure, picklable, so a run can hand it
to worker processes and use every core while the event loop keeps fetching."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from veille.collect.extract import extract_article
from veille.collect.normalize import normalize_items
from veille.collect.parse import parse_feed
from veille.collect.sanitize import to_text
from veille.errors import ErrorKind, ParseError
from veille.types import Article, Item, RawItem, Source

SUMMARY_FROM_TEXT = 400


@dataclass(frozen=True, slots=True)
class Processed:
    items: tuple[Item, ...]
    warning: str | None = None
    error: ParseError | None = None


def process_feed(
    source: Source, content: bytes, url: str, content_type: str, now: datetime
) -> Processed:
    """Parse and normalise one feed body; a ParseError is returned, not raised."""
    try:
        parsed = parse_feed(content, url, content_type)
    except ParseError as exc:
        return Processed((), error=exc)
    result = normalize_items(source, parsed.items, url, now, parsed.language)
    if parsed.warning and not result.items:
        return Processed(
            (),
            error=ParseError(
                f"flux illisible, aucune entrée utilisable ({parsed.warning})",
                kind=ErrorKind.MALFORMED,
            ),
        )
    notes = [parsed.warning] if parsed.warning else []
    if result.duplicate_keys:
        notes.append(f"{result.duplicate_keys} entrée(s) en double (même identifiant) ignorée(s)")
    if result.skipped_empty:
        notes.append(f"{result.skipped_empty} entrée(s) sans titre, texte ni lien ignorée(s)")
    return Processed(result.items, warning="; ".join(notes) or None)


def article_to_raw(article: Article, fallback_title: str | None = None) -> RawItem:
    summary = article.description or to_text(article.text, SUMMARY_FROM_TEXT)
    return RawItem(
        key=None,
        url=article.url,
        title=article.title or fallback_title or "",
        summary_html=summary,
        content_text=article.text,
        author=article.author,
        published=article.published,
        language=article.language,
    )


def process_article(html: bytes, url: str) -> Article:
    return extract_article(html, url)
