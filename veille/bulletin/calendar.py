"""The agenda as an iCalendar feed (RFC 5545) that partners subscribe to in their calendar
application: a call's closing date, an event's day, each an all-day event. The only
icalendar user."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from icalendar import Calendar, Event

from veille.bulletin.render import safe_url
from veille.bulletin.rules import AgendaRow


def agenda_ics(rows: Sequence[AgendaRow], network: str, domain: str, now: datetime) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", f"-//{network}//Veille//FR")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"Appels à projets & agenda — {network}")
    calendar.add("x-wr-timezone", "Europe/Paris")
    for row in rows:
        if row.day is None:
            continue  # a call without a closing date has no place in a calendar
        event = Event()
        prefix = "Date limite" if row.kind == "call" else row.label
        event.add("uid", f"veille-{row.item_id}-{row.kind}@{domain}")
        event.add("summary", f"{prefix} : {row.title}")
        event.add("dtstart", row.day)
        event.add("dtend", row.day + timedelta(days=1))
        event.add("dtstamp", now)
        event.add("description", f"{row.label} — {row.outlet}")
        url = safe_url(row.url)
        if url:
            event.add("url", url)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return bytes(calendar.to_ical())
