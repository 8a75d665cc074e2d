"""The trend radar (« signaux faibles »), pure: named things whose mentions accelerate
across distinct sources against their own baseline, and things never seen before that
several sources start mentioning.

A mention is counted once per story (a syndicated story, grouped by the story index, counts
once) and a term is only ever flagged when at least ``min_sources`` distinct sources carry
it in the window. The surprise is a Poisson tail: how unlikely that many stories in the
window are, given the term's own daily rate over the baseline days before it.

Terms are what the text names: CVE ids, capitalised names and acronyms (« FortiGate »,
« MiCA », « Salt Typhoon »), names with digits (« GPT-5 »). Items arrive one at a time
(``TrendIndex.add``); ``radar(day)`` looks at the counts, so it stays incremental.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from veille.analyse.textnorm import fold as lower_plain

_CVE = re.compile(r"\bCVE-\d{4}-\d{4,7}\b", re.I)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][\wÀ-ÖØ-öø-ÿ'’.+-]*")


def _words(text: str) -> list[str]:
    return text.split()


_ELISION = re.compile(r"^(?:[ldjcmnst]|qu|jusqu|lorsqu|puisqu)['’]", re.I)
_STOP = frozenset(
    _words(
        """
    a à au aux avec ce ces cette dans de des du
    en et il ils la le les leur lui mais ne nos
    notre nous on ou où par pas pour qu que qui sa
    se ses son sur un une vos votre vous l' d' c'
    qu' n' s' j' y est sont été être a ont the
    a an and or of to in on for with by from
    at as is are was were be been it its this that
    these those their our your his her we you they he she
    not no new how why what when who will can could may
    after before over under into about more most than but also just
    multiples multiple vulnérabilité vulnérabilités vulnerability vulnerabilities
    mise jour update updates security sécurité
    advisory avis alerte alert bulletin lundi mardi mercredi jeudi vendredi samedi dimanche
    monday tuesday wednesday thursday friday saturday sunday janvier février mars avril mai
    juin juillet août septembre octobre novembre décembre january february march april may
    june july august september october november december
        """
    )
)
_STARTERS = frozenset(
    _words(
        """
    comment pourquoi quand quel quelle quels quelles selon après avant depuis entre
    face vers voici voilà alors ainsi cependant pendant malgré here there what
    where when which while with without report reports study experts researchers hackers
    attackers users companies firms officials
        """
    )
)
MAX_TERMS = 24  # per item: a long text's first names are enough


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower case, accents off (cached: the same words come back all the time)."""
    return word.lower() if word.isascii() else lower_plain(word)


@lru_cache(maxsize=200_000)
def _is_name(word: str, first: bool) -> bool:
    """A capitalised word that is not just the first word of a sentence, an acronym, a
    CamelCase name or a name with digits."""
    core = word.strip(".’'-+")
    if len(core) < 2 or fold(core) in _STOP:
        return False
    if any(c.isdigit() for c in core) and any(c.isalpha() for c in core):
        return True
    if core.isupper() and len(core) <= 8:
        return True
    if core[0].isupper() and any(c.isupper() for c in core[1:]):
        return True  # CamelCase: FortiGate, OpenAI
    if first:  # a sentence's first word is capitalised anyway: only a rarer, longer one
        return core[0].isupper() and len(core) >= 4 and fold(core) not in _STARTERS
    return core[0].isupper()


_POSSESSIVE = re.compile(r"['’]s$", re.I)


_SENTENCE = re.compile(r"(?<=[.!?:;«»\"“”()])\s+|\n")


@lru_cache(maxsize=300_000)
def _read(raw: str, first: bool) -> tuple[str, bool, str]:
    """A word as written, read once (cached: the same words come back all the time): the
    word without its elision or possessive (« l'Orne », « OpenAI's »), whether it is a name,
    and its folded key when a sentence writes it in lower case (empty otherwise)."""
    word = raw
    if "'" in word or "’" in word:
        word = _POSSESSIVE.sub("", _ELISION.sub("", word))
    word = word.rstrip(".’'")
    if _is_name(word, first) and not _CVE.match(word):
        return word, True, ""
    return word, False, fold(word) if not first and word[:1].islower() else ""


