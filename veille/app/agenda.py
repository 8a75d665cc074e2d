"""Opportunities and agenda: the calls for projects and events the recent items announce,
still open, soonest first; for the bulletin's « Appels à projets & agenda », the agenda
page and its ICS feed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlsplit

from veille.analyse.opportunities import Opportunity, detect
from veille.analyse.records import TrendRow
from veille.app.vulnerabilities import VulnerabilityFacade
from veille.bulletin.records import IssueRecord
from veille.bulletin.rules import AgendaRow, agenda_order
from veille.storage.themes import TrendStore

LOOK_BACK = 120  # days of items read for calls and events
UNDATED_FOR = 30  # days a call without a closing date stays listed after its publication
AGENDA_ROWS = 10  # rows of the bulletin's section at most


class AgendaFacade(VulnerabilityFacade):
    _read_opportunities: dict[tuple[int, str], Opportunity | None] | None = None

    def _opportunity(self, row: TrendRow) -> Opportunity | None:
        """What an item announces, read once per item and title (the board and each
        preview ask again)."""
        if self._read_opportunities is None:
            self._read_opportunities = {}
        key = (row.id, row.title)
        if key not in self._read_opportunities:
            if len(self._read_opportunities) > 200_000:
                self._read_opportunities.clear()
            self._read_opportunities[key] = detect(
                row.title, row.summary[:1000], row.published_at.date()
            )
        return self._read_opportunities[key]

    def agenda(self, day: date | None = None, until: datetime | None = None) -> list[AgendaRow]:
        """Calls and events announced by items published before ``until`` (now) and still
        open on ``day`` (today): a closing date or event day from ``day`` on, or a call
        without a date published in the last 30 days. Soonest first."""
        self.ensure_schema()
        today = day or self.now().date()
        since = datetime.combine(today - timedelta(days=LOOK_BACK), time(), UTC)
        rows = []
        for r in TrendStore(self._engine).recent(since):
            if until is not None and r.published_at >= until:
                continue
            found = self._opportunity(r)
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

    def agenda_for(self, record: IssueRecord) -> tuple[AgendaRow, ...]:
        """« Appels à projets & agenda » of an issue: what its period's items and the weeks
        before announce, still open today."""
        until = datetime.combine(record.period_end + timedelta(days=1), time(), UTC)
        return tuple(self.agenda(until=until)[:AGENDA_ROWS])

    def agenda_calendar(self) -> bytes:
        """The agenda as an iCalendar feed (``/agenda.ics``): closing dates and events."""
        from veille.bulletin.calendar import agenda_ics

        domain = urlsplit(self.settings.public_url).hostname or "veille.invalid"
        return agenda_ics(self.agenda(), self.settings.network_name, domain, self.now())
