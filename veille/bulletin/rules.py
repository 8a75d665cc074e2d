"""Issues of the bulletin, as plain data and pure decisions: the state machines (issue,
subscriber, delivery), the proposal of items for a period, the content that gets rendered,
and who receives which sections. No I/O here; ``editorial`` and ``deliver`` do that."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from veille.bulletin.fixes import FixRow
from veille.bulletin.fixes import from_json as fixes_from_json
from veille.errors import BulletinError

LANGUAGES_FR = {
    "en": "en anglais",
    "de": "en allemand",
    "es": "en espagnol",
    "it": "en italien",
    "nl": "en néerlandais",
    "pt": "en portugais",
}


def language_note(language: str | None, rewritten: bool) -> str:
    """What a French reader is told about an item still in another language (nothing once
    the editors gave it a French title, or for French)."""
    if rewritten or not language or language == "fr":
        return ""
    return LANGUAGES_FR.get(language, "dans une autre langue")


HTML_LIMIT = 100 * 1024  # Gmail clips messages whose HTML is larger than about 102 KB
PERIOD_DAYS = 14  # a first issue covers the last two weeks
BOARD_LIMIT = 500  # pending proposals shown on the board and listed in the partners' reminder


# -- periods and sections ----------------------------------------------------------------------
_FOR_THEME = re.compile(r"^\[([\w-]+)\][ \t]*")


def intro_for(intro: str, themes: set[str] | None) -> str:
    """The introduction a reader of ``themes`` (every theme when None) reads: a paragraph
    that starts with « [theme-id] » is only for the readers of that theme (the tag itself is
    never shown); the other paragraphs are for everyone."""
    kept = []
    for paragraph in intro.replace("\r\n", "\n").split("\n\n"):
        tag = _FOR_THEME.match(paragraph.strip())
        if tag is None:
            kept.append(paragraph)
        elif themes is None or tag.group(1) in themes:
            kept.append(paragraph.strip()[tag.end() :])
    return "\n\n".join(kept)


def period_note(day: date, start: date, end: date) -> str:
    """How an item's date stands against the issue's period: "" inside it, else a flag for
    the editors (« avant la période », « après la période »)."""
    if day < start:
        return "avant la période"
    if day > end:
        return "après la période"
    return ""


def reader_subject(title: str, number: int, section_labels: Sequence[str]) -> str:
    """A reader's subject: the issue's number, the themes this reader receives in it, and
    the bulletin's name (its title before any « — »)."""
    name = title.split(" — ", 1)[0].strip() or title
    themes = " · ".join(section_labels)
    return " ".join(f"N° {number}{' · ' + themes if themes else ''} — {name}".split())


def next_period(previous_ends: Iterable[date], today: date) -> tuple[date, date]:
    """The period of the next issue: from the day after the latest period of an issue that
    was not cancelled (``previous_ends``) up to ``today``; the last ``PERIOD_DAYS`` days
    when there is none. Never starts after ``today``."""
    last = max(previous_ends, default=None)
    start = last + timedelta(days=1) if last else today - timedelta(days=PERIOD_DAYS - 1)
    return min(start, today), today


def main_theme(
    themes: Iterable[str], scores: dict[str, float], theme_order: Sequence[str]
) -> str | None:
    """The section an item goes to: its most confident theme among ``theme_order``; on a tie,
    the theme that comes first in ``theme_order`` (the order of sources.yaml). None when it
    has none of them."""
    known = [t for t in themes if t in theme_order]
    if not known:
        return None
    return max(known, key=lambda t: (scores.get(t, 0.0), -theme_order.index(t)))


class IssueState(enum.StrEnum):
    DRAFT = "draft"
    READY = "ready"
    PUBLISHING = "publishing"
    PUBLISHED = "published"
    CANCELLED = "cancelled"


ISSUE_STATE_FR = {
    IssueState.DRAFT: "brouillon",
    IssueState.READY: "prêt",
    IssueState.PUBLISHING: "envoi en cours",
    IssueState.PUBLISHED: "publié",
    IssueState.CANCELLED: "annulé",
}

