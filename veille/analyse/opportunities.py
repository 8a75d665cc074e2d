"""Opportunities and agenda (pure): calls for projects, calls for applications, tenders,
grants and events an item announces, with their deadline or date.

A call is recognised by its own words (« appel à projets », « AMI », « appel à
candidatures », « appel d'offres », « call for proposals »…), an event by its kind
(« webinaire », « salon », « atelier »…) *and* a date in the text: an article that merely
mentions a salon is not an invitation. Dates are read in French and English forms
(« jusqu'au 15 janvier », « avant le 31/03 », « date limite : 12 février 2027 »,
« du 3 au 5 février », « by 15 January », « on March 31, 2027 »); a date without a year is
the next one after the item's publication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from veille.analyse.textnorm import fold as lower_plain

MONTHS = {
    "janvier": 1, "janv": 1, "january": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "aout": 8, "august": 8, "aug": 8,
    "septembre": 9, "sept": 9, "september": 9, "sep": 9,
    "octobre": 10, "oct": 10, "october": 10,
    "novembre": 11, "nov": 11, "november": 11,
    "decembre": 12, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))

CALLS = (  # (pattern on folded text, label, kept without a closing date when in the title)
    (r"appels? a manifestation d'interet|\bAMI\b", "Appel à manifestation d'intérêt", True),
    (r"appels? a projets?|\bcall for projects?\b", "Appel à projets", True),
    (r"appels? a candidatures?|\bcall for applications?\b", "Appel à candidatures", True),
    (r"\bcall for (?:proposals?|papers?)\b", "Appel à propositions", True),
    (r"appels? d'offres?|\bcall for tenders?\b|\btenders?\b", "Appel d'offres", False),
    (r"\bconcours\b|\bprix\b.{0,40}\bcandidat", "Concours", False),
    (
        r"\bsubventions?\b|\baides? regionales?\b|\bgrant (?:programme|program|scheme|"
        r"funding|call|applications?)\b|\bfunding call\b",
        "Aide et subvention",
        False,
    ),
)
_ACRONYM = re.compile(r"\bAMI\b")  # « ami » is a friend: only the capitals say it
EVENTS = (
    (r"\bwebinaires?\b|\bwebinars?\b|\bwebconference\b", "Webinaire"),
    (r"\bsalons?\b|\btrade (?:show|fair)\b", "Salon"),
    (r"\bateliers?\b|\bworkshops?\b", "Atelier"),
    (r"\bconferences?\b(?! de presse)(?<!press conference)", "Conférence"),
    (r"\bforums?\b|\bsommet\b|\bsummit\b", "Forum"),
    (r"\bhackathons?\b", "Hackathon"),
    (r"\brencontres?\b|\bmatinales?\b|\bpetit-dejeuner\b|\bjournees?\b|\bmeetups?\b", "Rencontre"),
)
_DEADLINE_CUE = (
    r"(?:jusqu'(?:au|a)|avant (?:le )?|au plus tard (?:le )?|date limite(?: de (?:depot|"
    r"candidature|remise))?\s*:?\s*(?:le |au )?|cloture(?: des (?:candidatures|depots))?\s*:?"
    r"\s*(?:le )?|deadline\s*:?\s*|by |until |before |closes? (?:on )?|due (?:on |by )?)"
)
_CUE = re.compile(_DEADLINE_CUE + r"\s*")
_DAY_MONTH = rf"(?:le |the )?(\d{{1,2}})(?:er|st|nd|rd|th)? (?:de )?({_MONTH})\.?(?: (\d{{4}}))?"
_MONTH_DAY = rf"({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?,?(?: (\d{{4}}))?"
_NUMERIC = r"(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?"
_DATE = re.compile(rf"{_DAY_MONTH}|{_MONTH_DAY}|{_NUMERIC}")
_RANGE = re.compile(rf"\bdu (\d{{1,2}})(?:er)? au {_DAY_MONTH}")


@dataclass(frozen=True, slots=True)
class Opportunity:
    kind: str  # "call" or "event"
    label: str  # « Appel à projets », « Webinaire »…
    deadline: date | None  # a call's closing date
    when: date | None  # an event's (first) day
    phrase: str  # the words that said it

    @property
    def day(self) -> date | None:
        """The date that matters: a call's deadline, an event's day."""
        return self.deadline if self.kind == "call" else self.when

    def to_json(self) -> dict[str, str | None]:
        return {
            "kind": self.kind,
            "label": self.label,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "when": self.when.isoformat() if self.when else None,
            "phrase": self.phrase,
        }

    @classmethod
    def from_json(cls, data: dict[str, str | None]) -> Opportunity:
        deadline, when = data.get("deadline"), data.get("when")
        return cls(
            str(data["kind"]),
            str(data["label"]),
            date.fromisoformat(deadline) if deadline else None,
            date.fromisoformat(when) if when else None,
            str(data.get("phrase") or ""),
        )


def fold(text: str) -> str:
    """Lower case, accents off, one kind of apostrophe, single spaces."""
    return " ".join(lower_plain(text.replace("’", "'")).split())


def _year(day: int, month: int, year: str | None, published: date) -> date | None:
    """The date; without a year, the first such day from the publication on."""
    try:
        if year:
            full = int(year) + (2000 if len(year) == 2 else 0)
            return date(full, month, day)
        candidate = date(published.year, month, day)
        if candidate < published:
            candidate = date(published.year + 1, month, day)
        return candidate
    except ValueError:
        return None


def read_date(match: re.Match[str], published: date) -> date | None:
    g = match.groups()
    if g[0]:  # 15 janvier (2027)
        return _year(int(g[0]), MONTHS[g[1]], g[2], published)
    if g[3]:  # January 15, 2027
        return _year(int(g[4]), MONTHS[g[3]], g[5], published)
    if g[6]:  # 15/01(/2027): day first, as in French and in British English
        month = int(g[7])
        return _year(int(g[6]), month, g[8], published) if 1 <= month <= 12 else None
    return None


def deadline_in(text: str, published: date) -> date | None:
    """The date right after a deadline cue (« jusqu'au », « avant le », « by »…)."""
    for cue in _CUE.finditer(text):
        match = _DATE.match(text, cue.end())
        if match and (found := read_date(match, published)):
            return found
    return None


def first_date(text: str, published: date) -> date | None:
    """The first full date of the text (« du 3 au 5 février »: the 3rd)."""
    ranged = _RANGE.search(text)
    if ranged:
        return _year(int(ranged.group(1)), MONTHS[ranged.group(3)], ranged.group(4), published)
    for match in _DATE.finditer(text):
        if found := read_date(match, published):
            return found
    return None


NEAR = 80  # characters between an event's word in the text and its date


def detect(title: str, text: str, published: date) -> Opportunity | None:
    """The call or event an item announces, if it announces one.

    A call: its words in the title, or in the text with a closing date; tenders, contests
    and grants only with a closing date. An event: its word in the title and a date in the
    item, or its word in the text with a date right after it."""
    whole = fold(f"{title}. {text}")
    head = fold(title)
    for pattern, label, bare in CALLS:
        if pattern.startswith(r"appels? a manifestation"):
            found = _ACRONYM.search(f"{title}. {text}") or re.search(pattern.split("|")[0], whole)
            in_title = bool(_ACRONYM.search(title) or re.search(pattern.split("|")[0], head))
        else:
            found = re.search(pattern, whole)
            in_title = bool(re.search(pattern, head))
        if not found:
            continue
        deadline = deadline_in(whole, published)
        if deadline is None and not (bare and in_title):
            continue  # a call mentioned in passing, or a tender without a closing date
        return Opportunity("call", label, deadline, None, found.group(0).lower())
    for pattern, label in EVENTS:
        if re.search(pattern, head):
            when = first_date(whole, published)
        else:
            found = re.search(pattern, whole)
            when = first_date(whole[found.end() : found.end() + NEAR], published) if found else None
        if when is not None:
            return Opportunity("event", label, None, when, label.lower())
    return None
