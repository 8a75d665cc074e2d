"""The trend radar over the stored items: built once, then fed only the items that arrived
since (incremental), and looked at for a day."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from veille.analyse.trends import Mention, RadarSettings, Trend, TrendIndex, extract, labels_of
from veille.app.flash import FlashFacade
from veille.bulletin.rules import check_editable
from veille.curation.dashboard import WeekSeries, last_weeks, per_week
from veille.curation.rules import User
from veille.errors import BulletinError
from veille.storage.themes import TrendStore

HORIZON = 45  # days of items the radar keeps: baseline, window and warm-up


@dataclass(frozen=True, slots=True)
class TrendEvidence:
    item_id: int
    title: str
    outlet: str


@dataclass(frozen=True, slots=True)
class TrendsView:
    day: date  # the radar looks at the window ending that day
    settings: RadarSettings
    trends: list[tuple[Trend, list[TrendEvidence]]]
    items: int  # items the radar holds
    volume: WeekSeries | None = None  # items per theme (and the region's) per week


REGION_KEY = "_region"  # the region's series among the themes' in ``volume``


class TrendsFacade(FlashFacade):
    _trend_index: tuple[date, int, TrendIndex] | None = None  # built on, last item id, index

    def _radar_index(self) -> TrendIndex:
        today = self.now().date()
        since = datetime.combine(today - timedelta(days=HORIZON), time(), UTC)
        store = TrendStore(self._engine)
        if self._trend_index is None or self._trend_index[0] != today:
            self._trend_index = (today, 0, TrendIndex())
        built_on, last, index = self._trend_index
        rows = store.recent(since, last)
        mentions = []
        for r in rows:
            terms, plain = extract(r.title, r.summary[:300])
            mentions.append(
                Mention(
                    r.id,
                    r.story,
                    r.outlet,
                    r.published_at.date(),
                    r.themes,
                    terms,
                    plain,
                    labels_of(f"{r.title} {r.summary[:300]}", terms),
                )
            )
        index.add(mentions)
        if rows:
            self._trend_index = (built_on, rows[-1].id, index)
        return index

    def trends(self, user: User, day: date | None = None, weeks: int = 12) -> TrendsView:
        """What is rising, for someone signed in (``trends_radar``), with the items per theme
        and those naming the region, per week over ``weeks`` weeks."""
        user.require("read")
        view = self.trends_radar(day)
        span = last_weeks(view.day, max(1, min(weeks, 52)))
        since = datetime.combine(span[0], time(0), UTC)
        keys = [*self.theme_ids(), REGION_KEY]
        volume = per_week(self._curation.activity(since, REGION_KEY), span, keys)
        return replace(view, volume=volume)

    def trends_radar(self, day: date | None = None) -> TrendsView:
        """What is rising: named things whose mentions accelerate across distinct sources,
        with the items and sources that carry them (« signaux faibles »), on ``day`` (today
        by default; never later)."""
        self.ensure_schema()
        index = self._radar_index()
        settings = RadarSettings()
        looked = min(day or self.now().date(), self.now().date())
        found = index.radar(looked, settings)[:30]
        titles = TrendStore(self._engine).titles([i for t in found for i in t.items[:5]])
        return TrendsView(
            looked,
            settings,
            [
                (
                    t,
                    [
                        TrendEvidence(i, titles[i][0], titles[i][1])
                        for i in t.items[:5]
                        if i in titles
                    ],
                )
                for t in found
            ],
            len(index),
        )

    # -- the « Tendances » block of an issue ----------------------------------------------------
    def bulletin_trend_add(self, number: int, term: str) -> str:
        """Put a name the radar flags today into the draft's « Tendances » block; its label."""
        self.ensure_schema()
        record = self._issues.get(number)
        check_editable(number, record.state)
        flagged = {t.term: t for t, _ in self.trends_radar().trends}
        trend = flagged.get(term)
        if trend is None:
            raise BulletinError(f"« {term} » n'est pas dans les tendances du jour")
        picks = [p for p in record.trends or () if p["term"] != term]
        picks.append(
            {
                "term": trend.term,
                "label": trend.label,
                "theme": trend.theme,
                "stories": trend.stories,
                "outlets": list(trend.sources),
                "new": trend.new,
                "note": "",
            }
        )
        self._issues.set_trends(number, picks, self.now())
        return trend.label

    def bulletin_trend_edit(
        self, number: int, term: str, note: str | None = None, remove: bool = False
    ) -> None:
        """Take a name out of the draft's « Tendances » block, or write its note."""
        self.ensure_schema()
        record = self._issues.get(number)
        check_editable(number, record.state)
        picks = list(record.trends or ())
        if not any(p["term"] == term for p in picks):
            raise BulletinError(f"« {term} » n'est pas dans le bloc Tendances du N° {number}")
        if remove:
            picks = [p for p in picks if p["term"] != term]
        elif note is not None:
            picks = [{**p, "note": note.strip()} if p["term"] == term else p for p in picks]
        self._issues.set_trends(number, picks, self.now())
