"""Duplicates and stories (pure decisions; the sentence vectors come from analyse.embed).

Two items are *the same story* when nothing tells them apart and their texts say so.

What tells them apart (``compatible``), whatever their words: one outlet (an outlet never
tells one story twice, and a templated advisory series is not a story), dates more than
three days apart, different CVE or advisory identifiers, different version numbers, and
names (companies, products, places, people) with nothing in common — « Multiples
vulnérabilités dans les produits Microsoft » and « … Fortinet » are two stories.

What says they are one: the same canonical URL, the same title and text once case, accents
and spacing are folded (from another outlet), or the pair decision: a small logistic model
over shared meaningful word stems (Jaccard and containment), shared word pairs, agreement
of the numbers quoted, length ratio, and the cosine of the two sentence vectors. Its
weights are fitted on real headline pairs and the project's own pairs
(bench/fit_pairs.py).

Candidates come from a MinHash LSH index (datasketch) over word stems, so a new item is
compared with a handful of recent stories, never with all of them; and it is compared with
each story's lead (its first item), never with any member, so stories cannot chain (A≈B and
B≈C do not put A and C together). People's decisions (« not the same story », « same
story ») are kept as links that the assignment respects.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

from veille.analyse.embed import vectors
from veille.analyse.metrics import precision_recall_f1
from veille.analyse.textnorm import STOPWORDS, content_stems, fold, numbers

NUM_PERM = 64
LSH_THRESHOLD = 0.3  # Jaccard of stems above which a pair is likely a candidate (then decided)
DEFAULT_DECISION = 0.5


@dataclass(frozen=True, slots=True)
class StoryDoc:
    """What duplicate detection needs of an item."""

    id: int
    title: str
    summary: str = ""
    language: str | None = None
    canonical_url: str | None = None
    published_at: datetime | None = None
    source: str | None = None  # the outlet: one outlet never tells one story twice

    @property
    def text(self) -> str:
        return f"{self.title}. {self.summary}".strip()


@dataclass(frozen=True, slots=True)
class Signature:
    stems: frozenset[str]
    pairs: frozenset[tuple[str, str]]
    numbers: frozenset[str]
    length: int
    ids: frozenset[str] = frozenset()  # CVE and advisory identifiers
    versions: frozenset[str] = frozenset()  # version numbers (1.2.3, 15.0.1)
    names: frozenset[str] = frozenset()  # proper names and acronyms, folded
    vector: Any = field(default=None, compare=False, repr=False)  # unit sentence vector
    bulletin: bool = False  # a security bulletin or fix (vulnerabilities, patches, CVE)
    product: frozenset[str] = frozenset()  # its names without the words bulletins share


_IDS = re.compile(
    r"\b(?:CVE-\d{4}-\d{4,7}|EUVD-\d{4}-\d+|GHSA(?:-[a-z0-9]{4}){3}"
    r"|CERTFR-\d{4}-[A-Z]{3}-\d{3,4}|ZDI-\d{2}-\d{3,5}|[A-Z]{2,10}-\d{4}-\d{3,6})\b",
    re.IGNORECASE,
)
_VERSION = re.compile(r"\bv?(\d+(?:\.\d+){1,3})\b")
_TOKEN = re.compile(r"[^\W_][\w&+]*", re.UNICODE)
# capitalised words that name no one: sentence starts of advisories and headlines
_COMMON_CAPS = frozenset(
    {
        "multiples",
        "multiple",
        "vulnerabilite",
        "vulnerabilites",
        "vulnerability",
        "vulnerabilities",
        "faille",
        "failles",
        "nouvelle",
        "nouveau",
        "update",
        "security",
        "securite",
        "alerte",
        "avis",
        "how",
        "what",
        "why",
        "when",
        "who",
        "comment",
        "pourquoi",
        "quand",
    }
)


def _names(title: str) -> frozenset[str]:
    """The capitalised words and acronyms of a title, folded: the companies, products,
    places and people it is about (with, in Title Case headlines, some ordinary words)."""
    found = set()
    for m in _TOKEN.finditer(title):
        word = m.group(0)
        if not word[:1].isupper() or len(word) < 2:
            continue
        folded = fold(word)
        if folded not in STOPWORDS and folded not in _COMMON_CAPS:
            found.add(folded)
    return frozenset(found)


# what security bulletins say in French and in English, folded
_BULLETIN = re.compile(
    r"vulnerab|faille|security update|security advisor|mise a jour de securite|mises a jour "
    r"de securite|correctif|patch|zero-day|0-day|cve-\d|exploit|advisory|bulletin de securite"
)
# words of bulletin titles that name no product (« Microsoft Monthly Security Update »)
_BULLETIN_WORDS = frozenset(
    {
        "products",
        "produits",
        "product",
        "produit",
        "releases",
        "release",
        "updates",
        "update",
        "monthly",
        "advisory",
        "advisories",
        "security",
        "securite",
        "networks",
        "mise",
        "mises",
        "patch",
        "tuesday",
        "high",
        "critical",
        "critique",
        "critiques",
        "multiple",
        "rce",
        "zero",
        "days",
        "day",
        "final",
        "fixes",
        "three",
        "new",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "out",
        "band",
        "os",
        "cisa",
        "vulnerability",
        "vulnerabilites",
        "denial",
        "service",
        "elevation",
        "privilege",
        "privileges",
        "execution",
        "code",
        "remote",
        "injection",
        "disclosure",
        "information",
        "bypass",
        "restriction",
        "spoofing",
        "tampering",
    }
)
_ADVISORY_ID = re.compile(r"^(?:av\d{2}|\d{4,})")


def signature(
    text: str, language: str | None = None, title: str | None = None, vector: Any = None
) -> Signature:
    """What the pair decision compares; the sentence vector is computed when not given
    (``signatures`` computes them for many texts at once)."""
    stems = content_stems(text, language)
    if vector is None:
        vector = vectors([text])[0]
    names = _names(title if title is not None else text)
    return Signature(
        frozenset(stems),
        frozenset(itertools.pairwise(stems)),
        frozenset(numbers(text)),
        len(stems),
        frozenset(m.upper() for m in _IDS.findall(text)),
        frozenset(_VERSION.findall(text)),
        names,
        vector,
        bool(_BULLETIN.search(fold(text))),
        frozenset(n for n in names if n not in _BULLETIN_WORDS and not _ADVISORY_ID.match(n)),
    )


def signatures(docs: Sequence[StoryDoc]) -> list[Signature]:
    """The signatures of many items, their sentence vectors computed in one batch."""
    found = vectors([d.text for d in docs])
    return [signature(d.text, d.language, d.title, v) for d, v in zip(docs, found, strict=True)]


def exact_key(doc: StoryDoc) -> str:
    """Same title and text once case, accents, punctuation and spacing are folded."""
    folded = " ".join(fold(doc.text).split())
    return hashlib.sha1(folded.encode()).hexdigest()


# -- pair decision ------------------------------------------------------------------------
FEATURES = (
    "jaccard",
    "containment",
    "pair_jaccard",
    "numbers_agree",
    "length_ratio",
    "cosine",
)


def pair_features(a: Signature, b: Signature) -> tuple[float, ...]:
    union = len(a.stems | b.stems) or 1
    shared = len(a.stems & b.stems)
    smaller = min(len(a.stems), len(b.stems)) or 1
    pair_union = len(a.pairs | b.pairs) or 1
    if a.numbers and b.numbers:
        agree = 1.0 if a.numbers == b.numbers else (0.5 if a.numbers & b.numbers else 0.0)
    else:
        agree = 0.75 if a.numbers or b.numbers else 1.0
    ratio = min(a.length, b.length) / (max(a.length, b.length) or 1)
    cosine = float(np.dot(a.vector, b.vector))
    return (
        shared / union,
        shared / smaller,
        len(a.pairs & b.pairs) / pair_union,
        agree,
        ratio,
        cosine,
    )


@dataclass(frozen=True, slots=True)
class PairModel:
    weights: tuple[float, ...]
    bias: float
    threshold: float = DEFAULT_DECISION

    def probability(self, a: Signature, b: Signature) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, pair_features(a, b), strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    def same(self, a: Signature, b: Signature) -> bool:
        return self.probability(a, b) >= self.threshold


def labelled_pairs() -> list[tuple[str, str, bool]]:
    """The project's own labelled sentence pairs (training half of them)."""
    text = (
        resources.files("veille.analyse").joinpath("data", "dedup-pairs.jsonl").read_text("utf-8")
    )
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [(r["a"], r["b"], bool(r["duplicate"])) for r in rows]


