"""Classification and story services: wire the pure classifier and dedup stages to the store.

Called by the facade after each collection and by the `veille classify` and `veille dedup`
commands; the scheduler will call the same functions.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from veille.analyse.classify import (
    Doc,
    Example,
    ThemeClassifier,
    evaluate,
    merged_terms,
    seed_examples,
)
from veille.analyse.dedup import PairModel, StoryIndex, default_pair_model, pair_scores, signature
from veille.analyse.records import Classified, DedupReport, TrainReport
from veille.analyse.region import Gazetteer
from veille.analyse.vulns import advisory_ids, is_alert, vulnerability_ids
from veille.errors import ClassifierError, InputError, ModelOutdatedError
from veille.settings import Settings
from veille.storage.themes import ThemeStore
from veille.storage.vulns import RECENT_DAYS, VulnStore
from veille.types import SourcesConfig

log = logging.getLogger("veille.analyse")


# -- JSONL input --------------------------------------------------------------------------
def read_jsonl(
    path: str | Path, required: dict[str, type | tuple[type, ...]]
) -> list[dict[str, Any]]:
    """Every line parsed and checked; the first bad line raises with file and line."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{name} : lecture impossible ({exc})") from exc
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}:{number} : JSON invalide ({exc.msg})") from exc
        if not isinstance(row, dict):
            raise InputError(f"{name}:{number} : un objet JSON est attendu")
        for key, kind in required.items():
            if key not in row or not isinstance(row[key], kind):
                raise InputError(f"{name}:{number} : champ « {key} » absent ou de mauvais type")
        rows.append(row)
    return rows


# -- classifier ---------------------------------------------------------------------------
def theme_ids(config: SourcesConfig) -> tuple[str, ...]:
    return tuple(t.id for t in config.themes)


def train(
    settings: Settings, config: SourcesConfig, store: ThemeStore, now: datetime, folds: int = 5
) -> TrainReport:
    themes = theme_ids(config)
    seed = [Example(e.doc, tuple(t for t in e.labels if t in themes)) for e in seed_examples()]
    corrections = [
        Example(Doc(t.title, t.summary, t.language), tuple(x for x in labels if x in themes))
        for t, labels in store.labelled()
    ]
    examples = seed + corrections
    terms = merged_terms({t.id: t.terms for t in config.themes})
    cv = cross_validate(examples, themes, terms, now, folds) if folds > 1 else {}
    model = ThemeClassifier.train(examples, themes, terms, now, corrections=len(corrections))
    model.threshold = settings.classify_threshold
    model.review_margin = settings.classify_review_margin
    model.metrics = {"cross_validation": cv}
    model.save(settings.model_file)
    return TrainReport(model, settings.model_file, len(seed), len(corrections), cv)


def cross_validate(
    examples: list[Example],
    themes: tuple[str, ...],
    terms: dict[str, list[str]],
    now: datetime,
    folds: int,
) -> dict[str, Any]:
    order = list(range(len(examples)))
    random.Random(7).shuffle(order)
    predicted: list[tuple[str, ...]] = [()] * len(examples)
    for fold in range(folds):
        held = [i for k, i in enumerate(order) if k % folds == fold]
        kept = [examples[i] for k, i in enumerate(order) if k % folds != fold]
        model = ThemeClassifier.train(kept, themes, terms, now)
        for i, p in zip(held, model.predict([examples[i].doc for i in held]), strict=True):
            predicted[i] = p.labels
    return evaluate([e.labels for e in examples], predicted, themes)


def load_or_train(
    settings: Settings, config: SourcesConfig, store: ThemeStore, now: datetime
) -> ThemeClassifier:
    """The saved model; trained from the seed set (and corrections) when there is none yet
    or when the themes in sources.yaml changed."""
    if Path(settings.model_file).exists():
        try:
            model: ThemeClassifier | None = ThemeClassifier.load(settings.model_file)
        except ModelOutdatedError as exc:
            log.info("%s: retraining", exc)
            model = None
        if model is not None and model.themes == theme_ids(config):
            model.threshold = settings.classify_threshold
            model.review_margin = settings.classify_review_margin
            return model
        if model is not None:
            log.info(
                "themes changed (%s → %s): retraining",
                ",".join(model.themes),
                ",".join(theme_ids(config)),
            )
    return train(settings, config, store, now, folds=0).model


