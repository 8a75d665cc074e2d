"""Plain data shared by every stage. No I/O, no imports of our own modules."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime


class SourceKind(enum.StrEnum):
    FEED = "feed"
    PAGE = "page"
    KEV = "kev"  # CISA's Known Exploited Vulnerabilities catalogue (JSON)
    EPSS = "epss"  # FIRST's daily EPSS scores (CSV, gzipped or not)
    EUVD = "euvd"  # ENISA's European vulnerability database (JSON search answer)
    NEWSLETTER = "newsletter"  # letters received by e-mail, never fetched

    @property
    def is_catalogue(self) -> bool:
        """A structured vulnerability catalogue: its rows become facts, not items."""
        return self in (SourceKind.KEV, SourceKind.EPSS, SourceKind.EUVD)


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    label: str
    description: str = ""
    terms: tuple[str, ...] = ()  # added to the classifier's term list for this theme


@dataclass(frozen=True, slots=True)
class Partner:
    id: str
    name: str
    url: str | None = None


# what a source may declare each of its items announces (sources.yaml « announces »)
ANNOUNCES = ("call", "event")


@dataclass(frozen=True, slots=True)
class Source:
    """A place to look, as declared in sources.yaml."""

    id: str
    name: str
    kind: SourceKind
    url: str
    themes: tuple[str, ...]
    language: str | None
    partner: str
    interval: int  # seconds between two checks
    enabled: bool = True
    selector: str | None = None  # page sources: CSS selector for article links
    full_text: bool = False  # feed sources: fetch and extract each linked article
    max_articles: int = 20  # page sources: at most this many new articles per check
    announces: str | None = None  # "call" or "event": what each of its items is (agenda)
    line: int | None = None  # where it is declared, for messages
    senders: tuple[str, ...] = ()  # newsletters: addresses (or @domains) allowed to send
    address: str | None = None  # newsletters: receiving address or its local part


@dataclass(frozen=True, slots=True)
class SourcesConfig:
    path: str
    themes: tuple[Theme, ...]
    partners: tuple[Partner, ...]
    sources: tuple[Source, ...]

    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    def theme_labels(self) -> dict[str, str]:
        return {t.id: t.label for t in self.themes}


@dataclass(frozen=True, slots=True)
class VulnFact:
    """What a catalogue says about one vulnerability (None: this catalogue does not say)."""

    cve: str
    vendor: str = ""
    product: str = ""
    name: str = ""
    description: str = ""
    kev_added: date | None = None  # when CISA added it to the known-exploited catalogue
    ransomware: bool | None = None  # known to be used in ransomware campaigns
    action: str = ""  # the catalogue's required action (English)
    due: date | None = None
    cvss: float | None = None
    euvd_id: str | None = None


@dataclass(frozen=True, slots=True)
class EpssScore:
    cve: str
    epss: float  # probability of exploitation in the next 30 days
    percentile: float  # 0..1


@dataclass(frozen=True, slots=True)
class CatalogueRows:
    """One catalogue download, parsed: facts (KEV, EUVD) or scores (EPSS)."""

    facts: tuple[VulnFact, ...] = ()
    scores: tuple[EpssScore, ...] = ()
    day: date | None = None  # the scores' date, as the file states it

    def __len__(self) -> int:
        return len(self.facts) + len(self.scores)


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one conditional GET produced."""

    url: str  # the final URL after redirects
    status: int
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    permanent_url: str | None = None  # set when a 301/308 chain moved the resource

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


@dataclass(frozen=True, slots=True)
class RawItem:
    """One entry as the parser or extractor saw it, before normalisation."""

    key: str | None  # guid/id when the source gives one
    url: str | None
    title: str
    summary_html: str = ""
    content_html: str = ""
    content_text: str = ""  # already plain text (page extraction)
    author: str | None = None
    published: datetime | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    items: tuple[RawItem, ...]
    title: str | None = None
    language: str | None = None
    warning: str | None = None  # set when the feed was broken but partly usable


@dataclass(frozen=True, slots=True)
class Article:
    """What article extraction found on one page."""

    url: str
    title: str | None
    text: str
    author: str | None = None
    published: datetime | None = None
    language: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """A normalised item, ready to store."""

    source_id: str
    key: str  # stable identity within the source
    url: str | None
    canonical_url: str | None
    title: str
    summary_html: str
    summary_text: str
    content_text: str
    author: str | None
    published_at: datetime  # UTC, naive-free
    date_from_source: bool
    language: str | None
    content_hash: str


@dataclass(slots=True)
class SourceState:
    """What the database remembers about a source between checks."""

    source_id: str
    url: str  # current URL (updated by permanent redirects)
    etag: str | None = None
    last_modified: str | None = None
    last_checked: datetime | None = None
    last_success: datetime | None = None
    last_error_kind: str | None = None
    last_error_message: str | None = None
    consecutive_failures: int = 0
    next_check: datetime | None = None
    disabled_reason: str | None = None


class OutcomeStatus(enum.StrEnum):
    OK = "ok"
    NOT_MODIFIED = "not_modified"
    ERROR = "error"
    SKIPPED = "skipped"


@dataclass(slots=True)
class SourceOutcome:
    """The result of checking one source in a collection run."""

    source_id: str
    status: OutcomeStatus
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    error_kind: str | None = None
    error_message: str | None = None
    warning: str | None = None
    seconds: float = 0.0
    themes: tuple[str, ...] = ()
    kind: str = "feed"
    catalogue: str | None = None  # what a vulnerability catalogue brought, in words


@dataclass(slots=True)
class CollectReport:
    outcomes: list[SourceOutcome] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return all(o.status != OutcomeStatus.ERROR for o in self.outcomes)

    def total(self, attr: str) -> int:
        return sum(getattr(o, attr) for o in self.outcomes)


@dataclass(frozen=True, slots=True)
class SourceHealth:
    id: str
    name: str
    kind: str
    url: str
    partner_id: str
    themes: list[str]
    enabled: bool
    declared: bool
    state: SourceState
    items: int
    announces: str | None = None  # "call" or "event": each of its items is one (agenda)


@dataclass(frozen=True, slots=True)
class JobRun:
    name: str
    started_at: datetime
    finished_at: datetime | None
    ok: bool | None
    detail: str
    worker: str
