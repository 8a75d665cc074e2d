"""The bulletin's records as the facade hands them out: issues, their entries, readers
and deliveries (plain data; the storage fills them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from veille.bulletin.rules import DeliveryStatus, IssueState, SubscriberStatus


@dataclass(frozen=True, slots=True)
class IssueRecord:
    number: int
    title: str
    period_start: date
    period_end: date
    intro: str
    state: IssueState
    content: dict[str, Any] | None
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None
    items: int = 0
    vuln_edits: dict[str, Any] | None = None  # the editor's changes to the fixes table
    trends: list[dict[str, Any]] | None = None  # the trends the editor put in
    agenda_hidden: list[int] | None = None  # items taken out of « Appels à projets & agenda »


@dataclass(frozen=True, slots=True)
class EntryRow:
    """An item of an issue with what the bulletin shows about it."""

    item_id: int
    theme: str
    position: int
    note: str
    title: str
    url: str | None
    outlet: str
    published_at: datetime
    summary: str
    partner: str
    story_id: int | None
    language: str | None = None
    edited_title: str | None = None  # the editors' version for the bulletin, if any
    edited_summary: str | None = None


@dataclass(frozen=True, slots=True)
class Subscriber:
    id: int
    email: str
    themes: tuple[str, ...]
    status: SubscriberStatus
    consent_at: datetime | None
    consent_source: str
    created_at: datetime
    status_reason: str | None
    link_key: str = ""  # signed into unsubscribe and preferences links
    confirm_key: str | None = None  # signed into the pending confirmation link
    products: tuple[str, ...] = ()  # « Mon parc »: the catalogue products they use
    flash: bool = True  # flash alerts about those products wanted


@dataclass(frozen=True, slots=True)
class Delivery:
    subscriber_id: int
    email: str
    themes: tuple[str, ...]
    subscriber_status: SubscriberStatus
    status: DeliveryStatus
    message_id: str
    attempts: int
    last_error: str | None
    link_key: str = ""
