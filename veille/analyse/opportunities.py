"""Opportunities and agenda (pure): calls for projects, calls for applications, tenders,
grants and events an item announces, with their deadline or date.

A call is recognised by its own words (« appel à projets », « AMI », « AAP », « appel à
candidatures », « appel d'offres », « call for proposals », « open call », "request for
proposals"…) when the item announces it — in its title, with a closing date, as « cet
appel », « le présent AAP », « a lancé un appel à projets », « l'appel à projets que l'État
lance », « this call », or with an invitation (« qui peut candidater ? », « déposer leur
dossier de candidature », « entreprises éligibles », "who can apply") — and not when it
mentions one in passing (« les lauréats de l'appel à projets »). A notice's own heading
(« avis de marché », « dossier de consultation des entreprises », "Guidelines for
Applicants", "the City is seeking proposals") is a call wherever it stands. An event is
recognised by its kind (« webinaire », « salon », « congrès », "European Cyber Week"…)
*and* a date: in the title with a date anywhere, or in the text with a date right after
it; or, without its day, by its own page (its kind in the title, how to attend in the text,
no day at all). Dates are read in French and English forms
(« jusqu'au 15 janvier », « avant le 31/03 », « date limite : 12 février 2027 »,
« 21.03.2027 », « se clôture le 4 mai », « du 3 au 5 février », « les 6, 7 et 8 décembre »,
« mardi prochain », « by 15 January », « on March 31, 2027 », "September 30: Submission
deadline", "Due Date 03/14/2027"); a closing cue (« clôture », « date limite », « deadline »)
wins over a plain « jusqu'au », which may be about questions; a date without a year takes
the year the item gives it elsewhere (« du 24 février au 3 mars 2024 », an event's « édition
2024 »), else it is the next one after the item's publication, a weekday the nearest one.

A call's words are in ``agenda_calls``, an event's in ``agenda_events``, the dates are read
by ``agenda_dates`` and a call's closing date by ``agenda_deadlines``; this module decides
what an item announces.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import chain

from veille.analyse.agenda_calls import (
    ANNOUNCED,
    ANNOUNCED_AFTER,
    AWARDED,
    CALLS,
    CLOSED,
    CLOSED_BRACKET,
    CLOSED_BRACKET_HINTS,
    CLOSED_HINTS,
    CLOSED_PAST_DAY,
    CLOSED_STATUS,
    CLOSED_STATUS_HINTS,
    CONSULTATION,
    COUNTED_APPLICATIONS,
    EXPLAINER_LEAD,
    EXPLAINER_LEAD_CHARS,
    GENERAL_TITLE,
    INVITED,
    INVITED_RARE,
    LAUNCHED_BEFORE,
    RESULTS_HEADING,
    RESULTS_TITLE,
    CallWords,
    closed_below_title,
)
from veille.analyse.agenda_dates import (
    DATE,
    DAY_LIST,
    DAY_NAMES,
    DAY_WITH_MONTH,
    FUTURE_BEFORE,
    MONTH_NAMES,
    MONTHS,
    SENTENCE_BREAK,
    WEEKDAYS,
    calendar_day,
    day_month,
    days_told_as_past,
    days_with_years,
    edition_year,
    ends_there,
    first_date,
    in_order,
    is_past,
    line_day,
    next_weekday,
    put_off,
    states_a_day,
    states_a_span,
    text_after,
    timed_day,
    told_as_past,
)
from veille.analyse.agenda_deadlines import ENTRY_WORDS, closing_in, deadline_in
from veille.analyse.agenda_events import (
    AGENDA_FIELDS,
    AGENDA_FIELDS_HINTS,
    AGENDA_LABELS,
    ATTEND,
    DATE_THEN_PLACE,
    DATES_LABEL,
    DECLARED_LABELS,
    EVENTS,
    EXHIBIT,
    FIXED_HINTS,
    FIXED_OR_LEAD,
    GENERAL_EVENT_TITLE,
    HOSTS_VERBS,
    LEAD_REPORT_CHARS,
    NAMED_THEN_DAY,
    NEAR,
    NEXT_EDITION,
    NEXT_EDITION_HINTS,
    NEXT_EDITION_RARE,
    ORGANISED_NEAR,
    ORGANISES,
    PLACE_HINTS,
    POWWOW_WORDS,
    PRACTICAL,
    PRACTICAL_LABEL,
    PROGRAMME_DAY,
    RACE_WORDS,
    REPORT_LEAD,
    REPORT_TITLE,
    REPORTED,
    REPORTED_BEFORE,
    SAVE_HINTS,
    SAVE_THE_DATE,
    SHOW_CONTEST_WORDS,
    SPAN_THEN_HOSTS,
    TAKES_PLACE,
    TAKES_PLACE_HINTS,
    TAKES_PLACE_RARE,
    UNDER_WAY_LEAD,
    EventWords,
)
from veille.analyse.textnorm import fold as lower_plain


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


def reading(label: str, day: date | None) -> Opportunity | None:
    """A person's reading of an item for the agenda: a call or an event with its date, or
    nothing (``label`` empty)."""
    if not label:
        return None
    kind = AGENDA_LABELS[label]
    return Opportunity(
        kind, label, day if kind == "call" else None, day if kind == "event" else None, "lu"
    )


def _call_words(
    words: CallWords, title: str, head: str, raw: str, whole: str
) -> tuple[str, bool, bool]:
    """The call's words as written in the item (empty when absent), whether the title
    (``head`` folded) says them, and whether the text announces the call (« cet appel »,
    « a lancé … »)."""
    matches = (
        list(re.finditer(words.pattern, whole))
        if words.hints is None or any(map(whole.__contains__, words.hints))
        else []
    )
    acronym = words.acronym or ""
    written = bool(acronym) and acronym[2:-2] in raw  # « AMI », « AAP » as written
    # (the title is read once, where the text holds the call's words at all)
    titled = (bool(matches) or written) and (
        bool(re.search(words.pattern, head)) or bool(acronym and re.search(acronym, title))
    )
    # a call's kind defined, not a call: "A Request For Information (RFI) is a formal,
    # non-binding inquiry used by governments" (its name in the title is the page's subject;
    # looked for only then)
    defining = (
        [m for m in matches if _A_KIND.search(whole, max(0, m.start() - 4), m.start())]
        if titled
        else []
    )
    defined = any(_DEFINITION.match(whole, m.end()) for m in defining)
    hits = [
        (whole[max(0, m.start() - 60) : m.start()], m.group(0))
        for m in matches
        if not _DEFINED.match(whole, m.end()) and not (defined and m in defining)
    ]
    announced_after = any(
        ANNOUNCED_AFTER.match(whole, m.end())
        and not _QUANTITY.search(whole, max(0, m.start() - 60), m.start())
        for m in matches
    )
    if written:
        said_short = [
            (m, before)
            for m in re.finditer(acronym, raw)
            if not _spelled_out(before := raw[max(0, m.start() - 80) : m.start()], m.group(0))
        ]
        hits += [(fold(before), m.group(0)) for m, before in said_short]
        # (and announced after it: « L'AAP REMOVE vise à accorder des aides »)
        announced_after = announced_after or any(
            ANNOUNCED_AFTER.match(fold(raw[m.end() : m.end() + ACRONYM_AFTER_CHARS]))
            for m, _ in said_short
        )
    if not hits:
        return "", False, False
    in_title = titled and not defined
    # (a determiner points at a call by its own name only: « cet appel », not « cette subvention »)
    announcing = ANNOUNCED if words.own else LAUNCHED_BEFORE
    announced = announced_after or any(
        announcing.search(before)
        and not (_PLURAL_CALLS.match(said) and _GENERIC.search(before))
        and not _QUANTITY.search(before)
        and not _PROCESS.search(before)
        and not _NEGATED.search(before)
        and not _OVER_THE_YEARS.search(before)
        for before, said in hits
    )
    return hits[0][1], in_title, announced


# a call's words after a span of years it has gone on for: « Depuis une dizaine d'années, de
# nouveaux concours sont proposés » (a contest's history; not « Depuis le 1er mars, … »)
_OVER_THE_YEARS = re.compile(
    r"\b(?:depuis|over the (?:past|last)|for the (?:past|last)) (?:[\w']+ ){0,3}?(?:d')?"
    r"(?:ans|annees|decennies|years|decades)\b[^.!?]*$"
)


# calls in the plural after a verb in its bare form tell how calls go, not one: "These consortia
# launch their own (mostly open) calls for proposals", "They open the calls for proposals to
# attract potential beneficiaries" (not "The Council launches two calls", "has opened calls")
_PLURAL_CALLS = re.compile(r"(?:calls|appels)\b")
_GENERIC = re.compile(r"\b(?:launch|open)(?:[^\w.!?]+[\w'()-]+){0,5}[^\w.!?]*$")


ACRONYM_AFTER_CHARS = 160  # what follows a call's acronym, read for its announcement


def _spelled_out(before: str, acronym: str) -> bool:
    """Whether the words right before an acronym in parentheses spell it out: "Advanced Metering
    Infrastructure pilot system (AMI)" is no « AMI », an « appel à manifestation d'intérêt »."""
    if not before.rstrip().endswith("("):
        return False
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", before)[-8:]).upper()
    return acronym.upper() in initials


