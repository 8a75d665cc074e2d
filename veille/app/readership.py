"""Readership for the funders: clicks on the mail's links to articles, counted per issue and
item (never per person), and the readers over time, with a CSV export."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass

from veille.app.bulletin import BulletinFacade
from veille.bulletin.clicks import daily_digest, signature_ok
from veille.bulletin.render import safe_url
from veille.bulletin.rules import IssueContent, SubscriberStatus
from veille.curation.dashboard import WeekSeries, last_weeks, per_week
from veille.curation.rules import User
from veille.errors import LinkError, NotFoundError, NotFoundKind
from veille.storage.readership import ReadershipStore


@dataclass(frozen=True, slots=True)
class ReadItem:
    number: int
    item_id: int
    title: str
    outlet: str
    theme: str
    partners: str
    clicks: int


@dataclass(frozen=True, slots=True)
class Readership:
    items: list[ReadItem]  # every clicked item, most clicked first
    per_issue: list[tuple[int, int]]  # (issue, clicks)
    per_theme: dict[str, list[int]]  # theme → clicks per issue of ``per_issue``
    per_partner: list[tuple[str, int]]  # the proposing organisations' items' clicks
    readers: WeekSeries  # new readers (confirmed), per week
    active: int
    departures: list[tuple[str, int]]  # how readers left, most frequent first


class ReadershipFacade(BulletinFacade):
    def _click_key(self) -> str:
        return self._tokens().derive("clicks")

    def readership_click(self, number: int, item_id: int, signature: str, client: str) -> str:
        """Where a mail's link to an item leads, after counting the click once per reader
        and day (``client``: what tells two readers apart today, never stored as such).
        Only the links of that issue: no open redirect."""
        self.ensure_schema()
        key = self._click_key()
        if not signature_ok(key, number, item_id, signature):
            raise LinkError("lien d'article altéré ou incomplet")
        record = self._issues.get(number)
        if not record.content:
            raise NotFoundError(NotFoundKind.ITEM, item_id)
        content = IssueContent.from_json(record.content)
        entry = next((e for s in content.sections for e in s.entries if e.item_id == item_id), None)
        target = safe_url(entry.url) if entry else None
        if target is None:
            raise NotFoundError(NotFoundKind.ITEM, item_id)
        today = self.now().date()
        digest = daily_digest(key, today, client, number, item_id)
        ReadershipStore(self._engine).count(number, item_id, today, digest)
        return target

    def readership(self, user: User, weeks: int = 26) -> Readership:
        """Clicks per issue, theme, item and proposing partner, and the readers over time."""
        user.require("read")
        self.ensure_schema()
        clicked = ReadershipStore(self._engine).per_item()
        contents = {
            r.number: IssueContent.from_json(r.content)
            for r in self._issues.all()
            if r.content and r.number in {n for n, _, _ in clicked}
        }
        labels = self.sources().theme_labels()
        items = []
        for number, item_id, clicks in clicked:
            content = contents.get(number)
            found = [
                (s, e)
                for s in (content.sections if content else ())
                for e in s.entries
                if e.item_id == item_id
            ]
            if not found:
                continue
            section, entry = found[0]
            items.append(
                ReadItem(
                    number,
                    item_id,
                    entry.title,
                    entry.outlet,
                    labels.get(section.theme, section.label),
                    entry.partner,
                    clicks,
                )
            )
        issues = sorted({i.number for i in items})
        per_issue = [(n, sum(i.clicks for i in items if i.number == n)) for n in issues]
        per_theme: dict[str, list[int]] = {}
        for i in items:
            per_theme.setdefault(i.theme, [0] * len(issues))[issues.index(i.number)] += i.clicks
        partners: Counter[str] = Counter()
        for i in items:
            for name in filter(None, (p.strip() for p in i.partners.split(","))):
                partners[name] += i.clicks
        readers, active, departures = self._readers(weeks)
        return Readership(
            sorted(items, key=lambda i: (-i.clicks, i.number, i.item_id)),
            per_issue,
            per_theme,
            partners.most_common(),
            readers,
            active,
            departures,
        )

    def _readers(self, weeks: int) -> tuple[WeekSeries, int, list[tuple[str, int]]]:
        span = last_weeks(self.now().date(), max(1, min(weeks, 104)))
        everyone = self._subscribers.all()
        events = [(s.consent_at, ["arrivées"]) for s in everyone if s.consent_at]
        gone = [s for s in everyone if s.status is SubscriberStatus.UNSUBSCRIBED]
        series = per_week(events, span, ["arrivées"])
        reasons = Counter((s.status_reason or "sans raison donnée") for s in gone)
        active = sum(1 for s in everyone if s.status is SubscriberStatus.ACTIVE)
        return series, active, reasons.most_common()

    def readership_csv(self, user: User) -> str:
        """Every clicked item: issue, item, title, theme, partners, clicks (CSV)."""
        view = self.readership(user)
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["numero", "article", "titre", "theme", "partenaires", "clics"])
        for i in sorted(view.items, key=lambda i: (i.number, i.item_id)):
            writer.writerow([i.number, i.item_id, i.title, i.theme, i.partners, i.clicks])
        return out.getvalue()