# The only moves an issue may make. Content is frozen from READY on; REOPEN (ready → draft)
# thaws it; once sending has started the issue can only finish.
ISSUE_MOVES: dict[IssueState, frozenset[IssueState]] = {
    IssueState.DRAFT: frozenset({IssueState.READY, IssueState.CANCELLED}),
    IssueState.READY: frozenset({IssueState.DRAFT, IssueState.PUBLISHING, IssueState.CANCELLED}),
    IssueState.PUBLISHING: frozenset({IssueState.PUBLISHED}),
    IssueState.PUBLISHED: frozenset(),
    IssueState.CANCELLED: frozenset(),
}


def check_issue_move(number: int, current: IssueState, target: IssueState) -> None:
    """Raise BulletinError unless ``current → target`` is an allowed move."""
    if target not in ISSUE_MOVES[current]:
        raise BulletinError(
            f"le numéro {number} est {ISSUE_STATE_FR[current]} : impossible de le passer à "
            f"« {ISSUE_STATE_FR[target]} »"
        )


def check_editable(number: int, state: IssueState) -> None:
    if state is not IssueState.DRAFT:
        raise BulletinError(
            f"le numéro {number} est {ISSUE_STATE_FR[state]} : seul un brouillon se modifie"
            + (
                " (« veille bulletin reopen » le remet en brouillon)"
                if state is IssueState.READY
                else ""
            )
        )


