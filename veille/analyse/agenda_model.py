"""What the agenda learns from people's readings: a small text classifier (call, event or
neither) trained on the items partners corrected on their page (« Ce que l'article
annonce »), which finds the calls and events the rules miss.

The rules (``opportunities.recognise``) read an item first; an item they find nothing in
is given to the model, and when the model reads a call or an event in it with enough
confidence (``RESCUE``) it enters the agenda as that kind, with the date the item states
for it (``opportunities.declared``). Nothing is learnt until people have read enough items
(``MIN_EXAMPLES``, both kinds and non-announcements among them): an installation starts
with the rules alone.

People read for the agenda mostly what announces something: their readings hold far more
calls and events than the network's stream does, and a model learnt from them alone takes
some ordinary news for calls. So the model also learns, as neither, from a background of
the network's own recent items that nobody read, that the rules find nothing in and that
the readings alone already read as neither (``BACKGROUND`` of them at most): what its
ordinary news looks like, without ever taking for news an item the readings would put in
the agenda. Pure: no storage, no clock."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from veille.analyse.opportunities import (
    Opportunity,
    call_words_named,
    declared,
    detect,
    event_words_named,
    fold,
    item_text,
)

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

KINDS = ("call", "event", "none")
MIN_EXAMPLES = 20  # people's readings before anything is learnt
MIN_PER_KIND = 5  # of non-announcements, and of calls and events together

RESCUE = 0.5  # the model's confidence for an item the rules found nothing in
# … for a call without a closing date whose item holds only words news use too ("to
# challenge AWS", "funding", "award"): the real stream's headlines were read at 0.50 to 0.62
SURE = 0.8
FOLDS = 5  # the agenda checks itself on people's readings in five folds
LEARNT = "appris"  # the phrase of a learnt reading (shown on the item's page)
BACKGROUND = 100  # recent items nobody read, learnt from as neither


@dataclass(frozen=True, slots=True)
class Example:
    """An item a person read for the agenda: what it says, and what it announces."""

    title: str
    text: str  # summary, then the fetched page's text
    kind: str  # "call", "event" or "none"
    published: date | None = None  # when the item was published (to check what is read)


@dataclass(frozen=True, slots=True)
class Check:
    """How well the agenda reads the items people read, each by a model that did not learn
    from it (``cross_check``): what an installation can tell of its own agenda."""

    readings: int
    announcing: int  # calls and events among them
    found: int  # of those, what the agenda puts in (by its rules, or what it learnt)
    rows: int  # readings the agenda puts in: ``found`` and the others it takes for one

    @property
    def recall(self) -> float:
        return self.found / self.announcing if self.announcing else 0.0

    @property
    def precision(self) -> float:
        return self.found / self.rows if self.rows else 0.0


def document(title: str, text: str, body: str = "") -> str:
    """The words the model reads: the title, the summary and the page's lead, folded as
    the rules read them."""
    return fold(item_text(title, text, body))


def signature(examples: Sequence[Example]) -> str:
    """What the model learns from, in short: a new model is trained when it changes."""
    digest = hashlib.sha256()
    for e in examples:
        digest.update(f"{e.kind}\x00{e.title}\x00{e.text}\x01".encode())
    return digest.hexdigest()[:16]


class AgendaModel:
    """Call, event or neither, learnt from people's readings (TF-IDF words, logistic
    regression, classes balanced: a network reads fewer calls than news)."""

    def __init__(self, pipeline: Pipeline, examples: int, version: str) -> None:
        self._pipeline = pipeline
        self._classes = [str(c) for c in pipeline.classes_]
        self.examples = examples
        self.version = version

    @classmethod
    def train(
        cls, examples: Sequence[Example], background: Sequence[Example] = ()
    ) -> AgendaModel | None:
        """The model, or None when people have not read enough items to learn from.
        ``background``: items nobody read, learnt from as neither (they never make up for
        too few readings)."""
        if not enough(examples):
            return None
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline

        def fitted(learnt_from: Sequence[Example]) -> Pipeline:
            pipeline = make_pipeline(
                TfidfVectorizer(sublinear_tf=True),
                LogisticRegression(C=10.0, class_weight="balanced", max_iter=3000),
            )
            docs = [document(e.title, e.text) for e in learnt_from]
            return pipeline.fit(docs, [e.kind for e in learnt_from])

        pipeline = fitted(examples)
        if background:
            # the unread items the readings alone read as neither: never one they would rescue
            none = list(pipeline.classes_).index("none")
            rows = pipeline.predict_proba([document(e.title, e.text) for e in background])
            neither = [
                Example(e.title, e.text, "none")
                for e, row in zip(background, rows, strict=True)
                if row[none] >= RESCUE
            ]
            if neither:
                pipeline = fitted([*examples, *neither])
        return cls(pipeline, len(examples), signature(examples))

    def kinds(self, documents: Sequence[str]) -> list[tuple[str, float]]:
        """For each document, the kind the model reads most likely and its probability."""
        if not documents:
            return []
        found = []
        for row in self._pipeline.predict_proba(list(documents)):
            best = max(range(len(row)), key=lambda i: row[i])
            found.append((self._classes[best], float(row[best])))
        return found


def enough(examples: Sequence[Example]) -> bool:
    """Whether people have read enough items to learn from: ``MIN_EXAMPLES``, with
    ``MIN_PER_KIND`` announcements and as many other items among them."""
    counts = Counter(e.kind for e in examples)
    if set(counts) - set(KINDS):
        raise ValueError(f"unknown kinds: {sorted(set(counts) - set(KINDS))}")
    announcing = counts["call"] + counts["event"]
    return len(examples) >= MIN_EXAMPLES and min(counts["none"], announcing) >= MIN_PER_KIND


def cross_check(
    examples: Sequence[Example], background: Sequence[Example] = (), folds: int = FOLDS
) -> Check | None:
    """The agenda's reading of each item people read, by its rules and by a model trained
    on the *other* readings (``folds``-fold, the folds drawn by a hash of each item's
    words, the same every time): the share of their calls and events it finds, and of its
    rows that are calls or events. None until enough items are read to learn from."""
    if not enough(examples):
        return None
    order = sorted(
        examples, key=lambda e: hashlib.sha256(f"{e.title}\x00{e.text}".encode()).hexdigest()
    )
    found = rows = 0
    for part in range(folds):
        tested = order[part::folds]
        model = AgendaModel.train([e for i, e in enumerate(order) if i % folds != part], background)
        kinds = model.kinds([document(e.title, e.text) for e in tested]) if model else []
        for n, e in enumerate(tested):
            published = e.published or date.min
            read = detect(e.title, e.text, published) is not None or bool(
                kinds and learnt(*kinds[n], e.title, e.text, published)
            )
            rows += read
            found += read and e.kind != "none"
    return Check(len(examples), sum(e.kind != "none" for e in examples), found, rows)


def learnt(
    kind: str, confidence: float, title: str, text: str, published: date, body: str = ""
) -> Opportunity | None:
    """An item the rules found nothing in, as the model reads it: a call or an event the
    model is confident enough of, with the date the item states for that kind. An event
    without a day to come is left out: what the model reads as one is then mostly a report
    of it."""
    if kind == "none" or confidence < RESCUE:
        return None
    found = declared(kind, title, text, published, body)
    if found is None or (found.kind == "event" and found.when is None):
        return None  # a call whose title gives its winners; an event already held
    if found.kind == "call" and found.deadline is None:
        named = call_words_named(title, text, body)
        if named is None:
            return None  # no call's word and no closing date: news the model took for a call
        if named == "common" and confidence < SURE:
            return None  # only words news use too ("to challenge AWS", "funding"): surer
    if found.kind == "event" and confidence < SURE and not event_words_named(title, text, body):
        return None  # no event's word: a news item's day ("Brown names 16 March for budget")
    return Opportunity(found.kind, found.label, found.deadline, found.when, LEARNT)