def extract_terms(*texts: str) -> tuple[str, ...]:
    """The named things a text mentions: folded keys, once each, at most MAX_TERMS."""
    return extract(*texts)[0]


def extract(*texts: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The named things a text mentions, and the words it writes in lower case inside a
    sentence (what tells a name from a common word written with a capital in a headline:
    « Record », « Capital », « Next »)."""
    found: dict[str, None] = {}
    plain: set[str] = set()
    for text in texts:
        for cve in _CVE.findall(text or ""):
            found.setdefault(cve.upper(), None)
        for sentence in _SENTENCE.split(text or ""):
            run: list[str] = []
            for index, raw in enumerate(_WORD.findall(sentence)):
                word, name, lower = _read(raw, index == 0)
                if name:
                    run.append(word)
                    continue
                if lower:
                    plain.add(lower)
                _flush(run, found)
                run = []
            _flush(run, found)
        if len(found) >= MAX_TERMS:
            break
    return tuple(found)[:MAX_TERMS], tuple(plain)


def _flush(run: list[str], found: dict[str, None]) -> None:
    """A run of names: the whole (up to three words) and each word on its own."""
    if not run:
        return
    if 1 < len(run) <= 3:
        found.setdefault(" ".join(fold(w) for w in run), None)
    for word in run:
        found.setdefault(fold(word), None)


@dataclass(frozen=True, slots=True)
class Mention:
    item_id: int
    story: int  # the story it belongs to (its own id when alone)
    source: str
    day: date
    themes: tuple[str, ...]
    terms: tuple[str, ...]
    plain: tuple[str, ...] = ()  # words it writes in lower case (see ``extract``)
    label: dict[str, str] = field(default_factory=dict)  # folded term → as written


@dataclass(frozen=True, slots=True)
class Trend:
    term: str
    label: str  # as most often written
    theme: str | None
    stories: int  # in the window, each story once
    sources: tuple[str, ...]  # distinct, in the window
    baseline: float  # stories per day before the window
    surprise: float  # -log10 of the Poisson tail
    new: bool  # never seen before the window
    series: tuple[int, ...]  # stories per day, oldest first, the window last
    items: tuple[int, ...]  # evidence: the window's items, newest first


@dataclass(frozen=True, slots=True)
class RadarSettings:
    window: int = 3  # days looked at
    baseline: int = 28  # days before the window that set each term's own rate
    min_sources: int = 3  # distinct sources in the window, at least
    min_stories: int = 3
    surprise: float = 4.0  # -log10 p from which a term is flagged
    ratio: float = 4.0  # and at least this many times its expected count
    floor: float = 0.02  # stories per day assumed for a term never seen
    warmup: int = 7  # days a new source is listened to before it counts
    together_extra: int = 0  # sources beyond min_sources for « first time together »
    common: float = 1.5  # a term this frequent per day is background, never flagged
    lowercase_share: float = 0.2  # written in lower case this often per capital: a word


def poisson_tail(count: int, rate: float) -> float:
    """-log10 P(X ≥ count) for X ~ Poisson(rate)."""
    if count <= 0:
        return 0.0
    term = math.exp(-rate)
    below = 0.0
    for k in range(count):
        below += term
        term *= rate / (k + 1)
    tail = max(1.0 - below, 0.0)
    if tail < 1e-12:  # 1 - below loses precision: sum the first terms of the tail instead
        log_first = count * math.log(rate) - rate - math.lgamma(count + 1)
        return -log_first / math.log(10)
    return -math.log10(tail)


class TrendIndex:
    """Per term and day: which stories of which sources mention it. Add items as they come."""

    def __init__(self) -> None:
        # term → day → [(story, source, item)]
        self._mentions: dict[str, dict[date, list[tuple[int, str, int]]]] = defaultdict(dict)
        self._themes: dict[str, Counter[str]] = defaultdict(Counter)
        self._labels: dict[str, Counter[str]] = defaultdict(Counter)
        self._named: Counter[str] = Counter()  # items naming a word with a capital
        self._lower: Counter[str] = Counter()  # items writing it in lower case
        self._since: dict[str, date] = {}  # each source's first day
        self._seen: set[int] = set()

    def __len__(self) -> int:
        return len(self._seen)

    def add(self, mentions: Iterable[Mention]) -> None:
        lower, named = self._lower, self._named
        for m in mentions:
            if m.item_id in self._seen:
                continue
            self._seen.add(m.item_id)
            if m.source not in self._since or m.day < self._since[m.source]:
                self._since[m.source] = m.day
            for word in m.plain:
                lower[word] += 1
            mention = (m.story, m.source, m.item_id)
            for term in m.terms:
                if " " not in term:
                    named[term] += 1
                self._mentions[term].setdefault(m.day, []).append(mention)
                themes = self._themes[term]  # plain increments: Counter.update is slow here
                for theme in m.themes:
                    themes[theme] += 1
                if term in m.label:
                    self._labels[term][m.label[term]] += 1

    def common_word(self, term: str, share: float) -> bool:
        """A single word written in lower case at least ``share`` times as often as with a
        capital: a common word (« record », « capital »), not a name."""
        return " " not in term and self._lower[term] >= share * self._named[term] > 0

    def _first_time_together(
        self,
        days: dict[date, list[tuple[int, str, int]]],
        before: list[date],
        sources: int,
        s: RadarSettings,
    ) -> bool:
        """Several sources carry a name together for the first time: in no window of the
        baseline did even two of them cite it within ``window`` days."""
        if sources < s.min_sources + s.together_extra:
            return False
        for i in range(len(before)):
            span = before[i : i + s.window]
            if len({m[1] for d in span for m in days.get(d, ())}) >= 2:
                return False
        return True

    def radar(self, today: date, settings: RadarSettings | None = None) -> list[Trend]:
        """The terms flagged on ``today`` (the window ends with it), most surprising first.

        Only established sources count in the window: in its first ``warmup`` days a source
        says everything for the first time (a feed just added is not a trend)."""
        s = settings or RadarSettings()
        window = [today - timedelta(days=i) for i in range(s.window - 1, -1, -1)]
        first = window[0]
        before = [first - timedelta(days=i) for i in range(s.baseline, 0, -1)]
        settled = first - timedelta(days=s.warmup)
        found = []
        for term, days in self._mentions.items():
            recent = [m for d in window for m in days.get(d, ()) if self._since[m[1]] <= settled]
            if not recent or self.common_word(term, s.lowercase_share):
                continue
            sources = {m[1] for m in recent}
            stories = len({m[0] for m in recent})
            if len(sources) < s.min_sources or stories < s.min_stories:
                continue
            past = sum(len({m[0] for m in days.get(d, ())}) for d in before)
            rate = past / s.baseline
            if rate >= s.common:
                continue
            expected = max(rate, s.floor) * s.window
            surprise = poisson_tail(stories, expected)
            together = self._first_time_together(days, before, len(sources), s)
            if (surprise < s.surprise and not together) or stories < s.ratio * expected:
                continue
            themes = self._themes[term].most_common(1)
            labels = self._labels[term].most_common(1)
            found.append(
                Trend(
                    term,
                    labels[0][0] if labels else term,
                    themes[0][0] if themes else None,
                    stories,
                    tuple(sorted(sources)),
                    rate,
                    surprise,
                    past == 0 and not any(d < first for d in days),
                    tuple(len({m[0] for m in days.get(d, ())}) for d in before + window),
                    tuple(m[2] for m in reversed(recent))[:20],
                )
            )
        return sorted(found, key=lambda t: (-t.surprise, t.term))


def labels_of(text: str, terms: Sequence[str]) -> dict[str, str]:
    """How each folded term is written in ``text`` (for display)."""
    written: dict[str, str] = {}
    wanted = set(terms)
    for match in _WORD.finditer(text):
        word = match.group(0).rstrip(".’'")
        key = fold(word)
        if key in wanted and key not in written:
            written[key] = word
    for term in terms:
        if " " in term and term not in written:
            parts = [written.get(p, p) for p in term.split()]
            written[term] = " ".join(parts)
    return written
