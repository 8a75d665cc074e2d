"""Fit the same-story pair model and print its weights (the constants PAIR_WEIGHTS and
PAIR_BIAS of veille/analyse/dedup.py), with its scores.

    python bench/fit_pairs.py [--data ../shared/data]

Fitted on the « tune » part of the real headline pairs of ../shared/data (STS-B train and
dev: 1,579 pairs) together with the project's own labelled pairs (analyse/data), the two
weighed alike; scored on the real held-out part (STS-B test, never fitted on) and on the
project's own evaluation pairs (tests/data/dedup-eval.jsonl). Only the fitted numbers go
into the code, never a text of the data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.analyse.dedup import (
    DEFAULT_DECISION,
    FEATURES,
    StoryDoc,
    compatible,
    exact_key,
    labelled_pairs,
    pair_features,
    signature,
)
from veille.analyse.metrics import precision_recall_f1

ROOT = Path(__file__).resolve().parent.parent
OWN_WEIGHT = 1.0  # the project's pairs weigh, all together, as much as the real ones


def prepared(rows: list[tuple[str, str, bool]], language: str | None) -> list[tuple]:
    out = []
    for a_text, b_text, gold in rows:
        a, b = StoryDoc(1, a_text, language=language), StoryDoc(2, b_text, language=language)
        sa, sb = signature(a_text, language, a_text), signature(b_text, language, b_text)
        out.append(
            (pair_features(sa, sb), compatible(a, sa, b, sb), exact_key(a) == exact_key(b), gold)
        )
    return out


def scores(model, rows: list[tuple], threshold: float, vetoes: bool = True) -> dict[str, float]:
    probabilities = model.predict_proba([r[0] for r in rows])[:, 1]
    tp = fp = fn = 0
    for (_, ok, exact, gold), p in zip(rows, probabilities, strict=True):
        same = (ok or not vetoes) and (exact or p >= threshold)
        tp += same and gold
        fp += same and not gold
        fn += gold and not same
    return precision_recall_f1(tp, fp, fn)


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    with (args.data / "story-pairs-dev.jsonl").open(encoding="utf-8") as f:
        real = [json.loads(line) for line in f if line.strip()]
    headlines = [r for r in real if r["kind"] == "sts-headlines"]
    tune = prepared(
        [(r["a"], r["b"], r["duplicate"]) for r in headlines if r["split"] != "stsb-test"], "en"
    )
    held = prepared(
        [(r["a"], r["b"], r["duplicate"]) for r in headlines if r["split"] == "stsb-test"], "en"
    )
    own = prepared(labelled_pairs(), None)
    evaluation = [
        json.loads(line)
        for line in (ROOT / "tests" / "data" / "dedup-eval.jsonl").read_text().splitlines()
    ]
    own_eval = prepared([(r["a"], r["b"], r["duplicate"]) for r in evaluation], None)
    weights = [OWN_WEIGHT * len(tune) / len(own)] * len(own) + [1.0] * len(tune)
    model = LogisticRegression(C=1.0, max_iter=3000).fit(
        [r[0] for r in own + tune], [r[3] for r in own + tune], sample_weight=weights
    )
    print("PAIR_WEIGHTS = (" + ", ".join(f"{w:.3f}" for w in model.coef_[0]) + ")")
    print(f"PAIR_BIAS = {model.intercept_[0]:.3f}")
    print("features:", ", ".join(FEATURES))
    for name, rows, vetoes in (
        ("real headline pairs, tune", tune, True),
        ("real headline pairs, held-out", held, True),
        ("own evaluation pairs", own_eval, False),
    ):
        s = scores(model, rows, DEFAULT_DECISION, vetoes)
        print(f"{name} ({len(rows)}): P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")


if __name__ == "__main__":
    main()
