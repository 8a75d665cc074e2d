"""Opportunities and agenda: the calls for projects and events the recent items announce,
still open, soonest first; for the bulletin's « Appels à projets & agenda », the agenda
page and its ICS feed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlsplit

from veille.analyse.agenda_events import AGENDA_LABELS
from veille.analyse.agenda_model import (
    BACKGROUND,
    MIN_EXAMPLES,
    AgendaModel,
    Check,
    Example,
    cross_check,
    document,
    learnt,
    signature,
)
from veille.analyse.opportunities import (
    BODY_CHARS,
    LEAD_CHARS,
    Opportunity,
    detect,
    reading,
)
from veille.analyse.records import TrendRow
from veille.app.vulnerabilities import VulnerabilityFacade
from veille.bulletin.records import IssueRecord
from veille.bulletin.rules import AgendaRow, agenda_order, check_editable
from veille.curation.rules import User
from veille.errors import BulletinError
from veille.storage.themes import TrendStore

LOOK_BACK = 120  # days of items read for calls and events
UNDATED_FOR = 30  # days a call without a closing date stays listed after its publication
AGENDA_ROWS = 10  # rows of the bulletin's section at most
PAGE_BATCH = 500  # items whose page text is loaded at once
CHECK_AGAIN = 5  # readings more or fewer before the agenda checks itself again (or 5 %)


class AgendaFacade(VulnerabilityFacade):
    # what each item announces, read once per item, title and source declaration (the board
    # and each preview ask again): by the rules, and by what was learnt, for the model in use
    _read_opportunities: dict[tuple[int, str, str | None], Opportunity | None] | None = None
    _read_learnt: dict[tuple[int, str, str | None], Opportunity | None] | None = None
    _agenda_model: AgendaModel | None = None
    _agenda_model_of: str | None = None  # the readings it learnt from, in short
    _agenda_readings_stamp: tuple[int, datetime | None] | None = None  # and their stamp
    _agenda_learnt_from: tuple[list[Example], list[Example]] = ([], [])  # readings, unread
    _agenda_check: Check | None = None  # the agenda's check on the readings, when made

    def agenda_model(self) -> AgendaModel | None:
        """What the agenda learnt from people's readings of items (« Ce que l'article
        annonce »), trained again when they change; None until enough items are read. The
        readings are read again only when their stamp (how many, the last one's time)
        changes: one small query for each page that shows the agenda."""
        self.ensure_schema()
        store = TrendStore(self._engine)
        stamp = store.agenda_readings_stamp()
        if stamp == self._agenda_readings_stamp:
            return self._agenda_model
        examples = []
        for title, summary, lead, label, published in store.agenda_read_items(LEAD_CHARS):
            if label and label not in AGENDA_LABELS:
                continue  # a kind this version no longer offers
            kind = AGENDA_LABELS[label] if label else "none"
            examples.append(Example(title, f"{summary} {lead}", kind, published.date()))
        learnt_from = signature(examples)
        if learnt_from != self._agenda_model_of:
            background = self._agenda_background() if len(examples) >= MIN_EXAMPLES else []
            self._agenda_learnt_from = (examples, background)
            self._agenda_model = AgendaModel.train(examples, background)
            self._agenda_model_of = learnt_from
            self._read_learnt = None  # the rules' readings stay
        self._agenda_readings_stamp = stamp
        return self._agenda_model

    def agenda_check(self) -> Check | None:
        """How well the agenda reads the items partners read, each by a model that did not
        learn from it (five folds), when asked (the agenda page); made again once the
        readings have grown or shrunk by a twentieth (five at least) since the last check,
        not at every reading: it trains five models, seconds for thousands of readings.
        None until enough items are read."""
        if self.agenda_model() is None:
            return None
        readings = len(self._agenda_learnt_from[0])
        check = self._agenda_check
        if check is None or abs(readings - check.readings) >= max(CHECK_AGAIN, readings // 20):
            check = self._agenda_check = cross_check(*self._agenda_learnt_from)
        return check

    def _agenda_background(self) -> list[Example]:
        """The network's recent items nobody read and the rules find nothing in (what its
        ordinary news looks like), for the model to learn from as neither; read when the
        model is trained, not as items arrive."""
        store = TrendStore(self._engine)
        rows = store.rows(store.agenda_unread(2 * BACKGROUND))  # a few announce something
        pages = store.page_texts([r.id for r in rows], BODY_CHARS)
        unread = []
        for r in rows:
            page = pages.get(r.id, "")
            if detect(r.title, r.summary, r.published_at.date(), page) is None:
                unread.append(Example(r.title, f"{r.summary} {page[:LEAD_CHARS]}", "none"))
        return unread[-BACKGROUND:]  # the most recent (rows come by id)

    def _opportunities(self, rows: list[TrendRow]) -> dict[int, Opportunity | None]:
        """What each item announces, in its summary and, when the collector fetched its
        page, in the page's text: by the rules, then, for an item they find nothing in, by
        what was learnt from people's readings."""
        model = self.agenda_model()
        if self._read_opportunities is None:
            self._read_opportunities = {}
        if self._read_learnt is None:  # none yet, or the model changed
            self._read_learnt = {}
        ruled, learnt_ = self._read_opportunities, self._read_learnt
        if len(ruled) + len(rows) > 200_000:
            ruled.clear()
            learnt_.clear()

        def key(r: TrendRow) -> tuple[int, str, str | None]:
            return (r.id, r.title, r.announces)

        todo = [
            r
            for r in rows
            if key(r) not in ruled
            or (model is not None and ruled[key(r)] is None and key(r) not in learnt_)
        ]
        store = TrendStore(self._engine)
        for start in range(0, len(todo), PAGE_BATCH):  # a few MB of page text at a time
            batch = todo[start : start + PAGE_BATCH]
            pages = store.page_texts([r.id for r in batch], BODY_CHARS)
            for r in batch:
                if key(r) not in ruled:
                    ruled[key(r)] = detect(
                        r.title, r.summary, r.published_at.date(), pages.get(r.id, ""), r.announces
                    )
            missed = [r for r in batch if ruled[key(r)] is None and key(r) not in learnt_]
            if model is None or not missed:
                continue
            docs = [document(r.title, r.summary, pages.get(r.id, "")) for r in missed]
            for r, (kind, confidence) in zip(missed, model.kinds(docs), strict=True):
                page = pages.get(r.id, "")
                learnt_[key(r)] = learnt(
                    kind, confidence, r.title, r.summary, r.published_at.date(), page
                )
        # the learnt readings are dropped whenever the model changes (none without one)
        return {r.id: ruled[key(r)] or learnt_.get(key(r)) for r in rows}

    def agenda(self, day: date | None = None, until: datetime | None = None) -> list[AgendaRow]:
        """Calls and events announced by items published before ``until`` (now) and still
        open on ``day`` (today): a closing date or event day from ``day`` on, or a call
        without a date published in the last 30 days. Soonest first."""
        self.ensure_schema()
        today = day or self.now().date()
        since = datetime.combine(today - timedelta(days=LOOK_BACK), time(), UTC)
        store = TrendStore(self._engine)
        recent = [r for r in store.recent(since) if until is None or r.published_at < until]
        announced = self._opportunities(recent)
        for item_id, (label, when) in store.agenda_readings([r.id for r in recent]).items():
            announced[item_id] = reading(label, when)  # a person's reading wins
        rows = []
        for r in recent:
            found = announced[r.id]
            if found is None:
                continue
            if found.day is None:
                if r.published_at.date() < today - timedelta(days=UNDATED_FOR):
                    continue
            elif found.day < today:
                continue  # a past deadline is never proposed
            rows.append(
                AgendaRow(
                    r.id, found.label, found.kind, r.title, r.url, r.outlet, found.day, r.themes
                )
            )
        return sorted(rows, key=agenda_order)

    def agenda_labels(self) -> list[str]:
        """What a person may say an item announces: the calls' and the events' kinds."""
        return list(AGENDA_LABELS)

    def item_agenda(self, item_id: int) -> tuple[Opportunity | None, bool]:
        """What the agenda reads in an item, and whether a person said it (over the
        detector)."""
        self.ensure_schema()
        store = TrendStore(self._engine)
        said = store.agenda_readings([item_id]).get(item_id)
        if said is not None:
            return reading(*said), True
        row = next((r for r in store.rows([item_id])), None)
        return (self._opportunities([row])[item_id] if row else None), False

    def items_agenda_set(
        self, user: User, item_id: int, label: str, day: date | None
    ) -> Opportunity | None:
        """A partner corrects what an item announces for the agenda: a call or an event
        (``label``) with its closing date or day, or nothing (``label`` empty). It wins
        over the detector's reading, in the agenda, its feed and the next issues."""
        user.require("label")
        self.ensure_schema()
        if label and label not in AGENDA_LABELS:
            raise BulletinError(f"type inconnu pour l'agenda : « {label[:40]} »")
        if label and day is None:
            raise BulletinError("donnez la date : la clôture d'un appel ou le jour d'un événement")
        now = self.now()
        author = f"{user.name} ({user.partner_id or 'admin'})"
        TrendStore(self._engine).set_agenda_reading(item_id, label, day, author, now)
        detail = f"{label}, {day.isoformat()}" if label and day else ""
        self._curation.log(item_id, "agenda", detail, now, user.id, user.partner_id)
        return reading(label, day)

    def agenda_for(self, record: IssueRecord) -> tuple[AgendaRow, ...]:
        """« Appels à projets & agenda » of an issue: what its period's items and the weeks
        before announce, still open today, less what the editor took out."""
        hidden = set(record.agenda_hidden or ())
        rows = [r for r in self._agenda_until(record) if r.item_id not in hidden]
        return tuple(rows[:AGENDA_ROWS])

    def _agenda_until(self, record: IssueRecord) -> list[AgendaRow]:
        return self.agenda(
            until=datetime.combine(record.period_end + timedelta(days=1), time(), UTC)
        )

    def agenda_hidden(self, record: IssueRecord) -> list[AgendaRow]:
        """The rows the editor took out of the issue's agenda (to put them back)."""
        hidden = set(record.agenda_hidden or ())
        if not hidden:  # most drafts: no second pass over the agenda's items
            return []
        return [r for r in self._agenda_until(record) if r.item_id in hidden]

    def bulletin_agenda_edit(self, number: int, item_id: int, hidden: bool) -> None:
        """Take a call or an event out of the draft's « Appels à projets & agenda » (the
        detector can be wrong), or put it back."""
        self.ensure_schema()
        record = self._issues.get(number)
        check_editable(number, record.state)
        taken = set(record.agenda_hidden or ())
        if hidden:
            if item_id not in {r.item_id for r in self._agenda_until(record)}:
                raise BulletinError(f"l'article {item_id} n'est pas dans l'agenda du N° {number}")
            taken.add(item_id)
        else:
            if item_id not in taken:
                raise BulletinError(
                    f"l'article {item_id} n'a pas été retiré de l'agenda du N° {number}"
                )
            taken.discard(item_id)
        self._issues.set_agenda_hidden(number, list(taken), self.now())

    def agenda_calendar(self) -> bytes:
        """The agenda as an iCalendar feed (``/agenda.ics``): closing dates and events."""
        from veille.bulletin.calendar import agenda_ics

        domain = urlsplit(self.settings.public_url).hostname or "veille.invalid"
        return agenda_ics(self.agenda(), self.settings.network_name, domain, self.now())
