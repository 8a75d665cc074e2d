"""Duplicates and stories (pure: no I/O).

Two items are *the same story* when they are exact duplicates (same canonical URL, or
same title and text once case, accents and spacing are folded) or when the pair decision
says so. The pair decision is a small logistic model over overlap measures that do not
depend on the language or the outlet: shared meaningful word stems (Jaccard and
containment), shared word pairs (order), agreement of the numbers quoted, and length
ratio; its weights are fitted on the project's own labelled pairs (analyse/data).

Candidates come from a MinHash LSH index (datasketch) over word stems, so a new item is
compared with a handful of recent items, never with all of them; the index covers a time
window (14 days by default). People's decisions (« not the same story », « same story »)
are kept as links that the assignment respects.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from importlib import resources

from datasketch import MinHash, MinHashLSH

from veille.analyse.metrics import precision_recall_f1
from veille.analyse.textnorm import content_stems, fold, numbers

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

    @property
    def text(self) -> str:
        return f"{self.title}. {self.summary}".strip()


@dataclass(frozen=True, slots=True)
class Signature:
    stems: frozenset[str]
    pairs: frozenset[tuple[str, str]]
    numbers: frozenset[str]
    length: int


def signature(text: str, language: str | None = None) -> Signature:
    stems = content_stems(text, language)
    return Signature(
        frozenset(stems), frozenset(itertools.pairwise(stems)), frozenset(numbers(text)), len(stems)
    )


def exact_key(doc: StoryDoc) -> str:
    """Same title and text once case, accents, punctuation and spacing are folded."""
    folded = " ".join(fold(doc.text).split())
    return hashlib.sha1(folded.encode()).hexdigest()


# -- pair decision ------------------------------------------------------------------------
FEATURES = ("jaccard", "containment", "pair_jaccard", "numbers_agree", "length_ratio")


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
    return (shared / union, shared / smaller, len(a.pairs & b.pairs) / pair_union, agree, ratio)


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


@lru_cache(maxsize=4)
def default_pair_model(threshold: float = DEFAULT_DECISION) -> PairModel:
    return fit_pair_model(labelled_pairs(), threshold)


def pair_scores(
    pairs: Sequence[tuple[str, str, bool]], predicted: Sequence[bool]
) -> dict[str, float]:
    tp = sum(1 for (_, _, g), p in zip(pairs, predicted, strict=True) if g and p)
    fp = sum(1 for (_, _, g), p in zip(pairs, predicted, strict=True) if not g and p)
    fn = sum(1 for (_, _, g), p in zip(pairs, predicted, strict=True) if g and not p)
    return {**precision_recall_f1(tp, fp, fn), "pairs": len(pairs), "duplicates": tp + fn}


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

    def _minhashes(self, sigs: Sequence[Signature]) -> list[MinHash]:
        tokens = [[s.encode() for s in sig.stems] or [b"\x00"] for sig in sigs]
        return list(MinHash.bulk(tokens, num_perm=self.num_perm))

    def add_many(self, docs: Sequence[StoryDoc], stories: Sequence[int]) -> None:
        """Index items already in stories (the recent window)."""
        sigs = [signature(d.text, d.language) for d in docs]
        for doc, sig, mh, story in zip(docs, sigs, self._minhashes(sigs), stories, strict=True):
            self._index(doc, sig, mh, story)

    def _index(self, doc: StoryDoc, sig: Signature, mh: MinHash, story: int) -> None:
        self.story_of[doc.id] = story
        self.signatures[doc.id] = sig
        self.members.setdefault(story, []).append(doc.id)
        if doc.canonical_url:
            self.by_url.setdefault(doc.canonical_url, doc.id)
        self.by_exact.setdefault(exact_key(doc), doc.id)
        self.lsh.insert(doc.id, mh, check_duplication=False)

    def assign(self, docs: Sequence[StoryDoc], links: Links | None = None) -> list[Assignment]:
        """Place new items in stories, in the order given. A new story takes the id of the
        item that starts it."""
        links = links or Links()
        sigs = [signature(d.text, d.language) for d in docs]
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

    def _place(self, doc: StoryDoc, sig: Signature, mh: MinHash, links: Links) -> Assignment:
        for together in (p for p in links.together if doc.id in p):
            other = next(iter(together - {doc.id}), None)
            if other in self.story_of:
                return Assignment(doc.id, self.story_of[other], False, other)
        exact = (
            self.by_url.get(doc.canonical_url) if doc.canonical_url else None
        ) or self.by_exact.get(exact_key(doc))
        if exact is not None and self._allowed(doc.id, self.story_of[exact], links):
            return Assignment(doc.id, self.story_of[exact], False, exact, exact=True)
        best, best_p = None, self.model.threshold
        # LSH candidates are few for real news; text that repeats a tiny vocabulary would
        # make every item a candidate of every other, so look at MAX_CANDIDATES at most
        for candidate in itertools.islice(self.lsh.query(mh), MAX_CANDIDATES):
            if candidate == doc.id or not self._allowed(doc.id, self.story_of[candidate], links):
                continue
            p = self.model.probability(sig, self.signatures[candidate])
            if p >= best_p:
                best, best_p = candidate, p
        if best is None:
            return Assignment(doc.id, doc.id, True)
        return Assignment(doc.id, self.story_of[best], False, best)
