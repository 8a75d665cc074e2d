"""Curation records: the inbox's filter and rows, proposals, an item's history and page
(plain data; the storage fills them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from veille.curation.rules import Curation


@dataclass(frozen=True, slots=True)
class InboxFilter:
    theme: str | None = None
    source: str | None = None
    partner: str | None = None
    language: str | None = None
    status: str | None = None
    to_sort: bool = False
    on_topic: bool = False  # in one of the network's themes, or waiting to be sorted
    cve: str | None = None  # cites this CVE or EUVD id
    region: bool = False  # names something of the region (the regional lens)
    since: datetime | None = None
    until: datetime | None = None
    query: str = ""


@dataclass(frozen=True, slots=True)
class InboxRow:
    id: int
    title: str
    url: str | None
    source_id: str
    source_name: str
    partner_id: str
    published_at: datetime
    language: str | None
    themes: tuple[str, ...]
    scores: dict[str, float]
    to_sort: bool
    curation: Curation
    excerpt: str = ""  # the summary's beginning, for the inbox's one-line excerpt
    cves: tuple[str, ...] = ()  # the CVE / EUVD ids it cites
    region: tuple[str, ...] = ()  # what of the region it names (gazetteer ids)


@dataclass(frozen=True, slots=True)
class Proposal:
    partner_id: str
    partner_name: str
    user_name: str | None
    note: str
    first: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Event:
    kind: str
    detail: str
    user_name: str | None
    partner_id: str | None
    created_at: datetime


@dataclass(slots=True)
class ItemView:
    row: InboxRow
    summary: str
    proposals: list[Proposal] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