def fit_pair_model(
    pairs: Sequence[tuple[str, str, bool]], threshold: float = DEFAULT_DECISION
) -> PairModel:
    from sklearn.linear_model import LogisticRegression

    x = [pair_features(signature(a), signature(b)) for a, b, _ in pairs]
    y = [label for _, _, label in pairs]
    model = LogisticRegression(C=1.0, max_iter=1000).fit(x, y)
    return PairModel(tuple(float(w) for w in model.coef_[0]), float(model.intercept_[0]), threshold)


# Fitted by bench/fit_pairs.py on real headline pairs (STS-B train and dev, from
# ../shared/data) and the project's own pairs, weighed alike; only these numbers are kept.
PAIR_WEIGHTS = (4.802, 4.720, -3.385, 4.158, 0.679, 6.474)
PAIR_BIAS = -13.215


@lru_cache(maxsize=4)
def default_pair_model(threshold: float = DEFAULT_DECISION) -> PairModel:
    return PairModel(PAIR_WEIGHTS, PAIR_BIAS, threshold)


def pair_scores(
    pairs: Sequence[tuple[str, str, bool]], predicted: Sequence[bool]
) -> dict[str, float]:
    tp = sum(1 for (_, _, g), p in zip(pairs, predicted, strict=True) if g and p)
    fp = sum(1 for (_, _, g), p in zip(pairs, predicted, strict=True) if not g and p)
    fn = sum(1 for (_, _, g), p in zip(pairs, predicted, strict=True) if g and not p)
    return {**precision_recall_f1(tp, fp, fn), "pairs": len(pairs), "duplicates": tp + fn}


