"""What the facade hands out besides the stages' own records: plain, typed data, so that the
CLI and the web pages only present it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from veille.analyse.records import DedupReport, StoryMember
from veille.bulletin.records import Delivery, IssueRecord, Subscriber
from veille.bulletin.rules import AgendaRow, DeliveryStatus, IssueContent
from veille.curation.dashboard import WeekSeries
from veille.curation.records import InboxRow, ItemView, Proposal
from veille.curation.rules import Curation
from veille.types import Article, JobRun, SourceHealth, SourceOutcome


@dataclass(frozen=True, slots=True)
class Migration:
    """The database's revision before and after ``db_upgrade``."""

    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class OpmlImport:
    """Feeds added to sources.yaml (or that would be, in a dry run), and why others were not."""

    added: list[str]
    notes: list[str]


@dataclass(frozen=True, slots=True)
class FeedCandidate:
    """A feed found at (or announced by) an address a person gave: its URL, its title, how
    many entries it holds now and the latest one's title."""

    url: str
    title: str
    entries: int
    latest: str


@dataclass(frozen=True, slots=True)
class NewSource:
    """A feed a person asks to follow, as the form gives it (checked by
    ``sources_validate``); ``partner`` matters for an administrator only."""

    name: str
    url: str
    themes: list[str]
    language: str | None = None
    interval: str = "6h"
    partner: str | None = None
    announces: str | None = None  # "call" or "event": each of its items is one (agenda)


@dataclass(frozen=True, slots=True)
class SourceAdded:
    """A source added from the web and visited at once: its id (None when refused, with the
    notes saying why), what the first visit did, and an analysis problem if any."""

    source_id: str | None
    notes: list[str]
    first_visit: SourceOutcome | None
    analysis_problem: str


@dataclass(frozen=True, slots=True)
class Extraction:
    """What a page source would yield: the article and the article links found."""

    article: Article
    links: list[str]


@dataclass(frozen=True, slots=True)
class Analysis:
    """What one pass of analysis did: items classified, items placed in stories, items
    found citing a vulnerability id."""

    classified: int
    stories: DedupReport
    citing_vulnerabilities: int = 0


@dataclass(frozen=True, slots=True)
class ModelInfo:
    version: str
    themes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Explanation:
    """An item's theme scores (most likely first) and, per theme, the terms that weighed."""

    item_id: int
    title: str
    themes: list[str]
    scores: list[tuple[str, float]]
    terms: dict[str, list[str]]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.item_id,
            "title": self.title,
            "themes": self.themes,
            "scores": dict(self.scores),
            "terms": self.terms,
        }


@dataclass(frozen=True, slots=True)
class Dashboard:
    """The network at a glance: items per theme and proposals per partner over the last
    weeks, the proposals awaiting the editors, and the sources in trouble."""

    themes: WeekSeries
    partners: WeekSeries
    awaiting: list[InboxRow]
    awaiting_count: int
    troubled: list[SourceHealth]
    sources_count: int


@dataclass(frozen=True, slots=True)
class InboxPage:
    """A page of the inbox: its rows, each tab's count (under the same filters), the quick
    actions the person may take on each row, and the partners behind each proposal."""

    rows: list[InboxRow]
    counts: dict[str, int]
    actions: dict[int, frozenset[str]]
    proposers: dict[int, list[str]]


@dataclass(frozen=True, slots=True)
class ItemPage:
    """Everything an item's page shows, with the actions the person may take on it."""

    view: ItemView
    scores: list[tuple[str, float]]
    terms: dict[str, list[str]]
    story: list[StoryMember]
    actions: frozenset[str]
    my_note: str
    issues: list[tuple[int, str, str]] = field(default_factory=list)  # number, state, note


@dataclass(frozen=True, slots=True)
class ActionDone:
    """The action applied (proposing an item already proposed supports it) and the state."""

    action: str
    state: Curation


@dataclass(frozen=True, slots=True)
class BoardSection:
    theme: str
    entries: list[tuple[InboxRow, list[Proposal]]]


@dataclass(frozen=True, slots=True)
class Board:
    """The editors' board: the open draft, the pending proposals by main theme (most
    supported first) and the latest issues."""

    number: int | None
    content: IssueContent | None
    sections: list[BoardSection]
    issues: list[IssueRecord]
    hidden_fixes: list[str] = field(default_factory=list)  # CVEs taken out of the table
    hidden_agenda: list[AgendaRow] = field(default_factory=list)  # taken out of the agenda


@dataclass(frozen=True, slots=True)
class IssueView:
    record: IssueRecord
    content: IssueContent


@dataclass(frozen=True, slots=True)
class DraftOpened:
    number: int
    period: tuple[date, date]
    proposed: int
    from_partners: bool = False  # the partners' proposals (else the classifier's choice)

    @property
    def why(self) -> str:
        """Where the proposed items come from, in French."""
        if self.from_partners:
            return "les propositions des partenaires"
        return "le classement automatique (aucune proposition de partenaire en attente)"


@dataclass(frozen=True, slots=True)
class Deliveries:
    counts: dict[DeliveryStatus, int]
    rows: list[Delivery]


@dataclass(frozen=True, slots=True)
class Subscription:
    """A subscription request: the reader, and whether a confirmation mail is due."""

    subscriber: Subscriber
    confirmation_due: bool


@dataclass(frozen=True, slots=True)
class SourceCounts:
    total: int = 0
    ok: int = 0
    failing: int = 0
    paused: int = 0


@dataclass(frozen=True, slots=True)
class Status:
    """What ``veille status`` and ``/healthz`` report."""

    now: datetime
    sources: SourceCounts
    next_check: datetime | None
    due_or_claimed: int
    themes_this_period: dict[str, int]
    period_start: date
    draft: int | None
    pending_deliveries: dict[int, int]
    jobs: list[JobRun] = field(default_factory=list)

    @property
    def failing_jobs(self) -> list[str]:
        return [j.name for j in self.jobs if j.ok is False]

    def as_dict(self) -> dict[str, Any]:
        """The JSON form (``veille status --json``)."""
        return {
            "now": self.now.isoformat(),
            "sources": asdict(self.sources),
            "next_check": self.next_check.isoformat() if self.next_check else None,
            "due_or_claimed": self.due_or_claimed,
            "themes_this_period": self.themes_this_period,
            "period_start": self.period_start.isoformat(),
            "draft": self.draft,
            "pending_deliveries": self.pending_deliveries,
            "jobs": [
                {
                    "name": j.name,
                    "started_at": j.started_at.isoformat(),
                    "finished_at": j.finished_at.isoformat() if j.finished_at else None,
                    "ok": j.ok,
                    "detail": j.detail,
                    "worker": j.worker,
                }
                for j in self.jobs
            ],
        }