class SubscriberStatus(enum.StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    UNSUBSCRIBED = "unsubscribed"
    BOUNCED = "bounced"


SUBSCRIBER_STATUS_FR = {
    SubscriberStatus.PENDING: "en attente de confirmation",
    SubscriberStatus.ACTIVE: "actif",
    SubscriberStatus.UNSUBSCRIBED: "désabonné",
    SubscriberStatus.BOUNCED: "adresse en échec",
}

SUBSCRIBER_MOVES: dict[SubscriberStatus, frozenset[SubscriberStatus]] = {
    SubscriberStatus.PENDING: frozenset(
        {SubscriberStatus.ACTIVE, SubscriberStatus.UNSUBSCRIBED, SubscriberStatus.BOUNCED}
    ),
    SubscriberStatus.ACTIVE: frozenset({SubscriberStatus.UNSUBSCRIBED, SubscriberStatus.BOUNCED}),
    # a person who left or whose address failed comes back only by opting in again
    SubscriberStatus.UNSUBSCRIBED: frozenset({SubscriberStatus.PENDING}),
    SubscriberStatus.BOUNCED: frozenset({SubscriberStatus.PENDING}),
}


UNSUBSCRIBE_REASONS = {  # asked on the unsubscribe page, never required
    "trop": "je reçois trop de courriels",
    "inutile": "le contenu ne m'est pas utile",
    "parti": "je ne suis plus concerné(e) (départ, changement de poste)",
    "autre": "une autre raison",
}


def subscriber_can_move(current: SubscriberStatus, target: SubscriberStatus) -> bool:
    return current is target or target in SUBSCRIBER_MOVES[current]


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"  # to send
    SENDING = "sending"  # the last byte went (or was about to go) to the server: fate unknown
    SENT = "sent"  # the server accepted it
    FAILED = "failed"  # refused for good, or temporary failures exhausted
    SKIPPED = "skipped"  # the reader left (or was erased) before their turn


DELIVERY_STATUS_FR = {
    DeliveryStatus.PENDING: "à envoyer",
    DeliveryStatus.SENDING: "sort inconnu",
    DeliveryStatus.SENT: "envoyé",
    DeliveryStatus.FAILED: "échec",
    DeliveryStatus.SKIPPED: "non envoyé (désabonné entre-temps)",
}


# -- content -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Entry:
    """One item as the bulletin shows it."""

    item_id: int
    title: str
    url: str | None
    outlet: str
    published: date
    summary: str
    note: str  # the editor's « pourquoi c'est important », may be empty
    partner: str  # « proposé par »: the organisations that proposed and supported it
    also_at: tuple[str, ...] = ()
    language_note: str = ""  # « en anglais » while the title is still in another language


@dataclass(frozen=True, slots=True)
class TrendNote:
    """A rising name the editor put into the « Tendances » block."""

    term: str
    label: str
    theme: str | None
    stories: int
    outlets: tuple[str, ...]
    new: bool
    note: str = ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TrendNote:
        return cls(**{**data, "outlets": tuple(data.get("outlets", ()))})


@dataclass(frozen=True, slots=True)
class AgendaRow:
    """A call for projects (with its closing date) or an event (with its day)."""

    item_id: int
    label: str  # « Appel à projets », « Webinaire »…
    kind: str  # "call" or "event"
    title: str
    url: str | None
    outlet: str
    day: date | None  # a call's closing date, an event's day
    themes: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AgendaRow:
        day = data.get("day")
        return cls(
            **{
                **data,
                "day": date.fromisoformat(day) if day else None,
                "themes": tuple(data.get("themes", ())),
            }
        )


def agenda_order(row: AgendaRow) -> tuple[bool, date, int]:
    """Soonest first; a call without a closing date last."""
    return (row.day is None, row.day or date.max, row.item_id)


@dataclass(frozen=True, slots=True)
class Section:
    theme: str
    label: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class IssueContent:
    """Everything render() needs about one issue; frozen into JSON when the issue is ready."""

    number: int
    title: str
    period_start: date
    period_end: date
    intro: str
    sections: tuple[Section, ...]
    partners: tuple[str, ...]  # the network, for the footer
    published_at: datetime | None = None
    fixes: tuple[FixRow, ...] = ()  # « Vulnérabilités à corriger »
    fixes_theme: str = ""  # the theme whose readers get them
    trends: tuple[TrendNote, ...] = ()  # « Tendances »: what is rising
    agenda: tuple[AgendaRow, ...] = ()  # « Appels à projets & agenda »

    @property
    def item_count(self) -> int:
        return sum(len(s.entries) for s in self.sections)

    @property
    def themes(self) -> tuple[str, ...]:
        return tuple(s.theme for s in self.sections)

    def for_themes(self, themes: Iterable[str] | None) -> IssueContent:
        """What a reader who chose ``themes`` receives (every theme when None): their
        sections (empty ones dropped) and the introduction's paragraphs meant for them."""
        wanted = None if themes is None else set(themes)
        return replace(
            self,
            sections=tuple(
                s
                for s in self.sections
                if (wanted is None or s.theme in wanted or s.theme == REGION_SECTION) and s.entries
            ),
            intro=intro_for(self.intro, wanted),
            fixes=self.fixes if wanted is None or self.fixes_theme in wanted else (),
            trends=tuple(
                t for t in self.trends if wanted is None or t.theme is None or t.theme in wanted
            ),
            agenda=tuple(
                a for a in self.agenda if wanted is None or not a.themes or wanted & set(a.themes)
            ),
        )

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["period_start"] = self.period_start.isoformat()
        data["period_end"] = self.period_end.isoformat()
        data["published_at"] = self.published_at.isoformat() if self.published_at else None
        for section in data["sections"]:
            for entry in section["entries"]:
                entry["published"] = entry["published"].isoformat()
        data["fixes"] = [f.to_json() for f in self.fixes]
        data["trends"] = [asdict(t) for t in self.trends]
        data["agenda"] = [
            {**asdict(a), "day": a.day.isoformat() if a.day else None} for a in self.agenda
        ]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IssueContent:
        sections = tuple(
            Section(
                s["theme"],
                s["label"],
                tuple(
                    Entry(
                        **{
                            **e,
                            "published": date.fromisoformat(e["published"]),
                            "also_at": tuple(e["also_at"]),
                        }
                    )
                    for e in s["entries"]
                ),
            )
            for s in data["sections"]
        )
        published = data.get("published_at")
        return cls(
            number=data["number"],
            title=data["title"],
            period_start=date.fromisoformat(data["period_start"]),
            period_end=date.fromisoformat(data["period_end"]),
            intro=data["intro"],
            sections=sections,
            partners=tuple(data["partners"]),
            published_at=datetime.fromisoformat(published) if published else None,
            fixes=fixes_from_json(data.get("fixes") or ()),
            fixes_theme=data.get("fixes_theme", ""),
            trends=tuple(TrendNote.from_json(t) for t in data.get("trends") or ()),
            agenda=tuple(AgendaRow.from_json(a) for a in data.get("agenda") or ()),
        )


def shorten(text: str, limit: int = 320) -> str:
    """A summary cut at a word boundary, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.-–— ")
    return cut + " …"


# -- proposal ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Candidate:
    """An item of the period that could go in the issue."""

    item_id: int
    themes: tuple[str, ...]
    scores: dict[str, float]
    sources: int  # how many outlets tell this story
    published_at: datetime
    lead: bool = True  # first item of its story
    curated: bool = False  # proposed or retained by a partner
    region: bool = False  # names something of the region (the regional lens)


@dataclass(frozen=True, slots=True)
class Placement:
    item_id: int
    theme: str
    position: int


REGION_SECTION = "region"  # the « En Normandie » section: every reader gets it


def propose(
    candidates: Sequence[Candidate],
    theme_order: Sequence[str],
    per_theme: int,
    region: bool = False,
) -> list[Placement]:
    """Pick at most ``per_theme`` story leads per theme: each in the section of its most
    confident theme, the stories told by most outlets first, then the most confident, then
    the newest. An item appears once. When partners have proposed items in the period, only
    those are picked (the classifier's choice stands in until they have).

    With ``region``, the leads that name the region and are in a theme go first to the
    « En Normandie » section (REGION_SECTION), at most ``per_theme`` of them."""
    best: dict[str, list[tuple[tuple[float, float, float], int]]] = {t: [] for t in theme_order}
    if any(c.curated for c in candidates):
        candidates = [c for c in candidates if c.curated]
    local: list[tuple[tuple[float, float, float], int]] = []
    for c in candidates:
        theme = main_theme(c.themes, c.scores, theme_order)
        if not c.lead or theme is None:
            continue
        if region and c.region:
            score = max((c.scores.get(t, 0.0) for t in c.themes), default=0.0)
            local.append(((-float(c.sources), -score, -c.published_at.timestamp()), c.item_id))
            continue
        rank = (-float(c.sources), -c.scores.get(theme, 0.0), -c.published_at.timestamp())
        best[theme].append((rank, c.item_id))
    placements: list[Placement] = []
    kept = sorted(local)[:per_theme]
    placements.extend(Placement(item_id, REGION_SECTION, i) for i, (_, item_id) in enumerate(kept))
    for _, item_id in sorted(local)[per_theme:]:  # the others stay in their theme
        c = next(c for c in candidates if c.item_id == item_id)
        theme = main_theme(c.themes, c.scores, theme_order)
        if theme is not None:
            best[theme].append(((-float(c.sources), -c.scores.get(theme, 0.0), 0.0), item_id))
    for theme in theme_order:
        chosen = sorted(best[theme])[:per_theme]
        placements.extend(Placement(item_id, theme, i) for i, (_, item_id) in enumerate(chosen))
    return placements


# -- recipients --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Recipient:
    subscriber_id: int
    email: str
    themes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Audience:
    """Who gets the issue, and who is left out because none of their themes has an item."""

    receiving: tuple[Recipient, ...]
    nothing_for: tuple[Recipient, ...] = field(default=())


def audience(content: IssueContent, recipients: Iterable[Recipient]) -> Audience:
    present = {s.theme for s in content.sections if s.entries}
    receiving: list[Recipient] = []
    nothing: list[Recipient] = []
    for r in recipients:
        (receiving if present.intersection(r.themes) else nothing).append(r)
    return Audience(tuple(receiving), tuple(nothing))


def message_id(number: int, subscriber_id: int, domain: str, salt: str) -> str:
    """The same Message-ID for the same issue and reader, on every attempt and every run."""
    import hashlib

    digest = hashlib.sha256(f"{salt}:{number}:{subscriber_id}".encode()).hexdigest()[:16]
    return f"<veille.{number}.{subscriber_id}.{digest}@{domain}>"