# -- what tells two items apart, whatever their words ---------------------------------------
MAX_GAP = timedelta(days=3)  # coverage of one event is published within days


def across_languages(a: StoryDoc, sa: Signature, b: StoryDoc, sb: Signature) -> bool:
    """A French and an English telling of one security release: their words differ, so
    what decides is that both are bulletins (vulnerabilities, fixes), published within two
    days, naming the same product — the shorter list of names wholly within the other
    (« Multiples vulnérabilités dans Google Chrome » and « Google Chrome Multiple
    Vulnerabilities »; not « Chrome OS » and « Chrome »... unless one names only Chrome)."""
    if not (a.language and b.language and a.language != b.language):
        return False
    if not (sa.bulletin and sb.bulletin and sa.product and sb.product):
        return False
    if not (a.published_at and b.published_at):
        return False
    if abs(a.published_at - b.published_at) > CROSS_LANGUAGE_GAP:
        return False
    small, large = sorted((sa.product, sb.product), key=len)
    # a vendor-wide bulletin is not the story of one precise flaw (« Cisco RV340 wfapp
    # command injection » names much more than « les produits Cisco »)
    return small <= large and len(large - small) <= CROSS_LANGUAGE_EXTRA_NAMES


def same_vulnerability(sa: Signature, sb: Signature) -> bool:
    """Articles about one vulnerability: each cites at most FEW_IDS ids (a monthly roll-up
    listing eighty is not an article about one flaw) and they share one. ``compatible``
    has already checked that they are from two outlets, days apart at most."""
    return 0 < len(sa.ids) <= FEW_IDS and 0 < len(sb.ids) <= FEW_IDS and bool(sa.ids & sb.ids)


FEW_IDS = 3
CROSS_LANGUAGE_GAP = timedelta(days=2)
CROSS_LANGUAGE_EXTRA_NAMES = 2


def compatible(a: StoryDoc, sa: Signature, b: StoryDoc, sb: Signature) -> bool:
    """False when something other than the wording says these are two stories: one outlet
    (it never tells one story twice: a templated series is not a story), dates too far
    apart, different CVE or advisory identifiers, different version numbers, or names
    (companies, products, places) with nothing in common."""
    if a.source and b.source and a.source == b.source:
        return False
    if a.published_at and b.published_at and abs(a.published_at - b.published_at) > MAX_GAP:
        return False
    for left, right in ((sa.ids, sb.ids), (sa.versions, sb.versions)):
        if left and right and not left & right:
            return False
    return not (sa.names and sb.names and not _names_meet(sa.names, sb.names))