# a call's words defined, not a call: a procurement code's "“request for information” means a
# procedure", « l'appel d'offres désigne … »
_DEFINED = re.compile(r"\W{0,3}(?:means|shall mean|refers to|is defined as|designe|s'entend)\b")
# a kind of call defined: « un appel à manifestation d'intérêt (AMI) est une procédure … », "an
# invitation to tender (ITT, also known as a call for bids) is a formal, structured procedure"
# (after an indefinite article: not "This RFP is a two-stage process")
_A_KIND = re.compile(r"\b(?:an?|une?)\s+$")
# (and 'A "Call for Papers" (CfP) is a way to invite authors', "A call for papers, often called a
# CfP, is a public announcement", a manual's "A Request for Quotations is a request that you send
# out to one or more potential vendors")
_DEFINITION = re.compile(
    r"[\"”»]?(?:\s*\([^)]{1,70}\)|,[^,.]{1,40},)?,?\s+(?:(?:is|are) an?|(?:est|sont) (?:une?|des)) "
    r"(?:[\w,'-]+ ){0,4}?"
    r"(?:procedure|process|document|tool|instrument|inquiry|mechanism|method|way|means|"
    r"announcement|request|outil|dispositif|mecanisme|demarche|moyen|annonce)s?\b"
)
# a page that defines a kind of call teaches what calls are, whatever else it says of them: « Un
# Appel À Projets (AAP) est une procédure par laquelle une institution … lance un concours »; its
# call words announce none by themselves (a closing date or an invitation to answer still does)
# (and a page that asks what the kind is: « Qu'est-ce que l'appel à candidatures ? », « En quoi
# consiste la procédure d'appel à projet ? »)
_DEFINES_A_KIND = re.compile(
    r"\b(?:une?|an?) [\"“«]? ?(?:appels?|calls?|requests?|invitations?)\b(?:[ '-][\w'-]+){0,5}?"
    + _DEFINITION.pattern
    + r"|\b(?:qu'est-ce (?:que|qu')|en quoi consiste) ?(?:la procedure d'|l'|un |une )?appels? a "
    r"(?:projets?|candidatures?)\b"
)
# how calls go, told by what is done before or after one, or how often: "before issuing an
# invitation for bid or request for proposal", "public officials are increasingly issuing
# Requests for Information"
_PROCESS = re.compile(
    r"\b(?:before|after|when|while|upon|prior to|increasingly|often|usually|typically|"
    r"routinely|regularly|generally|sometimes) (?:issu|launch|releas|open|announc)\w*"
    r"(?:[^\w.!?]+[\w'-]+){0,5}[^\w.!?]*$|"
    # (and a launch told as a time: « Quatre ans après le lancement de l'appel à manifestation
    # d'intérêt « centres-bourgs », c'est le 1er octobre 2020 que le programme est lancé »)
    r"\b(?:apres|avant|depuis) le lancement (?:de l'|de la |du |des |d')$"
)
# a call denied, not announced: "some don't even have an open call for speakers", "there is no
# open call at the moment", « la Région n'a pas encore lancé d'appel à projets »
_NEGATED = re.compile(
    r"\b(?:don't|doesn't|didn't|hasn't|haven't|do not|does not|did not|has not|have not|never|"
    r"no|pas|jamais|aucune?)\b(?:[^\w.!?]+[\w'-]+){0,4}[^\w.!?]*$"
)
# calls counted as a kind, not one: "entities have launched a growing number of grant programs"
# (and « La moitié des appels à candidatures sont lancés », « Au 30 mai, 8 appels à candidatures
# … ont été lancés en France », a count of calls across regions)
_QUANTITY = re.compile(
    r"\b(?:a (?:growing |large |small |increasing )?number of|many|several|numerous|various|"
    r"dozens of|hundreds of|a range of|a host of|(?:la moitie|la plupart|la majorite) des|"
    r"plusieurs|de nombreux|[2-9]|[1-9]\d{1,2})\s*$"  # (a count, not a year: "the 2024 call")
)


LEAD_CHARS = 3_000  # characters of a page's text read for what it announces
BODY_CHARS = 30_000  # characters of a page's text read for a closing date


def item_text(title: str, text: str, body: str = "") -> str:
    """What an item says, as written: its title, its summary and its page's lead (what the
    rules read it for, and what the agenda's model learns from)."""
    return f"{title}. {text} {body[:LEAD_CHARS]}"


def _read_text(title: str, text: str, body: str) -> str:
    """What the rules read of an item (``item_text``), the summary left out when it is only
    the page's first lines (``_repeats``), and a document host's list of other documents left
    out (``_OTHER_DOCUMENTS``)."""
    return _above_other_documents(item_text(title, "" if _repeats(text, body) else text, body))


def _above_other_documents(text: str, end: int | None = None) -> str:
    """``text`` (its first ``end`` characters) above a document host's list of other
    documents, wherever the list starts."""
    stop = len(text) if end is None else min(end, len(text))
    others = _OTHER_DOCUMENTS.search(text, 0, stop)
    return text[: stop if others is None else others.start()]


# a document host's list of other documents below the one shown: "Similar documents", « Documents
# pareils » — their titles are no part of the item ("SALARY STUDY SUBMITTAL DEADLINE June 1, 2012")
_OTHER_DOCUMENTS = re.compile(
    r"^[ \t]*(?:similar documents|related documents|documents (?:pareils|similaires))[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def detect(
    title: str, text: str, published: date, body: str = "", announces: str | None = None
) -> Opportunity | None:
    """What an item announces (``recognise``); for an item of a source declared to announce
    calls or events (``announces``: "call" or "event", sources.yaml), that kind whatever
    the words, with its date when the item gives one (``declared``)."""
    found = recognise(title, text, published, body)
    if announces is None or (found is not None and found.kind == announces):
        return found
    return declared(announces, title, text, published, body)


def declared(
    announces: str, title: str, text: str, published: date, body: str = ""
) -> Opportunity | None:
    """An item of a source that announces only calls or only events (a partner's « appels
    à projets » page, an events feed): a call with its closing date, or an event with its
    first day to come, each when the item states it. A title giving a call's winners is
    no call."""
    whole = fold(_read_text(title, text, body))
    label = DECLARED_LABELS[announces]
    if announces == "call":
        if _over(fold(title), whole):
            return None  # its winners, or a tender's award notice
        return Opportunity("call", label, _call_deadline(whole, body, published), None, "source")
    # (not a day its sentence tells as past: "The finals took place … from 25 August")
    when = calendar_day(whole, published) or first_date(
        whole, published, edition_year(whole), sentences=True
    )
    return Opportunity("event", label, None, when, "source")


def _call_deadline(whole: str, body: str, published: date) -> date | None:
    """A call's closing date: in the item and the page's lead, else from a closing cue
    further down the page, above a document host's list of other documents."""
    if (deadline := deadline_in(whole, published)) is None and len(body) > LEAD_CHARS:
        tail = _above_other_documents(body, BODY_CHARS)[LEAD_CHARS:]
        deadline = closing_in(fold(tail), published)
    return deadline


