"""Analysis records: an item's text to classify, a classification, a story's member
(plain data; the storage fills them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
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
