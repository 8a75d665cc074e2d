"""Analysis records: an item's text to classify, a classification, a story's member
(plain data; the storage fills them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from veille.analyse.classify import ThemeClassifier


@dataclass(frozen=True, slots=True)
class ItemText:
    id: int
    title: str
    summary: str
    language: str | None
    source_themes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Classified:
    item_id: int
    themes: tuple[str, ...]
    scores: dict[str, float]
    to_sort: bool
    version: str


@dataclass(frozen=True, slots=True)
class StoryMember:
    item_id: int
    source_id: str
    source_name: str
    title: str
    url: str | None
    published_at: datetime
    lead: bool


@dataclass(frozen=True, slots=True)
class TrainReport:
    model: ThemeClassifier
    path: str
    seed: int
    corrections: int
    cross_validation: dict[str, Any]


@dataclass(frozen=True, slots=True)
class DedupReport:
    items: int
    new_stories: int
    joined: int
    exact: int


# -- vulnerabilities ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class VulnText:
    """An item whose vulnerability and advisory ids are to be read."""

    id: int
    title: str
    summary: str
    content: str
    url: str | None
    published_at: datetime


@dataclass(frozen=True, slots=True)
class Citation:
    """An item that cites vulnerability or advisory ids."""

    item_id: int
    title: str
    url: str | None
    ids: tuple[str, ...]  # CVE, EUVD and CERT-FR ids, as read from its text
    outlet: str
    published_at: datetime


@dataclass(frozen=True, slots=True)
class KnownVuln:
    """What the catalogues say about one CVE (empty / None where none says)."""

    vendor: str
    product: str
    name: str
    kev_added: date | None
    ransomware: bool | None
    action: str
    cvss: float | None
    percentile: float | None
    epss: float | None


@dataclass(frozen=True, slots=True)
class EventRecord:
    """Something a flash alert is made of: kind « kev », « alert » or « epss »."""

    id: int
    kind: str
    cve: str | None
    subject: str  # the text products are matched on
    title: str
    url: str | None
    happened_at: datetime
    ransomware: bool = False
    action: str = ""


@dataclass(frozen=True, slots=True)
class TrendRow:
    """A recent item as the trend radar reads it."""

    id: int
    story: int
    outlet: str
    published_at: datetime
    themes: tuple[str, ...]
    title: str
    summary: str
    url: str | None = None
    announces: str | None = None  # its source's declaration: "call", "event" or None