def recognise(title: str, text: str, published: date, body: str = "") -> Opportunity | None:
    """The call or event an item announces, if it announces one. ``text`` is the item's
    summary; ``body`` its page's text when the collector fetched it: what the item
    announces is read in the summary and the page's first 3,000 characters, a call's
    closing date also further down the page (a closing cue's or an application window's
    only: a « jusqu'au » far down a long page is about something else).

    A call: its words with a closing date; or a call's own name (« appel à projets »,
    « AMI ») in the title (not one that asks or teaches) or announced by the text (« cet
    appel », « a lancé »); or any call words with an invitation to answer (« qui peut
    candidater ? », « qui peut en bénéficier ? »); never when the title gives its results
    (« les lauréats », "winners") or the item says the call is closed. An event: its word in
    the title and a date in the item, its word in the text with a date right after it,
    « aura lieu » or « organise » and a date with an event's word somewhere in the item, or
    a day with its hour in an item that names an event or invites to attend; or the date
    after « save the date », « à vos agendas », "When?", a programme's first day with its
    hour, or a day its sentence names an event on and says is to come (« le 4 juin
    prochain ») or gives with its weekday (« Samedi 8 octobre débarque … l'hackasens »).
    The date is after the publication. An event the title names is also
    announced, without its day, by its own page that tells how to attend and gives no day
    at all (« Lieu : », « Entrée libre », "Register now")."""
    raw = _read_text(title, text, body)
    whole = fold(raw)
    head = fold(title)
    general_title = bool(GENERAL_TITLE.search(head))
    # the page's own heading, its first short line, names a call as its title does (« Appel à
    # projets Maisons du Quantique » above the text), unless it asks or teaches
    # (and a call's cover line further down its own document: « Appel à projets 2014 »)
    heading = _heading(text or body)
    headings = [
        h
        for h in (heading, _cover_line(body or text))
        if h and not _LISTING_HEADING.fullmatch(fold(h).strip(" .:|"))
    ]
    call_title, call_head = (
        ("\n".join((title, *headings)), " | ".join((head, *map(fold, headings))))
        if headings
        else (title, head)
    )
    # what the page says besides its call words, each read once, when first needed (``page``:
    # the text as it stands here, before the event's reading below trims its chrome)
    deadline = cache(lambda page=whole: _call_deadline(page, body, published))
    invited = cache(lambda page=whole: _invited(page))  # an invitation to answer
    explains = cache(lambda page=whole: bool(_DEFINES_A_KIND.search(page)))  # a kind defined
    advises = cache(  # a lead that explains or advises
        lambda page=whole: bool(EXPLAINER_LEAD.search(page, 0, EXPLAINER_LEAD_CHARS))
    )
    consults = cache(  # a consultation's lead
        lambda page=whole: bool(CONSULTATION.search(page, 0, EXPLAINER_LEAD_CHARS))
    )
    results = _over(head, whole, fold(heading))  # (its heading's results: « Résultats de … »)
    lead = len(head) + LEAD_REPORT_CHARS
    if not results and "a eu lieu" in whole[:lead] and _HELD_LEAD.search(whole, 0, lead):
        results = deadline() is None  # a contest held, no new closing day to come
    for words in CALLS if not results else ():
        if words.invited_only:  # too common a word without an invitation: not even looked for
            if words.hints is not None and not any(map(whole.__contains__, words.hints)):
                continue
            if not invited():
                continue
        found, in_title, announced = _call_words(words, call_title, call_head, raw, whole)
        if not found:
            continue
        if not words.own and consults():
            continue  # a consultation's "deadline for submissions": no call to answer
        if words.label == "Concours" and _hackathon_rules(whole):
            continue  # a hackathon's "Competition Rules": the event, below, not a call
        if words.label == "Concours" and (_show_contests(whole) or _race(whole)):
            continue  # a horse show's « concours de saut d'obstacles », a race's "5K Challenge"
        if (
            words.label == "Concours"
            and any(map(whole.__contains__, _CONTEST_DAY_HINTS))
            and deadline() is None
            and (day := _contest_day(whole, published)) is not None
        ):  # « l'UNAF organise le mercredi 23 juin 2027, la 4ème édition du Concours des Miels »
            return Opportunity("event", "Compétition", None, day, "concours")
        said = (
            (words.notice and not general_title)  # not a guide's « avis d'appel public »
            or (words.own and in_title and not general_title)
            or ((words.own or words.launched) and announced)
        )
        if said and deadline() is None:
            said = not explains()  # a page that teaches what a kind of call is
        if deadline() is None and not said:
            if general_title:
                continue  # "How to participate in a federal challenge": a guide to calls
            if advises():
                continue  # "In this article, we'll provide … the deadlines": advice on calls
            if not invited():
                continue  # a call mentioned in passing, or a tender without a closing date
            if explains() and not _invited(_outside_definitions(whole)):
                continue  # "an RFP is a formal document issued … to solicit proposals"
        return Opportunity("call", words.label, deadline(), None, found.lower())
    lead_end = len(title) + LEAD_REPORT_CHARS
    if (
        REPORT_TITLE.search(head)
        or REPORT_LEAD.search(raw, 0, lead_end)
        or ("bat son plein" in raw and UNDER_WAY_LEAD.search(raw, 0, lead_end))
    ):
        return None  # "… Summit 2023 Recap", « Retour sur le Symposium … »: over (or under way)
    if (when := calendar_day(whole, published)) is not None:  # a calendar file's event
        return Opportunity("event", DECLARED_LABELS["event"], None, when, "vevent")
    # the years the page gives its days, read in it whole (its chrome too: « Jeudi 24 novembre
    # 2022 - Jeudi 22 décembre 2022 » above the headline of a show that « se tiendra du 24
    # novembre au 22 décembre prochain »), once, if needed
    years = cache(lambda page=whole: days_with_years(page, published))
    if chrome_end := _below_chrome(head, whole):  # the page's menu and day above its headline
        whole = whole[: len(head)] + whole[chrome_end + len(head) :]
    kinds = []  # the events the item names, for « aura lieu » below
    named = _events_hinted(whole)
    told_days = cache(lambda page=whole: days_told_as_past(page))  # read once, if needed
    general = bool(GENERAL_EVENT_TITLE.search(head))  # "What is a hackathon?"
    titled = [e for e in named if not general and re.search(e.pattern, head)]
    # where a general title stands, in the item or repeated by its page: its events are none
    title_spans = (
        [(m.start(), m.end()) for m in re.finditer(re.escape(head), whole)]
        if general and head
        else []
    )
    # the day an event the title names is on: the item's first day to come
    edition = edition_year(whole) if named else None
    # its new days first: « initialement prévu du 10 au 13 mars. Il se tiendra finalement du 24
    # au 27 novembre » (not another show's days further down)
    if (
        named
        and any(map(whole.__contains__, _MOVED_HINTS))
        and (moved := _moved_event(whole, named, published, edition)) is not None
    ):
        return moved
    # an agenda's record: « Du : 2 février 2026 Au : 2 février 2026 » (not « Vous êtes tous invités
    # du 30 janvier au 1er mars » below it), « Début : 2024-05-02T13:00:00+02:00 »
    if (
        any(map(whole.__contains__, AGENDA_FIELDS_HINTS))
        and (fields := AGENDA_FIELDS.search(whole))
        and (when := first_date(text_after(whole, fields.end(), NEAR), published)) is not None
    ):
        label = _earliest_named(titled or named, whole)
        return Opportunity("event", label, None, when, label.lower())
    title_day = first_date(whole, published, edition, sentences=True) if titled else None
    # the event the title names first (« Blockhack hackathon »: not its workshops' day)
    for event in titled + [e for e in named if e not in titled]:
        when = None
        label = event.label
        if event in titled:
            kinds.append(label)
            when = title_day
        elif not event.title_only:
            mentions = list(re.finditer(event.pattern, whole))
            if title_spans:  # not the general title's words
                mentions = [
                    m for m in mentions if not any(a <= m.start() < b for a, b in title_spans)
                ]
            kinds += [label] if mentions else []
            for found_event in mentions:
                # its day before it in a schedule's line (« 12 mars : webinaire »), else after it
                # (not « World Summit Awards), ont eu lieu du 23 au 25 mai … et du 28 au 30 mai »)
                # (the year the item gives the same day elsewhere: "held from March 18th to
                # March 25th 2023, with an information session on March 18th")
                when = (
                    line_day(whole, found_event.start(), published, edition)
                    or first_date(
                        text_after(whole, found_event.end(), NEAR),
                        published,
                        edition,
                        sentences=True,
                        known=years,
                    )
                    or _day_before_word(whole, found_event.start(), published, edition)
                )
                if when is not None and (
                    told_as_past(whole, found_event.start()) or put_off(whole, found_event.start())
                ):
                    when = None  # « Antsiranana a accueilli … le concours Hackathon, du 27 au 29 »,
                    # « le report du salon … prévu les 13 et 14 septembre »
                if when is not None and (when.day, when.month) in told_days():
                    when = None  # a heading's « 16 & 17 octobre 2023 » that « a organisé les 16 &
                    # 17 octobre le Congrès » below
                if when is not None:
                    break
        if when is not None:
            return Opportunity("event", label, None, when, label.lower())
    # an event the text names, its days in the title: « Les Controverses … Du 10 au 12 juillet »
    if (
        kinds
        and not general
        and states_a_span(head)
        and (when := first_date(head, published, edition)) is not None
    ):
        # the year the text gives the same days: « (7-9 novembre) » above « Du 7 au 9 novembre
        # 2025, Kigali … »
        if (same := first_date(whole, published, edition)) is not None and same.strftime(
            "%m%d"
        ) == when.strftime("%m%d"):
            when = same
        return Opportunity("event", kinds[0], None, when, kinds[0].lower())
    for takes_place in (
        _with_rare(whole, TAKES_PLACE, TAKES_PLACE_RARE, TAKES_PLACE_HINTS) if kinds else ()
    ):
        when = first_date(text_after(whole, takes_place.end(), NEAR), published, edition) or (
            _day_before(whole, takes_place.start(), published, edition)
        )
        if when is None and (bare := _BARE_WEEKDAY.match(whole, takes_place.end())):
            when = _weekday_dated(whole, bare.group(1), published, edition) or _weekday_after(
                whole, bare.group(1), takes_place.start(), published, edition
            )
            if when is None and FUTURE_BEFORE.search(whole, takes_place.start(), bare.start() + 1):
                # "will take place Saturday"
                when = _bare_weekday_ahead(whole, bare.group(1), published)
        if when is not None:  # « the conference … will take place … from March 30 »
            return Opportunity("event", kinds[0], None, when, kinds[0].lower())
    for upcoming in (
        _with_rare(whole, NEXT_EDITION, NEXT_EDITION_RARE, NEXT_EDITION_HINTS)
        if kinds and "edition" in whole
        else ()
    ):
        if told_as_past(whole, upcoming.start()):
            continue  # « L'édition printanière s'est tenue les 20 et 21 mars à Aix »
        # its words with what follows: « une édition 2023 (du 28 au 30 novembre) »
        after = text_after(whole, upcoming.start(), len(upcoming.group(0)) + NEAR)
        if (when := first_date(after, published, edition_year(after))) is not None:
            return Opportunity("event", kinds[0], None, when, kinds[0].lower())
    for organises in _with_rare(whole, ORGANISES, EXHIBIT, ("expos",)) if kinds else ():
        if REPORTED_BEFORE.search(whole, max(0, organises.start() - 8), organises.start()):
            continue  # « l'agence a organisé le 18 mars »: a report
        when = first_date(text_after(whole, organises.end(), ORGANISED_NEAR), published, edition)
        if when is None and (named_first := NAMED_THEN_DAY.match(whole, organises.end())):
            when = first_date(text_after(whole, named_first.end(), NEAR), published, edition)
        if (
            when is None
            and organises.group(0) in _WILL_HOST
            and (bare := _NAMED_THEN_WEEKDAY.match(whole, organises.end()))
        ):
            # "will host a town hall meeting for area residents Saturday."
            when = _bare_weekday_ahead(whole, bare.group(1), published)
        if when is not None and told_as_past(whole, organises.start()):
            continue  # « L'édition 2024 du salon …, organisé du 28 au 31 mai …, s'est distingué »
        if when is not None:  # « la CMA organise les 14 et 15 octobre 2025 … une rencontre »
            return Opportunity("event", kinds[0], None, when, kinds[0].lower())
    hinted = bool(kinds) and any(map(whole.__contains__, HOSTS_VERBS))  # most items: none
    for hosts in SPAN_THEN_HOSTS.finditer(whole) if hinted else ():
        # (the year the page gives the same days: « Du 23 au 25 septembre prochains, la cité …
        # accueillera » above « Quand ? du 23 au 25 septembre 2022 »)
        if (when := first_date(hosts.group(0), published, edition, known=years)) is not None:
            return Opportunity("event", kinds[0], None, when, kinds[0].lower())
    if kinds and "prochain" in whole and (coming := _coming_day(whole, named, published)):
        return Opportunity("event", coming[0], None, coming[1], coming[0].lower())
    if kinds and (coming := _weekday_day(whole, named, published, told_days)):
        return Opportunity("event", coming[0], None, coming[1], coming[0].lower())
    if kinds and (when := _day_opening_future(whole, published)) is not None:
        return Opportunity("event", kinds[0], None, when, kinds[0].lower())
    saves = list(SAVE_THE_DATE.finditer(whole)) if any(map(whole.__contains__, SAVE_HINTS)) else []
    labelled = (
        list(DATES_LABEL.finditer(whole))
        if "dates " in whole or "dates:" in whole or "date range" in whole
        else []
    )
    if "pratique" in whole:
        labelled += PRACTICAL_LABEL.finditer(whole)  # « Pratique. Vendredi 8 et samedi 9 … »
    if any(map(whole.__contains__, FIXED_HINTS)):
        labelled += FIXED_OR_LEAD.finditer(whole)  # « Le rendez vous est d'ores et déjà fixé à … »
    if any(map(whole.__contains__, PLACE_HINTS)) and not REPORTED.search(whole):
        labelled += DATE_THEN_PLACE.finditer(whole)
    if extra := labelled + _programme_days(whole):  # in the order they stand, with the saves
        saves = sorted(saves + extra, key=lambda m: m.start())
    for saved in saves:  # "Save the Date for the Town Hall: …"
        if (
            when := first_date(text_after(whole, saved.end(), NEAR), published, edition)
        ) is not None:
            label = kinds[0] if kinds else DECLARED_LABELS["event"]
            return Opportunity("event", label, None, when, label.lower())
    if saves or ATTEND.search(whole):  # an event named, whatever
        kinds.append(DECLARED_LABELS["event"])  # its word: "are invited to attend"
    if kinds and (when := timed_day(whole, published, edition)) is not None:
        return Opportunity("event", kinds[0], None, when, kinds[0].lower())
    if titled and (_own_page(whole) or _announced_without_day(whole, published)):
        # « Séminaire blockchain … 10h-12h … Entrée libre »; « En avril 2025, des bitcoiners du
        # monde entier convergeront à Douala pour la conférence Bitcoin Afrique »
        return Opportunity("event", titled[0].label, None, None, titled[0].label.lower())
    if not general and _hackathon_rules(whole) and not states_a_day(whole):
        # a hackathon's own rules or terms: "Eligibility … Team size: 1–4 members … Judging
        # criteria" (its day given elsewhere on its site)
        return Opportunity("event", "Hackathon", None, None, "hackathon")
    if SCHEDULE_TITLE.fullmatch(head.strip(" .|")) and _own_page(whole):
        # an event's own « Agenda » page: "Doors Open & Check-In … Opening Ceremony", the
        # event it names in its text (its site gives the day elsewhere)
        for event in named:
            if not event.title_only and re.search(event.pattern, whole):
                return Opportunity("event", event.label, None, None, event.label.lower())
    return None