def _names_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Some name in common, counting a country and its people as one (« Egypt »,
    « Egyptians »; « Qatar », « Qatari »): the same first four letters."""
    if a & b:
        return True
    heads = {n[:4] for n in a if len(n) >= 4}
    return any(len(n) >= 4 and n[:4] in heads for n in b)


# -- stories ------------------------------------------------------------------------------
@dataclass(slots=True)
class Links:
    """People's decisions: pairs of item ids kept apart, pairs kept together."""

    apart: set[frozenset[int]] = field(default_factory=set)
    together: set[frozenset[int]] = field(default_factory=set)

    def kept_apart(self, a: int, b: int) -> bool:
        return frozenset((a, b)) in self.apart

    def apart_from(self, item: int) -> list[int]:
        """The items a person kept apart from ``item``."""
        return [other for pair in self.apart if item in pair for other in pair if other != item]


@dataclass(frozen=True, slots=True)
class Assignment:
    item_id: int
    story_id: int
    new: bool  # this item starts the story
    matched: int | None = None  # the item it matched
    exact: bool = False


MAX_CANDIDATES = 200


class StoryIndex:
    """Recent items and their stories, with an LSH index for candidates."""

    def __init__(self, model: PairModel | None = None, num_perm: int = NUM_PERM) -> None:
        self.model = model or default_pair_model()
        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=num_perm)
        self.story_of: dict[int, int] = {}
        self.signatures: dict[int, Signature] = {}
        self.by_url: dict[str, int] = {}
        self.by_exact: dict[str, int] = {}
        self.members: dict[int, list[int]] = {}
        self.docs: dict[int, StoryDoc] = {}
        self.sources: dict[int, set[str]] = {}  # per story, the outlets already in it
        self.bulletins: dict[str, list[int]] = {}  # product name → bulletins naming it
        self.citing: dict[str, list[int]] = {}  # vulnerability id → items citing few ids

    def _minhashes(self, sigs: Sequence[Signature]) -> list[MinHash]:
        tokens = [[s.encode() for s in sig.stems] or [b"\x00"] for sig in sigs]
        return list(MinHash.bulk(tokens, num_perm=self.num_perm))

    def add_many(self, docs: Sequence[StoryDoc], stories: Sequence[int]) -> None:
        """Index items already in stories (the recent window)."""
        sigs = signatures(docs)
        for doc, sig, mh, story in zip(docs, sigs, self._minhashes(sigs), stories, strict=True):
            self._index(doc, sig, mh, story)

    def _index(self, doc: StoryDoc, sig: Signature, mh: MinHash, story: int) -> None:
        self.story_of[doc.id] = story
        self.signatures[doc.id] = sig
        self.docs[doc.id] = doc
        self.members.setdefault(story, []).append(doc.id)
        if doc.source:
            self.sources.setdefault(story, set()).add(doc.source)
        if sig.bulletin:
            for name in sig.product:
                self.bulletins.setdefault(name, []).append(doc.id)
        if 0 < len(sig.ids) <= FEW_IDS:
            for ident in sig.ids:
                self.citing.setdefault(ident, []).append(doc.id)
        if doc.canonical_url:
            self.by_url.setdefault(doc.canonical_url, doc.id)
        self.by_exact.setdefault(exact_key(doc), doc.id)
        self.lsh.insert(doc.id, mh, check_duplication=False)

    def assign(self, docs: Sequence[StoryDoc], links: Links | None = None) -> list[Assignment]:
        """Place new items in stories, in the order given. A new story takes the id of the
        item that starts it."""
        links = links or Links()
        sigs = signatures(docs)
        out = []
        for doc, sig, mh in zip(docs, sigs, self._minhashes(sigs), strict=True):
            placed = self._place(doc, sig, mh, links)
            self._index(doc, sig, mh, placed.story_id)
            out.append(placed)
        return out

    def _allowed(self, item: int, story: int, links: Links) -> bool:
        """False when a person kept ``item`` apart from a member of ``story``. Looks at the
        item's few links, not at the story's members: a story can gather thousands."""
        if not links.apart:
            return True
        return not any(self.story_of.get(other) == story for other in links.apart_from(item))

    def same_story(self, a: StoryDoc, sa: Signature, b: StoryDoc, sb: Signature) -> bool:
        """The pair decision: nothing tells them apart (``compatible``), and they are the
        same page or text, or the pair model says so."""
        if not compatible(a, sa, b, sb):
            return False
        if a.canonical_url and a.canonical_url == b.canonical_url:
            return True  # the same page from two outlets (``compatible`` ruled out one outlet)
        if across_languages(a, sa, b, sb) or same_vulnerability(sa, sb):
            return True
        return exact_key(a) == exact_key(b) or self.model.same(sa, sb)

    def _joinable(self, doc: StoryDoc, sig: Signature, story: int) -> tuple[int, bool]:
        """The story's lead (its first item), and whether ``doc`` may join the story: a
        newcomer is compared with the lead, never with any member (no chaining, A≈B and
        B≈C do not make A≈C), and never joins a story that already holds its outlet."""
        lead = self.members[story][0]
        if doc.source and doc.source in self.sources.get(story, ()):
            return lead, False
        return lead, compatible(doc, sig, self.docs[lead], self.signatures[lead])

    def _place(self, doc: StoryDoc, sig: Signature, mh: MinHash, links: Links) -> Assignment:
        for together in (p for p in links.together if doc.id in p):
            other = next(iter(together - {doc.id}), None)
            if other in self.story_of:
                return Assignment(doc.id, self.story_of[other], False, other)
        same_page = self.by_url.get(doc.canonical_url) if doc.canonical_url else None
        if (
            same_page is not None
            and not (doc.source and doc.source == self.docs[same_page].source)
            and self._allowed(doc.id, self.story_of[same_page], links)
        ):
            # the same page (its canonical URL): one item, whatever its title says now
            return Assignment(doc.id, self.story_of[same_page], False, same_page, exact=True)
        same_text = self.by_exact.get(exact_key(doc))
        if same_text is not None:
            story = self.story_of[same_text]
            lead, ok = self._joinable(doc, sig, story)
            if ok and self._allowed(doc.id, story, links):
                return Assignment(doc.id, story, False, lead, exact=True)
        about = None
        if 0 < len(sig.ids) <= FEW_IDS:
            about = self._lead_by_key(
                doc,
                sig,
                links,
                self.citing,
                sig.ids,
                lambda _a, sa, _b, sb: same_vulnerability(sa, sb),
            )
        if about is not None:  # five articles about one CVE are one story
            return Assignment(doc.id, self.story_of[about], False, about)
        best, best_p = None, self.model.threshold
        seen: set[int] = set()
        # LSH candidates are few for real news; text that repeats a tiny vocabulary would
        # make every item a candidate of every other, so look at MAX_CANDIDATES at most
        for candidate in itertools.islice(self.lsh.query(mh), MAX_CANDIDATES):
            found = self.story_of.get(candidate)
            if candidate == doc.id or found is None or found in seen:
                continue
            seen.add(found)
            lead, ok = self._joinable(doc, sig, found)
            if not ok or not self._allowed(doc.id, found, links):
                continue
            p = self.model.probability(sig, self.signatures[lead])
            if p >= best_p:
                best, best_p = lead, p
        if best is None and sig.bulletin and sig.product and doc.language:
            # candidates: the recent bulletins naming one of its products
            best = self._lead_by_key(doc, sig, links, self.bulletins, sig.product, across_languages)
        if best is None:
            return Assignment(doc.id, doc.id, True)
        return Assignment(doc.id, self.story_of[best], False, best)

    def _lead_by_key(
        self,
        doc: StoryDoc,
        sig: Signature,
        links: Links,
        index: dict[str, list[int]],
        keys: frozenset[str],
        same: Callable[[StoryDoc, Signature, StoryDoc, Signature], bool],
    ) -> int | None:
        """The lead of the first recent story that ``doc`` may join and that ``same`` says
        it tells: candidates are the items ``index`` files under one of ``keys`` (a
        vulnerability id, a product name), newest first; each story is looked at once."""
        seen: set[int] = set()
        for key in sorted(keys):
            for candidate in reversed(index.get(key, [])[-MAX_CANDIDATES:]):
                story = self.story_of.get(candidate)
                if story is None or story in seen or candidate == doc.id:
                    continue
                seen.add(story)
                lead, ok = self._joinable(doc, sig, story)
                if not ok or not self._allowed(doc.id, story, links):
                    continue
                if same(doc, sig, self.docs[lead], self.signatures[lead]):
                    return lead
        return None