def classify_stored(
    model: ThemeClassifier, store: ThemeStore, hint_weight: float, everything: bool = False
) -> int:
    done = 0
    for batch in store.texts_to_classify(everything):
        docs = [Doc(t.title, t.summary, t.language) for t in batch]
        hints = [_hint(t.source_themes, model.themes) for t in batch]
        predictions = model.predict(docs, hints, hint_weight)
        store.save_classification(
            [
                Classified(t.id, p.labels, p.scores, p.to_sort, model.version)
                for t, p in zip(batch, predictions, strict=True)
            ]
        )
        done += len(batch)
    return done


def vulnerabilities_stored(
    store: ThemeStore, vulns: VulnStore, now: datetime, region: Gazetteer | None = None
) -> int:
    """Read the CVE, EUVD and CERT-FR ids of every item not read yet, and what of the
    region it names; record a recent CERT-FR « alerte » as an event for flash alerts; how
    many items cite a vulnerability."""
    citing = 0
    recent = now - timedelta(days=RECENT_DAYS)
    for batch in store.texts_for_vulnerabilities():
        found, alerts = [], []
        for t in batch:
            ids = vulnerability_ids(t.title, t.summary, t.content)
            advisories = advisory_ids(t.title, t.url or "", t.summary, t.content[:2000])
            places = region.find(t.title, t.summary, t.content[:2000]) if region else ()
            found.append((t.id, ids + advisories, [m.place for m in places]))
            citing += bool(ids)
            if any(is_alert(a) for a in advisories[:1]) and t.published_at >= recent:
                alerts.append((t.id, f"{t.title}\n{t.summary[:600]}", t.title, t.url))
        store.save_vulnerabilities(found)
        vulns.record_alerts(alerts, now)
    return citing


def _hint(declared: tuple[str, ...], themes: tuple[str, ...]) -> tuple[str, ...]:
    """A source that covers some themes only hints at them; one that covers all (a generic
    outlet) hints at nothing."""
    return () if set(themes) <= set(declared) else declared


def predict_rows(model: ThemeClassifier, rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    docs = [Doc(str(r["title"]), str(r.get("summary") or ""), r.get("language")) for r in rows]
    for row, prediction in zip(rows, model.predict(docs), strict=True):
        yield {
            **row,
            "labels": list(prediction.labels),
            "scores": prediction.scores,
            "to_sort": prediction.to_sort,
        }


def evaluate_rows(model: ThemeClassifier, rows: list[dict[str, Any]]) -> dict[str, Any]:
    unknown = sorted({t for r in rows for t in r["labels"]} - set(model.themes))
    if unknown:
        raise InputError(
            f"thème(s) inconnu(s) dans les étiquettes : {', '.join(unknown)} "
            f"(thèmes du modèle : {', '.join(model.themes)})"
        )
    predicted = [r["labels"] for r in predict_rows(model, rows)]
    return evaluate([r["labels"] for r in rows], predicted, model.themes)


# -- stories ------------------------------------------------------------------------------
def pair_model(settings: Settings) -> PairModel:
    return default_pair_model(settings.dedup_threshold)


def dedup_stored(
    settings: Settings, store: ThemeStore, now: datetime, everything: bool = False
) -> DedupReport:
    if everything:
        store.reset_stories()
    placed, fresh = store.story_docs(now - timedelta(days=settings.dedup_window_days))
    index = StoryIndex(pair_model(settings))
    index.add_many([d for d, _ in placed], [s for _, s in placed])
    assignments = index.assign(fresh, store.links())
    store.save_stories(assignments)
    return DedupReport(
        len(assignments),
        sum(a.new for a in assignments),
        sum(not a.new for a in assignments),
        sum(a.exact for a in assignments),
    )


def dedup_eval_rows(settings: Settings, rows: list[dict[str, Any]]) -> dict[str, Any]:
    model = pair_model(settings)
    pairs = [(str(r["a"]), str(r["b"]), bool(r["duplicate"])) for r in rows]
    predicted = [model.same(signature(a), signature(b)) for a, b, _ in pairs]
    return pair_scores(pairs, predicted)


def require_themes(themes: list[str], config: SourcesConfig) -> list[str]:
    known = set(theme_ids(config))
    unknown = [t for t in themes if t not in known]
    if unknown:
        raise ClassifierError(
            f"thème(s) inconnu(s) : {', '.join(unknown)} "
            f"(thèmes déclarés : {', '.join(sorted(known))})"
        )
    return themes