# an event moved to new days: "is officially postponed to the week of 13 to 17 July", "will now
# be staged 13-17 July", « Il se tiendra finalement du 24 au 27 novembre », « est reporté au 20
# mars » (looked for where one of ``_MOVED_HINTS`` stands); « est repoussée de la semaine du 7
# février à la semaine du 6 juin », « a été déplacé au 27 et 28 mai », « L'événement aura désormais
# lieu du 4 au 7 octobre », « Ce sont finalement les 15, 16 et 17 septembre qui ont été retenues »
_MOVED_HINTS = (
    "postpone", "reschedul", "now be", "finalement", "desormais", "report", "decal", "repouss",
    "deplace",
)  # fmt: skip
_MOVED = r"(?:reporte|decale|repousse|deplace)e?s?"  # « reportée », « déplacés »
_MOVED_TO = re.compile(
    r"\b(?:(?:postponed|rescheduled|pushed back|moved) (?:to|for|until) (?:the week of )?|"
    r"(?:will|shall) now be (?:staged|held) (?:on |from )?|"
    r"se tiendra (?:finalement|desormais) |aura (?:finalement|desormais) lieu (?:le |les |du )?|"
    r"ce sont (?:finalement|desormais) (?=les? |la )|"
    rf"(?:est|sera|a ete) (?:finalement |quant a (?:elle|lui) )?{_MOVED} (?:au|aux|du) |"
    rf"{_MOVED} (?:de|du) [^.!?]{{1,60}}? a (?:la semaine du )?|"
    # (and the verb itself: « InTerLUD+ a été obligé de décaler la 5ème édition de son rendez-vous
    # au mardi 4 novembre »)
    r"\b(?:decaler|reporter|repousser|deplacer) (?:la |le |l'|les |son |sa |ses |leur )"
    r"[^.!?]{1,60}? (?:au|aux) )"
)
MOVED_NEAR = 40  # characters between the words that move an event and its new day
# a move given up: "announced … the cancellation of the competitions …, which were recently
# rescheduled for May 4 – 23, 2021", "had been rescheduled for May 4-23, but was canceled"
_CALLED_OFF = re.compile(r"\b(?:cancell?(?:ed|ation|ing)|called off|annul(?:e|ee|ees|es|ation))\b")
CALLED_OFF_NEAR = 300  # characters before the move where its sentence may start


def _moved_event(
    whole: str, named: list[EventWords], published: date, edition: int | None
) -> Opportunity | None:
    """An event the item names, moved to new days that stand right after the words that say
    so (the event's label and its first new day)."""
    for moved in _MOVED_TO.finditer(whole):
        after = text_after(whole, moved.end(), MOVED_NEAR)
        if end := SENTENCE_BREAK.search(after):  # its sentence only: not the next one's report
            after = after[: end.start()]
        # (the year the text gives the same days: « Report du Salon … au 25 et 26 février 2022 »
        # above « est reporté au 25 et 26 février prochains »)
        when = first_date(
            after, published, edition, known=lambda: days_with_years(whole, published)
        )
        if when is not None and not _called_off(whole, moved):
            if (event := _first_named(named, whole)) is None:
                return None
            return Opportunity("event", event.label, None, when, event.label.lower())
    return None


def _called_off(whole: str, moved: re.Match[str]) -> bool:
    """Whether the move's sentence calls the event off: its new days are given up too."""
    begin, stop = _sentence_bounds(
        whole, moved.start(), moved.end(), max(0, moved.start() - CALLED_OFF_NEAR)
    )
    return bool(_CALLED_OFF.search(whole, begin, stop))


# a day right before the verb, set off by a comma: « Les 21 et 22 février 2018, aura lieu la
# première édition du challenge » (not « Le 12 mars, le ministre a dit que le salon aura lieu »)
_DAY_SPAN = (
    rf"(?:(?:{DAY_NAMES}) )?(\d{{1,2}}(?:er)?(?: (?:et|au|and|to) (?:(?:{DAY_NAMES}) )?"
    rf"\d{{1,2}}(?:er)?)? (?:{MONTH_NAMES})(?: \d{{4}})?)"
)
# (and its place between them: « Du 11 au 14 mars, au Palais des congrès de Lyon, doit se
# dérouler la cinquième édition du forum »)
_DAY_THEN_VERB = re.compile(rf"\b(?:les?|du|on) {_DAY_SPAN},(?: [^,.!?]{{1,40}},)?\s*$")
# or opening its sentence, the verb right after it: « Le 8 juin 2005 aura lieu la journée
# mondiale de l'océan » (and its first day: « A partir du 22 mars prochain se tiendra la semaine
# internationale du transport et de la logistique »)
_OPENING_DAY_THEN_VERB = re.compile(
    rf"(?:(?:^|(?<=[.!?] )|(?<=\n))(?:les?|du)|\ba partir du|\ba compter du) {_DAY_SPAN}"
    r"(?: prochain)?\s+$"
)

# a day with its month (its weekday and year when given): « mercredi 30 septembre 2026 »
_DAY_MONTH = rf"{DAY_WITH_MONTH}(?: \d{{4}})?"
# (and a span set off by commas earlier in the verb's sentence, each day with its month, what
# the sentence is about between: « Monaco sera pendant 3 jours, du 30 septembre au 2 octobre, la
# capitale du packaging avec Luxe Pack qui se tiendra au Grimaldi Forum »; not the entries'
# window: « du 1er au 30 avril, les candidatures sont ouvertes pour le forum qui se tiendra »)
_SPAN_SET_OFF_THEN_VERB = re.compile(
    rf"\bdu ({_DAY_MONTH}) au {_DAY_MONTH}, "
    rf"(?:(?!\b(?:{ENTRY_WORDS})\b)[^.!?]){{0,100}}$"
)
SPAN_SET_OFF_NEAR = 160  # characters before the verb where such a span may start

# a day told before its event, in a cleft sentence: « C'est du 11 au 31 octobre que la 23e Fête du
# cinéma d'animation se déploiera » (looked for where « c'est » stands before the event's word)
_CLEFT_DAY = re.compile(rf"\bc'est (?:les?|du) {_DAY_SPAN} que [^.!?]{{0,40}}$")
CLEFT_NEAR = 120  # characters before an event's word where a cleft sentence's day may start
# a day told right before the event it falls in: « Verdict le 3 octobre lors du forum Eco Class
# Logistics à Paris », « Le 10 juin, à l'occasion du congrès de la fédération » (looked for where
# « lors d », « au cours d » or « l'occasion d » stands before the event's word)
_DAY_THEN_DURING = re.compile(
    rf"\b(?:les?|du) {_DAY_SPAN},? (?:lors|au cours|a l'occasion) (?:du |de la |de l'|des )"
    r"(?:[\w'-]+ ){0,2}$"
)
DURING_NEAR = 70  # characters before an event's word where such a day may start
# a sentence that opens on a day and goes straight to the event's place or word: « Réponses ? Le
# 18 juin au Parc des Expositions » (looked for where « au », « à la » or « à l' » stands before
# the event's word)
_OPENING_DAY_AT = re.compile(
    rf"(?:^|(?<=[.!?:] )|(?<=\n))(?:les?|du) {_DAY_SPAN} (?:au|a la|a l')\s?$"
)
OPENING_AT_NEAR = 40  # characters before an event's word where such a day may start
# a day, a comma, then the host who holds the event: « Le 21 mars, le centre de formation
# d'apprentis aux métiers du bâtiment de Saint-Denis propose une journée portes ouvertes » (the
# sentence's start not required: a heading without a stop may stand before it; not « a
# organisé », « a proposé »: told after the day)
_OPENING_DAY_HOST = re.compile(
    rf"\b(?:les?|du) {_DAY_SPAN}, [^.!?]{{1,100}}? (?<!\ba )(?<!\bont )"
    r"(?:organise|propose)(?:nt)? (?:une?|des|sa|son|ses|leur|leurs) (?:[\w'-]+ ){0,2}$"
)
OPENING_HOST_NEAR = 180  # characters before an event's word where such a day may start
# the days told before an event's word, tried in this order: each pattern (its day its group 1),
# how far before the word it may start, the words one of which stands there where it may match
_DAYS_BEFORE_WORD = (
    (_CLEFT_DAY, CLEFT_NEAR, ("c'est ",)),
    (_DAY_THEN_DURING, DURING_NEAR, ("lors d", "au cours d", "l'occasion d")),
    (_OPENING_DAY_AT, OPENING_AT_NEAR, (" au ", " a la ", " a l'")),
    (_OPENING_DAY_HOST, OPENING_HOST_NEAR, (" organise", " propose")),
)


def _day_before_word(whole: str, event: int, published: date, edition: int | None) -> date | None:
    """The day a sentence gives right before an event's word: a cleft sentence's (``_CLEFT_DAY``),
    else the day of a moment the event falls in (``_DAY_THEN_DURING``)."""
    for pattern, near, hints in _DAYS_BEFORE_WORD:
        start = max(0, event - near)
        if not any(map(whole[start:event].__contains__, hints)):
            continue  # most events' words
        found = pattern.search(whole, start, event)
        if found and (day := first_date(found.group(1), published, edition)) is not None:
            return day
    return None


def _day_before(whole: str, verb: int, published: date, edition: int | None) -> date | None:
    """The day set right before an « aura lieu » (``_DAY_THEN_VERB``, else
    ``_OPENING_DAY_THEN_VERB``), or a span set off by commas earlier in its sentence
    (``_SPAN_SET_OFF_THEN_VERB``)."""
    found = (
        _DAY_THEN_VERB.search(whole, max(0, verb - 60), verb)
        or _OPENING_DAY_THEN_VERB.search(whole, max(0, verb - 60), verb)
        or _SPAN_SET_OFF_THEN_VERB.search(whole, max(0, verb - SPAN_SET_OFF_NEAR), verb)
    )
    return first_date(found.group(1), published, edition) if found else None


def _with_rare(
    whole: str, common: re.Pattern[str], rare: re.Pattern[str], hints: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """``common``'s matches, with ``rare``'s where one of its ``hints`` stands, in the order
    they stand: « aura lieu » with « tiendra son … » (``TAKES_PLACE``), « prochaine édition »
    with « l'édition printanière » (``NEXT_EDITION``), « organise » with the exhibitors' verb
    where « expos » stands (``ORGANISES``)."""
    hinted = any(map(whole.__contains__, hints))
    return in_order(common.finditer(whole), rare.finditer(whole) if hinted else None)


# a contest organised on its day, with no closing date for its entries: the day it is judged
# or run, an event (« l'UNAF organise le mercredi 23 juin 2027, la 4ème édition du Concours des
# Miels », « Le jeudi 17 janvier 2027, l'UNAF organise la 2ème édition du concours »; not « a
# organisé le … », a report; not « organise un concours … jusqu'au 30 mars », a call)
_CONTEST = r"(?:la|sa|le|son) (?:\d+(?:e|eme|er|ere) edition (?:du|de son) )?concours\b"
_CONTEST_DAY = re.compile(
    rf"\borganise(?:nt)? (?P<after>(?:le|ce) [^.;:!?]{{4,40}}?),? {_CONTEST}|"
    # (the day first: its weekday, number and month, the year too when given)
    rf"\b(?P<before>le {_DAY_MONTH}), "
    rf"[^.;!?]{{0,80}}?\borganise(?:nt)? {_CONTEST}|"
    # (and the contestants' days: « il doit se mesurer du 27 février au 1er mars à 19 autres
    # candidats », the verbs to come only — agenda_deadlines' ``_COMPETE_BEFORE`` lists them with
    # their past too, to skip such a span as a window; a contest's own page: « Date du prochain
    # concours : 19 et 20 Octobre 2024 »)
    r"\b(?:se mesurer(?:ont)?|s'affronter(?:ont)?|concourront) (?P<compete>(?:du|le|les) "
    r"[^.;:!?]{4,40})|"
    r"\bdate du (?:prochain )?concours\s*:\s*(?P<field>[^\n.;]{4,40})|"
    # (and the contest the subject of a verb of where and when it takes place: « le concours
    # régional des cidres posera ses valises à l'Orangerie de Lanniron, à Quimper (29), le 12 juin
    # prochain »)
    r"\bconcours\b[^.;!?]{0,60}?\b(?:aura lieu|se tiendra|se deroulera|posera ses valises|se "
    r"posera)\b(?P<takes>[^.;!?]{0,80})"
)
# the words one of ``_CONTEST_DAY``'s forms needs (most items hold none)
_CONTEST_DAY_HINTS = (
    "organise",
    "se mesurer",
    "s'affronter",
    "concourront",
    "date du",
    "aura lieu",
    "se tiendra",
    "se deroulera",
    "posera",
)


def _contest_day(whole: str, published: date) -> date | None:
    """The day to come a contest is organised or run on, its day stated beside « organise »,
    after the contestants' verb, in its own page's field or after a verb of where and when it
    takes place (``_CONTEST_DAY``), unless a report tells it."""
    for found in _CONTEST_DAY.finditer(whole):
        # (where the match's sentence is told: its first word — « organise », the contestants'
        # verb, the field's label, the contest itself — or, the day first, the last « organise »)
        verb = found.start() + (found.group(0).rindex("organise") if found.group("before") else 0)
        if REPORTED_BEFORE.search(whole, max(0, verb - 8), verb) or told_as_past(whole, verb):
            continue
        told = found.group("after") or found.group("before") or found.group("compete")
        field = found.group("field") or found.group("takes")
        if (day := first_date(told or field, published)) is not None:
            return day
    return None


def _show_contests(whole: str) -> bool:
    """Whether the item names a show's contests: a horse show, a ploughing match, a county
    show, a lumberjack sport's contest, a powwow's dance and drum contests (its « concours » is
    one riders, farmers, lumberjacks or dancers enter on the day, the event below, not a contest
    one applies to): the events' own words for them, read as they are."""
    return _stands(SHOW_CONTEST_WORDS, whole) or _stands(POWWOW_WORDS, whole)


# what a page that names a race says of it as run: "the 5K run", "race day", « la course », a
# soapbox's « descente » (its crates, « caisses à savon », are run downhill)
_RACE_RUN_HINTS = (" run", " race", "course", "foulee", "corrida", "a savon", "soapbox", "soap box")


def _race(whole: str) -> bool:
    """Whether the item names a running race (``RACE_WORDS``) as one runs it: its « challenge »
    is run on the day ("It's time for the Mercer Health Lake Festival 5K run. … This chip timed
    race is part of the Mercer Health 5K Challenge"), the event below, not a contest one applies
    to."""
    return any(map(whole.__contains__, _RACE_RUN_HINTS)) and _stands(RACE_WORDS, whole)


def _hackathon_rules(whole: str) -> bool:
    """Whether the item is a hackathon's own rules or terms: "Eligibility … Team size: 1–4
    members … Judging criteria", not a report of one."""
    return (
        "hack" in whole
        and len(set(RULES_MARKS.findall(whole))) >= 2
        and bool(HACKATHON.search(whole))
        and not REPORTED.search(whole)
    )


# a hackathon's own rules: what a team must be and do to take part (two of them at least)
HACKATHON = re.compile(r"\bhackathons?\b")
RULES_MARKS = re.compile(
    r"\b(?:eligibility|team size|teams? (?:may|can|must|should) (?:consist|contain|have|comprise)|"
    r"judging "
    r"(?:criteria|panel|process)|submission requirements|(?:max(?:imum)?|minimum) (?:team size|of "
    r"\d|\d) (?:members|people|persons|participants)|code of conduct|intellectual property|"
    # (an ETH hackathon's "Hacker teams are made up of a maximum of 5 people", "Pre-existing
    # projects allowed")
    r"teams? (?:are|is) made up of|pre-existing (?:projects?|work|code)|"
    # (and PantherHacks' "Competition Rules … Teams are limited to … can be disqualified")
    # (and a challenge platform's "CHALLENGE RULES … Terms and Conditions", "Rules of the
    # hackathon … CHALLENGE REGULATIONS")
    r"teams? (?:are|is) limited to|(?:competition|challenge) rules|challenge regulations|"
    r"(?:can|may|will) be disqualified|rules of the (?:hackathon|challenge)|terms and conditions|"
    # (and a contest's "Official Rules … the conditions and rules for participation")
    r"official rules|(?:conditions|rules) (?:of|for) participation|"
    # (and an expo's hackathon: "Groups can be up to 6 members maximum", "The Organizers …
    # reserve the full right to disqualify")
    r"(?:teams?|groups?) (?:can|may) (?:be|have) up to \d+ (?:members|people|participants)|"
    r"reserves? the (?:full )?right to disqualify)\b"
)
# a page titled as an event's programme: "Agenda", "Schedule", « Programme »
SCHEDULE_TITLE = re.compile(r"agenda|schedule|programme|program|horaires|deroulement")
CHROME_CHARS = 80  # what a page may show above its headline: its menu, the day's date


def _below_chrome(head: str, whole: str) -> int:
    """Where the page's headline stands again below its chrome, a few words after the title
    the item starts with (« Menu / Wed, May 15, 2024 / ‘Digital Nepal Conclave 2023’ kicks
    off »: the site's day is no event's), or 0."""
    if len(head) < 20:
        return 0
    again = whole.find(head[:60], len(head))
    if not 0 < again - len(head) <= CHROME_CHARS:
        return 0
    return again if DATE.search(whole, len(head), again) else 0  # a day in it, no sentence


HEADING_CHARS = 130  # a page's first line at most this long is its heading
# or this long in capitals, a document's title: « APPEL À PROJETS POUR LA MISE EN PLACE DE
# PROGRAMMES D INFORMATION, DE FORMATION ET D INNOVATION EN FAVEUR DE LA MAÎTRISE DE … »
CAPITALS_HEADING_CHARS = 200
# or this long when it names a call by its own words first and its name in quotes right after
# (``_long_heading``; not « Appel à projets pour la mise en place de programmes … » over a
# document site's list of similar documents)
CALL_HEADING_CHARS = 260
_CALL_NAMED_FIRST = re.compile(
    r"(?:appels? a (?:projets?|candidatures?|manifestations? d'interet|propositions?)|aap)\b"
    r"[^.!?«\"“]{0,40}[«\"“]"
)


SECTION_WORDS = 3  # a site's one-word section names above a headline: « Formation / Emploi »


def _heading(text: str) -> str:
    """The text's first line when it is short enough to be a heading (longer in capitals)
    and neither asks nor teaches (« Appel à projets Maisons du Quantique »), else empty; a
    site's section names above it, one word or a menu's bullet, are passed over (« Formation /
    Emploi / Aides / Appel à projets formation professionnelle et égalité hommes-femmes 2021 »,
    « • Industrie et textile / • NTIC / • Régionale / Appel à projets Démonstration … »)."""
    stripped = text.lstrip()
    end = stripped.find("\n")  # no copy of the rest of a long page
    line = first = stripped[:end].strip() if end >= 0 else ""
    for _ in range(SECTION_WORDS if first and _section_name(first) else 0):
        start = end + 1
        while stripped.startswith("\n", start):  # the blank lines between them
            start += 1
        end = stripped.find("\n", start)
        line = stripped[start:end].strip() if end >= 0 else ""
        if not line or not _section_name(line):
            break
    if _section_name(line):
        line = first  # no headline below the section names: the first line, as it stands
    if not line or (len(line) > HEADING_CHARS and not _long_heading(line)):
        return ""
    return "" if GENERAL_TITLE.search(fold(line)) else line


def _long_heading(line: str) -> bool:
    """Whether a first line longer than a heading written in small letters still is one: a
    document's title in capitals, or a call's name, its own words first, its name in quotes and
    no sentence's end (« Appel à Projets Innovation " Décarbonation de la filière : Vers une
    utilisation durable de l'énergie pour les engins de pêche … » above the call's text)."""
    if line.isupper() and len(line) <= CAPITALS_HEADING_CHARS:
        return True
    return (
        len(line) <= CALL_HEADING_CHARS
        and line[:3].lower() in ("app", "aap")  # (most first lines: no fold of the whole line)
        and not line.endswith((".", "!", "?", ":"))
        and bool(_CALL_NAMED_FIRST.match(fold(line)))
    )


# a site's link back to its section above a page's headline: « Retour Partenaires » (not a
# report's « Retour sur le salon »)
_BACK_LINK = re.compile(r"Retour [A-ZÉ][\w'-]*")


def _section_name(line: str) -> bool:
    """Whether a page's line above its headline is a site's section name: one word
    (« Formation »), a menu's bullet (« • Industrie et textile ») or a link back to its
    section (``_BACK_LINK``)."""
    return " " not in line or line.startswith(("•", "·")) or bool(_BACK_LINK.fullmatch(line))


# a call's own document: its cover's line names it with its year alone (« Appel à projets
# 2014 » below the ministry's name), in the page's first lines
_COVER_LINE = re.compile(r"appels? a projets? (?:19|20)\d\d")
COVER_CHARS = 1_500
# a listing's or a category's heading, the calls' plural alone: « Appels à candidatures » above a
# designer's portrait (a call's page names its call: « Appel à candidatures : résidence … »)
_LISTING_HEADING = re.compile(
    r"appels a (?:projets|candidatures)|calls for (?:proposals|applications|projects)"
)


def _cover_line(text: str) -> str:
    """The line of a call's cover in the text's first characters (``_COVER_LINE``), else
    empty."""
    for line in text[:COVER_CHARS].splitlines():
        line = line.strip()  # (its indent is the layout's: « ␣␣␣…␣APPEL A PROJETS 2022 »)
        if len(line) < 40 and _COVER_LINE.fullmatch(fold(line)):
            return line
    return ""


def _programme_days(whole: str) -> list[re.Match[str]]:
    """Where a programme opens on a day with its hour (« Programme 21 Avril 2022 17h00 »), the
    word standing on its own (the pattern starts with the word itself, not a lookbehind, so
    that the regex engine jumps from one « programme » to the next)."""
    return [m for m in PROGRAMME_DAY.finditer(whole) if _word_starts(whole, m)]


def _word_starts(whole: str, match: re.Match[str]) -> bool:
    """Whether ``match`` starts a word (its pattern starts with the word itself rather than a
    boundary or a lookbehind, so that the regex engine jumps from one first letter to the next:
    the boundary is checked here)."""
    return match.start() == 0 or not whole[match.start() - 1].isalnum()


# a day the item says is to come: « le 4 juin prochain »
_PROCHAIN = re.compile(r"(?<=\w)\W{1,3}prochaine?s?\b")
# the head of a list or a span ending on that day: « les 29 et 30 avril prochains », « les 2, 3
# et 4 octobre prochains »
_SPAN_HEAD = re.compile(
    r"\b(?:les |du |des )?\d{1,2}(?:er)?(?:, \d{1,2}(?:er)?)* ?(?:et|au|&|-|–) ?$"
)


def _coming_day(whole: str, named: list[EventWords], published: date) -> tuple[str, date] | None:
    """An event on a day its sentence says is to come: « Le 4 juin prochain, Valfrance et la
    chambre d'agriculture vont proposer une visite … sous forme de webinaire » (the event's
    label and its day)."""
    for coming in _PROCHAIN.finditer(whole):  # the dates right before « prochain » only
        base = max(0, coming.start() - 40)
        found = next(
            (m for m in DATE.finditer(whole, base, coming.start()) if m.end() == coming.start()),
            None,
        )
        if found is None or is_past(whole, found):
            continue  # (not « cette 39e édition devait se tenir du 4 au 7 octobre prochains »)
        if event := _sentence_event(whole, found, named):
            head = _SPAN_HEAD.search(whole, max(0, found.start() - 20), found.start())
            when = first_date(
                whole[head.start() if head else found.start() : found.end()], published
            )
            return (event.label, when) if when is not None else None
    return None


# a day with its weekday: « Samedi 8 octobre débarque à l'UGA … l'hackasens, ou hackathon du
# sens », "on Thursday, March 5" (and « mercredi prochain, le 20 mai, à la 3ème Journée
# Installation-Transmission »)
# (the names stand first, their word boundary checked by ``_word_starts``)
_WEEKDAY_DAY = re.compile(rf"(?:{DAY_NAMES})(?: prochain)?,? (?=\d|(?:le |the )?\d)")


# an English clock time or its span before a bare weekday: "from 3 to 6 p.m.", "at 7 p.m.",
# "from noon to 4 p.m." (its last word a.m., p.m., noon or midnight)
_CLOCK = (
    r"(?:(?:from|at|between) )?(?:noon|\d{1,2}(?::\d\d)?)(?: ?[ap]\.m\.)?"
    r"(?: ?(?:to|-|–|until|and) ?(?:noon|midnight|\d{1,2}(?::\d\d)?)(?: ?[ap]\.m\.)?)?"
    r"(?:(?<=m\.)|(?<=noon)|(?<=night)),? "
)
# a bare weekday right after the verb that announces the event: « Le 36e grand prix rapide
# d'échecs aura lieu lundi, à la Maison du temps libre », its hours between them ("will be held
# from 3 to 6 p.m. Saturday at the community center") (not « lundi 1er mai », a day read for
# itself, nor "Saturday, April 20", nor « lundi prochain »)
_BARE_WEEKDAY = re.compile(
    rf" (?:{_CLOCK})?(?:ce |le |on |this )?({DAY_NAMES})\b"
    rf"(?!,? (?:\d|le \d|prochain|(?:{MONTH_NAMES})\b))"
)


# a weekday given with its date: « le vendredi 17 novembre », « Lundi 1er mai »
_WEEKDAY_THEN_DAY = re.compile(rf"\b({DAY_NAMES}),? (?=\d)")
# what a host will hold named first, then a bare weekday ending its clause: "will host a town
# hall meeting for area residents Saturday.", "are holding a book sale Saturday." (not "…
# Saturday, March 26", a date read for itself)
_WILL_HOST = (
    "will host", "will hold", "is hosting", "are hosting", "is holding", "are holding",
    "will be hosting", "will be holding",
)  # fmt: skip
_NAMED_THEN_WEEKDAY = re.compile(
    rf"\s+(?:[\w'&-]+ ){{1,8}}?(?:on )?({DAY_NAMES})\b(?=\s*(?:[.;:!?]|$| (?:at|in|from)\b))"
)
# how far before the announcing verb a dated weekday is looked for (about two sentences)
_WEEKDAY_AFTER_NEAR = 300


def _bare_weekday_ahead(whole: str, weekday: str, published: date) -> date | None:
    """The next such day for a bare weekday after a verb of the future ("will take place
    Saturday", "will host … Saturday."), the page giving no weekday its date (where it gives
    one, another weekday is no guide: « aura lieu lundi … Samedi 8 mai »)."""
    return None if _WEEKDAY_THEN_DAY.search(whole) else next_weekday(weekday, published)


def _weekday_date(
    whole: str, weekday: re.Match[str], published: date, edition: int | None
) -> date | None:
    """The day a weekday given with its date stands for (``_WEEKDAY_THEN_DAY``), unless that day
    is told as past."""
    found = DATE.match(whole, weekday.end())
    if found is None or is_past(whole, found) or told_as_past(whole, found.start()):
        return None
    return first_date(whole[weekday.start() : found.end()], published, edition)


def _weekday_dated(whole: str, weekday: str, published: date, edition: int | None) -> date | None:
    """The day a bare weekday names where the item gives that weekday with its date, as a
    local paper's practical line does below its text (« aura lieu lundi » above « Lundi 1er mai,
    à la maison du temps libre. Inscriptions … »); a day told as past is no such day."""
    for again in _WEEKDAY_THEN_DAY.finditer(whole):
        if (
            again.group(1) == weekday
            and (when := _weekday_date(whole, again, published, edition)) is not None
        ):
            return when
    return None


def _weekday_after(
    whole: str, weekday: str, before: int, published: date, edition: int | None
) -> date | None:
    """The day a bare weekday names the week of another weekday the item dates just before (« Les
    vendeurs … pourront déposer leurs affaires le vendredi 17 novembre … La véritable bourse se
    tiendra le samedi » is Saturday the 18th): the first such weekday after that day, within the
    week; a day told as past is no such day."""
    dated = list(_WEEKDAY_THEN_DAY.finditer(whole, max(0, before - _WEEKDAY_AFTER_NEAR), before))
    if not dated or (last := dated[-1]).group(1) == weekday:
        return None
    if (day := _weekday_date(whole, last, published, edition)) is None:
        return None
    return day + timedelta(days=(WEEKDAYS[weekday] - day.weekday()) % 7)


# the head of a span whose last day is given with its weekday: « de vendredi 13 à », « du 2 au »
_WEEKDAY_SPAN_HEAD = re.compile(rf"\b(?:du|de) (?:(?:{DAY_NAMES}) )?\d{{1,2}}(?:er)? (?:au|a) $")


def _weekday_day(
    whole: str,
    named: list[EventWords],
    published: date,
    told_days: Callable[[], set[tuple[int, int]]],
) -> tuple[str, date] | None:
    """An event on a day given with its weekday, in a sentence that names the event and does
    not report it (« Samedi 8 octobre débarque à l'UGA la première édition de l'hackasens, ou
    hackathon du sens »): the event's label and its day. ``told_days``: the days the text tells
    as past (``days_told_as_past``), read once by the caller, when first needed."""
    for weekday in _WEEKDAY_DAY.finditer(whole):
        if not _word_starts(whole, weekday):
            continue
        # (a list of days with their weekdays read whole, from its first: « Mardi 28 et mercredi
        # 29 mars 2017, près de 900 professionnels … défileront au salon » is on the 28th)
        found = DAY_LIST.match(whole, weekday.start()) or DATE.match(whole, weekday.end())
        if found is None or ends_there(whole, weekday.start()):
            continue  # « jusqu'au lundi 12 mars »: a window's last day
        if (event := _sentence_event(whole, found, named)) is None:
            continue
        if day_month(found) in told_days():
            continue  # a heading's « vendredi 20 juin 2025 » that « a organisé, les 19 et 20 juin »
        # a span's last day: its first (« de vendredi 13 à dimanche 15 juin »)
        head = _WEEKDAY_SPAN_HEAD.search(whole, max(0, weekday.start() - 30), weekday.start())
        when = first_date(
            whole[head.start() if head else weekday.start() : found.end()], published, None
        )
        # (not « a réuni en ligne mercredi 10 et jeudi 11 mars »: told as past)
        if (
            when is not None
            and not is_past(whole, found)
            and not told_as_past(whole, found.start())
        ):
            return event.label, when
    return None


# a sentence's opening day, its verb in the future: « Le 24 janvier, des praticiens des cinq
# continents … interagiront et présenteront leurs approches » (where a sentence opens on a day;
# with its weekday: « Dimanche 1er novembre 2009, la pomme, le cidre et le fromage seront à
# l'honneur »)
# (and a list of days: « Les 22, 23 et 24 septembre, La Fête de la gastronomie … se déclinera »)
# (group 1: a list's days before its last, which the date pattern matches: « 22, 23 et » before
# « 24 septembre »; a span's first day with its « au », « 15 au » before « 18 mai »; empty for a
# single day)
_OPENING_DAYS = (
    rf"(?:le |les |on |du )?(?:(?:{DAY_NAMES}),? )?"
    # (and a span's first day: « Du 15 au 18 mai, le parc des expositions … accueillera la
    # deuxième édition du Toulouse Space Festival »)
    rf"((?:\d{{1,2}}(?:er)?(?:, | et | & ))*|\d{{1,2}}(?:er)? au (?:(?:{DAY_NAMES}) )?)"
    rf"(?=\d{{1,2}}(?:er|st|nd|rd|th)? (?:{MONTH_NAMES})\b|(?:{MONTH_NAMES})\.? \d)"
)
# (and after « Cette année (encore), »: « Cette année encore, du 19 au 22 octobre, tous les
# métiers … seront représentés »)
_OPENING_DAY = re.compile(rf"(?:^|[.!?]\s+)(?:cette annee(?: encore)?, )?{_OPENING_DAYS}")
# (and after a dateline's year near the page's top, its date glued to its lead: « 19 novembre
# 2025Du 2 au 5 juin 2026, le salon … fera son grand retour »; looked for in its first
# ``DATELINE_CHARS`` characters only: a lookbehind tried at every place of a long page costs)
_DATELINE_DAY = re.compile(rf"(?<=\d{{4}}) ?{_OPENING_DAYS}")
DATELINE_CHARS = 400
_FUTURE_VERB = re.compile(r"\b\w+(?:eront|iront|dront|era|ira|dra)\b|\bwill\b")
# or « prochain » after the day, whatever the verb: « Du 15 au 20 octobre prochain, une armada de
# bateaux est attendue » (the salon named further down)
_PROCHAIN_COMMA = re.compile(r" prochaine?s?,")


def _day_opening_future(whole: str, published: date) -> date | None:
    """A day that opens a sentence told in the future (or said « prochain »), a comma after
    it (in an item that names an event and reports none: its day; not « Le 4 décembre
    prochain, les résultats seront publiés. Un webinaire a eu lieu. »)."""
    openings = in_order(
        _OPENING_DAY.finditer(whole), _DATELINE_DAY.finditer(whole, 0, DATELINE_CHARS)
    )
    for opening in openings:
        found = DATE.match(whole, opening.end())
        if found is None:
            continue
        coming = _PROCHAIN_COMMA.match(whole, found.end())  # « Du 15 au 20 octobre prochain, »
        # (the comma after it, or the one an English date takes with it: "On August 3, the …")
        comma = whole.startswith(",", found.end()) or found.group(0).endswith(",")
        if not (coming or comma) or is_past(whole, found):
            continue  # "On 19 May 2021, DIGITAL SME held a workshop titled « … will … »"
        end = SENTENCE_BREAK.search(whole, found.end())
        if not coming and not _FUTURE_VERB.search(
            whole, found.end(), end.start() if end else len(whole)
        ):
            continue
        if REPORTED.search(whole):
            return None
        if (day := first_date(whole[opening.start(1) : found.end()], published)) is not None:
            return day  # (a list's first day: « Les 22, 23 et 24 septembre, … » on the 22nd)
    return None


def _sentence_event(whole: str, found: re.Match[str], named: list[EventWords]) -> EventWords | None:
    """The event ``named`` in the sentence of the date ``found`` (not one it reports: « s'est
    tenu »), if any."""
    sentence = whole[slice(*_sentence_bounds(whole, found.start(), found.end()))]
    if REPORTED.search(sentence):
        return None
    return _first_named(named, sentence)


def _earliest_named(named: list[EventWords], whole: str) -> str:
    """The label of the event of ``named`` that the item names first (its words' first place),
    else the declared events' own label."""
    places = [
        (found.start(), event.label)
        for event in named
        if (found := re.search(event.pattern, whole)) is not None
    ]
    return min(places)[1] if places else DECLARED_LABELS["event"]


def _first_named(named: list[EventWords], text: str) -> EventWords | None:
    """The first event of ``named`` whose words stand in ``text`` (not one read in titles
    only)."""
    return next((e for e in named if not e.title_only and re.search(e.pattern, text)), None)


def call_words_named(title: str, text: str, body: str = "") -> str | None:
    """Which call's words an item holds, announced or not (what a call the model reads needs
    when the item gives no closing date): "own" when a call's own words stand (« appel à
    projets », « subvention »…), "common" when only words news use too do ("to challenge
    AWS", "funding", "award": a call only with an invitation; and a call's own words in the
    plural, "open calls", "calls for proposals", as a page that explains how calls go names
    them), else None. Read in one pass."""
    raw = _read_text(title, text, body)
    whole = fold(raw)
    head = fold(title)
    common = False
    for words in CALLS:
        if words.invited_only and common:
            continue  # one common word is enough to know
        if said := _call_words(words, title, head, raw, whole)[0]:
            if not words.invited_only and not _PLURAL_CALLS.match(said.lower()):
                return "own"
            common = True
    return "common" if common else None


def event_words_named(title: str, text: str, body: str = "") -> bool:
    """Whether an item names an event (« webinaire », « salon », "summit"…, a title-only word
    in its title), announced or not (what an event the model reads needs to be taken at the
    model's first confidence)."""
    whole = fold(_read_text(title, text, body))
    head = fold(title)
    return any(re.search(e.pattern, head if e.title_only else whole) for e in _events_hinted(whole))


def _may_stand(words: EventWords, whole: str) -> bool:
    """Whether an event's words may stand in ``whole``: one of its hints is in it (or it has
    none)."""
    return words.hints is None or any(map(whole.__contains__, words.hints))


def _stands(words: EventWords, whole: str) -> bool:
    """Whether an event's words stand in ``whole`` (looked for only where a hint of theirs is)."""
    return _may_stand(words, whole) and bool(re.search(words.pattern, whole))


def _events_hinted(whole: str) -> list[EventWords]:
    """The events whose words may stand in ``whole``."""
    return [e for e in EVENTS if _may_stand(e, whole)]


# a call that says it stays open, its first winners named: « Cet appel à projets reste ouvert
# jusqu'au 18 octobre prochain et bénéficiera d'un second relevé », "the call remains open until"
_STILL_OPEN = re.compile(
    # (and « Ces dispositifs restent ouverts et ont été reconduits jusqu'au 7 septembre 2021 »)
    r"\b(?:appel|appels|call|calls|candidatures|applications|guichet|dispositifs?)\b[^.!?]{0,40}?"
    r"(?:\b(?:reste|restent|demeure|demeurent) (?:encore )?ouverte?s?(?: et (?:ont ete|sont|a "
    r"ete|est) (?:reconduite?s?|prolongee?s?))? jusqu'(?:au|a)\b|"
    r"\bremains? open (?:until|till|through)\b)|"
    # « un solde d'enveloppe de 15 000€ permet de poursuivre l'appel à projet jusqu'au 31 août »
    r"\b(?:poursuivre|prolonger) l'appel(?: a (?:projets?|candidatures?))? jusqu'(?:au|a)\b"
)


# the kinds of call a new round or a new call is named by, after « appel(s) »: « … à projets »,
# « … à candidatures », « … à manifestation d'intérêt »
_CALL_KINDS = r"a (?:projets?|candidatures?|manifestation d'interet)\b"
# a new round of a call announced: « un nouvel appel à projets », « le second appel à
# candidatures », "a second call for proposals" (not « ce nouvel appel à projets vise à … », the
# call itself, whose selected projects a results page counts)
_NEW_ROUND = re.compile(
    rf"\b(?:un|le) (?:nouvel|second|deuxieme|troisieme|quatrieme) appel {_CALL_KINDS}|"
    r"\b(?:a|the) (?:new|second|third|fourth) call for\b|"
    # a prize's new edition launched: « La cinquième édition des trophées « Madame artisanat »
    # est lancée. L'an dernier, plus de 460 candidatures ont été déposées »
    r"\bedition [^.!?]{0,60}?\b(?:est|a ete) (?:officiellement )?lancee\b|"
    # (and its launcher first: « Fort du succès de la première édition …, la DSR lance la deuxième
    # édition du Prix innovation sécurité routière »)
    r"\blance(?:nt)? (?:la|sa|leur|une) (?:nouvelle|deuxieme|seconde|troisieme|quatrieme|"
    r"cinquieme|\d+e) edition\b"
)
# an earlier edition named before a closing cue in its sentence: « Fort du succès de la première
# édition du Prix …, qui a récompensé 4 lauréats en février dernier » (that edition's winners,
# where a new one is launched: ``_over``)
_EARLIER_EDITION = re.compile(
    r"\b(?:(?:premiere|precedente|derniere) edition|edition precedente)\b[^.!?]{0,80}$"
)


# new calls a results title names beside the winners: « France 2030 : premiers lauréats et 2
# nouveaux appels à projets », « lauréats du premier appel et nouvel appel à candidatures »
_NEW_CALLS_TITLED = re.compile(
    rf"\bet (?:(?:un|deux|trois|\d) )?nouv(?:el|eaux) appels? {_CALL_KINDS}"
)
# and a new call launched in the same breath as an earlier one's winners, in the text: « les
# ministres … ont dévoilé les 10 premiers lauréats de l'appel à projets « … », et lancé l'appel à
# projets « Mixité … » » (looked for only where « et lancé » stands)
_LAUNCHED_BESIDE = re.compile(
    rf"\bet (?:ont |a )?lance (?:l'|le |un (?:nouvel )?)appel {_CALL_KINDS}"
)


# a contest its lead tells as held: « Le dimanche 5 mai a eu lieu le Concours Suisse d'Accordéon à
# Prilly » (looked for where « a eu lieu » stands in the lead)
_HELD_LEAD = re.compile(
    r"\ba eu lieu (?:le |la |l')(?:[\w'-]+ ){0,2}?(?:concours|competition|trophee|challenge)\b"
)


def _over(head: str, whole: str, heading: str = "") -> bool:
    """Whether the call an item names is over: its title gives its winners (``head``, the
    folded title: « lauréats », "winners"; or ``heading``, the page's folded first line: « Résultats
    de l'appel à candidatures »), it says it is closed ("We are no longer accepting
    applications for this RFP"), or it is a tender's award notice (« avis d'attribution »,
    "Contract Award Notice"; most items hold none of these words: not scanned)."""
    if RESULTS_TITLE.search(head) or (heading and RESULTS_HEADING.match(heading)):
        # (not when the text says the call stays open for another round: « 11 projets
        # sélectionnés … Cet appel à projets reste ouvert jusqu'au 18 octobre »; nor when the
        # title gives new calls beside the winners: « premiers lauréats et 2 nouveaux appels à
        # projets »)
        return not (
            (("jusqu'" in whole or "open" in whole) and _STILL_OPEN.search(whole))
            or any("nouve" in line and _NEW_CALLS_TITLED.search(line) for line in (head, heading))
        )
    if (
        any(map(whole.__contains__, CLOSED_HINTS))
        and (closed := CLOSED.search(whole))
        and not ("et lance" in whole and _LAUNCHED_BESIDE.search(whole))
    ):
        # (not when its only cues are an earlier round's applications counted where a new round
        # is announced: « 288 dossiers avaient été reçus. Une nouvelle vague est attendue après la
        # publication … d'un nouvel appel à projets »; nor the applications counted so far where
        # the call goes on: « D'ores et déjà 5 projets ont été déposés, un solde d'enveloppe …
        # permet de poursuivre l'appel à projet jusqu'au 31 août »; every cue read only then)
        # (nor an earlier edition's winners told where a new edition is launched: « Fort du
        # succès de la première édition … qui a récompensé 4 lauréats …, la DSR lance la
        # deuxième édition »)
        if not (_earlier_round(whole, closed) and _goes_on(whole)):
            return True
        if any(not _earlier_round(whole, m) for m in CLOSED.finditer(whole, closed.end())):
            return True
    if any(map(whole.__contains__, CLOSED_BRACKET_HINTS)) and CLOSED_BRACKET.search(whole):
        return True  # « [Clôturé] Appel à projets … »
    if any(map(whole.__contains__, CLOSED_STATUS_HINTS)) and CLOSED_STATUS.search(whole):
        return True  # « Appel à projets clos » above the call's text
    if (
        " dernier" in whole
        and ("clotur" in whole or "clos le" in whole)
        and CLOSED_PAST_DAY.search(whole)
        and not _goes_on(whole)
    ):
        return True  # « … cet appel à projets, clôturée le 30 mars dernier, a donné lieu … »
    if closed_below_title(head, whole):
        return True  # "ΕUROSTARS Cyprus Call / Closed": a portal's call page, its status
    return ("award notice" in whole or "avis d'attribution" in whole) and bool(
        AWARDED.search(whole)
    )


def _earlier_round(whole: str, cue: re.Match[str]) -> bool:
    """Whether a closing cue in ``whole`` may be an earlier round's: applications counted
    (« 288 dossiers avaient été reçus »), or winners told of an edition named before it in its
    sentence (« la première édition … qui a récompensé 4 lauréats »)."""
    return bool(
        COUNTED_APPLICATIONS.fullmatch(cue.group(0))
        or _EARLIER_EDITION.search(whole, max(0, cue.start() - 100), cue.start())
    )


def _goes_on(whole: str) -> bool:
    """Whether a page whose call closed says it goes on: a new round announced (``_NEW_ROUND``)
    or the call still open (``_STILL_OPEN``)."""
    return bool(_NEW_ROUND.search(whole) or _STILL_OPEN.search(whole))


def _own_page(whole: str) -> bool:
    """An event's own page that does not give its day: how to attend (« Lieu : », « Entrée
    libre », "Register now"), no report's words, and no day at all (a page whose days are
    all past is a past event's)."""
    return bool(PRACTICAL.search(whole)) and not REPORTED.search(whole) and not states_a_day(whole)


# a month to come, and what will happen in it in its sentence: « En avril 2025, des bitcoiners …
# convergeront à Douala », "In May 2026, the summit will gather" (a verb in the future)
_MONTH_TO_COME = re.compile(rf"\b(?:en|in) (?:({MONTH_NAMES}) )?(20\d\d)\b")
_FUTURE = re.compile(r"\b\w+(?:ra|ront)\b|\bwill\b")


# an event announced as soon to come: « Kinshasa s'apprête à accueillir son premier Symposium »,
# « l'organisation prochaine, à Kinshasa, du tout premier Symposium », « à la Maison de l'Europe
# à Sofia se tiendra une Conférence internationale » (the subject after its verb to come)
_SOON = re.compile(
    r"\bs'appret\w* a (?:accueillir|organiser|abriter)\b|\borganisation prochaine\b|"
    r"\b(?:se tiendr(?:a|ont)|aur(?:a|ont) lieu) (?:une?|des) |"
    # « Les premiers « marchés des producteurs de pays » auront lieu dans quelques semaines »
    r"\b(?:se tiendr(?:a|ont)|aur(?:a|ont) lieu) dans (?:quelques|les prochaine?s) "
    r"(?:jours|semaines)\b|"
    # a hackathon launched, its teams to compete: "Pakistan on Monday launched an artificial
    # intelligence (AI) ‘techathon’"
    r"\blaunch(?:es|ed)? (?:an?|the|its) (?:\S+ ){0,5}?\W?(?:hack|tech|dat)athons?\b|"
    # "The event is planned to take place at the GEM Centre"
    r"\b(?:is|are) (?:planned|set|scheduled|due) to (?:take place|be held)\b|"
    # "The World Artificial Intelligence Conference, which will be held this weekend in Beijing"
    r"\b(?:will be held|will take place) this (?:weekend|week|month)\b"
)
_SOON_HINTS = (
    "appret", "prochaine", "se tiendr", "aura lieu", "auront lieu", "athon", "to take place",
    "to be held", "held this", "place this",
)  # fmt: skip


def _announced_without_day(whole: str, published: date) -> bool:
    """Whether the item announces its event to come without its day: in a month or a year to come
    (« En avril 2025, … convergeront », « Montréal accueillera en 2019 une conférence »), or soon
    (« s'apprête à accueillir »); read where the item gives no day to come (a title's event
    without one)."""
    if any(map(whole.__contains__, _SOON_HINTS)) and _SOON.search(whole):
        return True
    if not any(map(whole.__contains__, ("en ", "in "))):
        return False
    for match in _MONTH_TO_COME.finditer(whole):
        year = int(match.group(2))
        month = MONTHS[match.group(1)] if match.group(1) else 12  # a year: to come only after
        if (year, month) <= (published.year, published.month):
            continue
        # a verb in the future in its sentence, before or after it: « Montréal accueillera en
        # 2019 une importante conférence »
        begin = max(whole.rfind(". ", 0, match.start()) + 1, match.start() - 120)
        end = whole.find(". ", match.end())
        if _FUTURE.search(whole, begin, end if 0 <= end < match.end() + 120 else match.end() + 120):
            return True
    return False


def _repeats(summary: str, body: str) -> bool:
    """Whether the summary is only the page's first lines (the collector's summary of a page
    it fetched: its first 400 characters): read once, in the page, where a sentence goes
    on past the summary's cut (« Le 9 novembre, une conférence … | a été organisée »)."""
    head = fold(summary.rstrip().removesuffix("…"))
    return bool(head and body) and fold(body[: 2 * len(summary) + 100]).startswith(head)


def _invited(text: str) -> bool:
    """An invitation to answer in ``text`` (« qui peut candidater ? »), not a denial of one
    ("cities are not eligible to apply")."""
    rare = chain.from_iterable(  # looked for only when the common ones are not there
        pattern.finditer(text)
        for hints, pattern in INVITED_RARE
        if any(map(text.__contains__, hints))
    )
    matches = chain(INVITED.finditer(text), rare)
    return any(
        text[max(0, m.start() - 4) : m.start()] != "not "
        # (not a round's history: "All 50 States … were invited to apply for STEP grant awards")
        and not (
            m.group(0).startswith("invited") and text.endswith((" were ", " was "), 0, m.start())
        )
        # (not "is temporarily suspending the open application process")
        and not _SUSPENDED.search(text, max(0, m.start() - 40), m.start())
        and not (
            m.group(0).startswith(("application process", "application period"))
            and _ANY_ONE.search(text, max(0, m.start() - 30), m.start())
        )
        for m in matches
    )


def _outside_definitions(whole: str) -> str:
    """``whole`` without the sentences that define a kind of call (``_DEFINES_A_KIND``): "A
    Request for Proposals (RFP) is a formal document issued by a business or organization to
    solicit proposals" invites no one (its invitation's words are the definition's)."""
    kept, last = [], 0
    for defined in _DEFINES_A_KIND.finditer(whole):
        start, stop = _sentence_bounds(whole, defined.start(), defined.end(), last)
        kept.append(whole[last:start])
        last = stop
    kept.append(whole[last:])
    return " ".join(kept)


def _sentence_bounds(text: str, start: int, end: int, floor: int = 0) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` begins (not before ``floor``) and ends."""
    begin = max((m.end() for m in SENTENCE_BREAK.finditer(text, floor, start)), default=floor)
    stop = SENTENCE_BREAK.search(text, end)
    return begin, stop.start() if stop else len(text)


# applications paused: "The Ethereum Foundation is temporarily suspending the open application
# process"
_SUSPENDED = re.compile(r"\b(?:suspend|paus|halt)\w*(?: [\w'-]+){0,3} $")
# any application process, not a call's: "Have a lean, well-documented application process"
_ANY_ONE = re.compile(r"\ban? (?:[\w-]+,? ){0,2}$")
