"""Theme classifier: the only scikit-learn user for themes (train, predict, explain, evaluate).

Multi-label: one logistic regression per theme over two kinds of features of the title
(counted twice) and summary — word and word-pair TF-IDF (accents folded) and hits of each
theme's term list, matched at word starts so that word forms agree (editors extend the
lists in sources.yaml). Character n-grams were tried and dropped: no gain on the
evaluation set, 2.4 times the cost. Every tag comes with a probability; items whose
scores sit near the threshold are flagged « à trier » for a person. The model is saved with
its format version, the scikit-learn version, its training date, example counts and
metrics; loading an incompatible file says so.
"""

from __future__ import annotations

import csv
import math
import pickle
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
import yaml
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from veille.analyse.embed import vectors
from veille.analyse.metrics import precision_recall_f1
from veille.analyse.textnorm import STOPWORDS, fold
from veille.errors import ClassifierError, ModelOutdatedError

MODEL_FORMAT = 3  # 2: the class moved to veille.analyse.classify; 3: sentence vectors
DEFAULT_THRESHOLD = 0.5
DEFAULT_REVIEW_MARGIN = 0.15


@dataclass(frozen=True, slots=True)
class Doc:
    title: str
    summary: str = ""
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Example:
    doc: Doc
    labels: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Prediction:
    labels: tuple[str, ...]
    scores: dict[str, float]
    to_sort: bool  # « à trier »: a person should look


def doc_text(doc: Doc) -> str:
    title = doc.title.strip()
    return f"{title}. {title}. {doc.summary.strip()}"


# -- seed data and term lists -------------------------------------------------------------
def _data_file(name: str) -> str:
    return resources.files("veille.analyse").joinpath("data", name).read_text("utf-8")


def seed_examples() -> list[Example]:
    """The seed set written by the project: realistic headlines per theme and off-topic."""
    examples = []
    for name in (
        "seed-cyber.tsv",
        "seed-ai.tsv",
        "seed-blockchain.tsv",
        "seed-other.tsv",
        "seed-mixed.tsv",
    ):
        for number, row in enumerate(
            csv.reader(_data_file(name).splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE), 1
        ):
            if not row or row[0].startswith("#"):
                continue
            if len(row) != 4:
                raise ClassifierError(f"{name}:{number}: 4 colonnes attendues, {len(row)} lues")
            labels = () if row[0] == "-" else tuple(row[0].split(","))
            examples.append(Example(Doc(row[2], row[3], row[1]), labels))
    return examples


def default_terms() -> dict[str, list[str]]:
    data = yaml.safe_load(_data_file("terms.yaml"))
    return {str(k): [str(t) for t in v] for k, v in data.items()}


def merged_terms(extra: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    terms = default_terms()
    for theme, more in extra.items():
        terms.setdefault(theme, [])
        terms[theme] = list(dict.fromkeys([*terms[theme], *more]))
    return terms


# -- features -----------------------------------------------------------------------------
def _term_pattern(terms: Sequence[str]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """One pattern for case-exact terms (written with capitals), one for the others."""
    exact = [t for t in terms if any(c.isupper() for c in t)]
    loose = [fold(t) for t in terms if t not in exact]

    def compile_(items: list[str], flags: int) -> re.Pattern[str] | None:
        if not items:
            return None
        return re.compile(rf"(?<![\w-])(?:{_trie(set(items))})", flags)

    exact_pattern = compile_(exact, 0)
    if exact_pattern is not None:  # capitals: a whole word only (IA, not « IAM »)
        exact_pattern = re.compile(exact_pattern.pattern + r"(?![\w])")
    return exact_pattern, compile_(loose, re.IGNORECASE)


def _trie(words: Iterable[str]) -> str:
    """One regular expression for many literal words, as a trie (« cyber(?:attack|crim) »):
    the same matches as their plain alternation, longest first, but the engine follows one
    branch per character instead of trying every word at every position."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + build(node[c]) for c in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


class TermHits(BaseEstimator, TransformerMixin):  # type: ignore[misc]
    """One feature per term list: log(1 + hits)."""

    def __init__(self, terms: Mapping[str, Sequence[str]] | None = None) -> None:
        self.terms = terms

    def fit(self, texts: Sequence[str], y: Any = None) -> TermHits:
        self.names_ = sorted(self.terms or {})
        self.patterns_ = [_term_pattern((self.terms or {})[name]) for name in self.names_]
        return self

    def matches(self, text: str) -> dict[str, list[str]]:
        """The words of ``text`` that each list matched, as written in the text."""
        folded = fold(text)
        aligned = len(folded) == len(text)  # accents folded one for one: show the original
        found: dict[str, list[str]] = {}
        for name, (exact, loose) in zip(self.names_, self.patterns_, strict=True):
            hits = [m.group(0) for m in exact.finditer(text)] if exact else []
            if loose:
                hits += [
                    text[m.start() : m.end()] if aligned else m.group(0)
                    for m in loose.finditer(folded)
                ]
            if hits:
                found[name] = hits
        return found

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        rows = np.zeros((len(texts), len(self.names_)), dtype=np.float64)
        for i, text in enumerate(texts):
            for j, hits in self._counts(text):
                rows[i, j] = math.log1p(hits)
        return sparse.csr_matrix(rows)

    def _counts(self, text: str) -> Iterable[tuple[int, int]]:
        folded = fold(text)
        for j, (exact, loose) in enumerate(self.patterns_):
            hits = (len(exact.findall(text)) if exact else 0) + (
                len(loose.findall(folded)) if loose else 0
            )
            if hits:
                yield j, hits

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        return np.array([f"terms:{n}" for n in self.names_], dtype=object)


VECTOR_WEIGHT = 2.0  # tuned on the « tune » part of themes-dev (bench/themes_real.py)
VECTOR_CHARS = 120  # about the title: enough for the topic, and classification stays fast


def sentence_vectors(texts: Sequence[str]) -> np.ndarray:
    """Each text's sentence vector (analyse.embed), weighed: meaning beyond the exact words,
    so that a text about a coin, a product or an attack the seed set never names still lands
    near its theme. Nothing is fitted; the embeddings ship with the library. Kept dense
    beside the sparse word features (a dense block inside a sparse matrix is slow)."""
    return vectors(list(texts), VECTOR_CHARS) * VECTOR_WEIGHT


def _features(terms: Mapping[str, Sequence[str]]) -> FeatureUnion:
    return FeatureUnion(
        [
            (
                "words",
                TfidfVectorizer(
                    strip_accents="unicode",
                    lowercase=True,
                    ngram_range=(1, 2),
                    min_df=1,
                    sublinear_tf=True,
                    token_pattern=r"(?u)\b\w+\b",
                ),
            ),
            ("terms", TermHits(terms)),
        ],
        transformer_weights={"words": 1.0, "terms": 1.4},
    )


# -- the model ----------------------------------------------------------------------------
@dataclass
class ThemeClassifier:
    themes: tuple[str, ...]
    features: FeatureUnion
    models: dict[str, LogisticRegression]
    trained_at: datetime
    examples: int
    corrections: int
    version: str
    metrics: dict[str, Any] = field(default_factory=dict)
    threshold: float = DEFAULT_THRESHOLD
    review_margin: float = DEFAULT_REVIEW_MARGIN

    @classmethod
    def train(
        cls,
        examples: Sequence[Example],
        themes: Sequence[str],
        terms: Mapping[str, Sequence[str]],
        now: datetime,
        corrections: int = 0,
    ) -> ThemeClassifier:
        themes = tuple(themes)
        if not examples:
            raise ClassifierError("aucun exemple pour entraîner le classifieur")
        texts = [doc_text(e.doc) for e in examples]
        features = _features({k: v for k, v in terms.items()})
        matrix = sparse.hstack(
            [features.fit_transform(texts), sparse.csr_matrix(sentence_vectors(texts))]
        ).tocsr()
        models: dict[str, LogisticRegression] = {}
        for theme in themes:
            y = np.array([theme in e.labels for e in examples])
            if y.all() or not y.any():
                raise ClassifierError(
                    f"le thème « {theme} » n'a pas d'exemples positifs et "
                    "négatifs : ajoutez des exemples ou des corrections"
                )
            model = LogisticRegression(C=8.0, class_weight="balanced", max_iter=2000)
            models[theme] = model.fit(matrix, y)
        return cls(
            themes,
            features,
            models,
            now,
            len(examples),
            corrections,
            version=f"{now:%Y%m%d-%H%M%S}-{len(examples)}",
        )

    # -- use --------------------------------------------------------------------------------
    def scores(
        self,
        docs: Sequence[Doc],
        hints: Sequence[Sequence[str]] | None = None,
        hint_weight: float = 0.0,
    ) -> list[dict[str, float]]:
        """Probability of each theme for each document. ``hints`` (the source's declared
        themes) nudge the log-odds by ``hint_weight``: a hint, not the answer."""
        if not docs:
            return []
        texts = [doc_text(d) for d in docs]
        words = self.features.transform(texts)
        dense = sentence_vectors(texts)
        width = words.shape[1]
        logits = {
            t: words @ m.coef_[0][:width] + dense @ m.coef_[0][width:] + m.intercept_[0]
            for t, m in self.models.items()
        }
        out = []
        for i in range(len(docs)):
            row = {}
            for theme in self.themes:
                z = float(logits[theme][i])
                if hints is not None and theme in hints[i]:
                    z += hint_weight
                row[theme] = 1.0 / (1.0 + math.exp(-z))
            out.append(row)
        return out

    def decide(self, scores: Mapping[str, float]) -> Prediction:
        labels = tuple(t for t in self.themes if scores[t] >= self.threshold)
        to_sort = any(abs(p - self.threshold) < self.review_margin for p in scores.values())
        return Prediction(labels, {t: round(p, 4) for t, p in scores.items()}, to_sort)

    def predict(
        self,
        docs: Sequence[Doc],
        hints: Sequence[Sequence[str]] | None = None,
        hint_weight: float = 0.0,
    ) -> list[Prediction]:
        return [self.decide(s) for s in self.scores(docs, hints, hint_weight)]

    def explain(self, doc: Doc, theme: str, limit: int = 5) -> list[str]:
        """The words and listed terms that weighed most towards ``theme`` for ``doc``."""
        return self.explain_all(doc, limit, (theme,))[theme]

    def explain_all(
        self, doc: Doc, limit: int = 5, themes: Sequence[str] | None = None
    ) -> dict[str, list[str]]:
        """``explain`` for each theme (every theme by default), the text read once."""
        text = doc_text(doc)
        row = self.features.transform([text]).tocsr()
        names = self._feature_names()
        matches = self.features.named_transformers["terms"].matches(text)
        words = [(k, j) for k, j in enumerate(row.indices) if names[j].startswith("words__")]
        explained = {}
        for theme in self.themes if themes is None else themes:
            coef = self.models[theme].coef_[0]
            contributions = sorted(
                ((row.data[k] * coef[j], names[j]) for k, j in words), reverse=True
            )
            found = [c[1].removeprefix("words__") for c in contributions if c[0] > 0]
            found = [w for w in found if not set(w.split()) & STOPWORDS]
            ordered: dict[str, str] = {}  # folded form → as shown
            for word in [*matches.get(theme, []), *found]:
                ordered.setdefault(fold(word), word)
            explained[theme] = list(ordered.values())[:limit]
        return explained

    def _feature_names(self) -> Any:
        """The features' names, computed once per model in memory (not saved with it)."""
        names = self.__dict__.get("_names")
        if names is None:
            names = self.__dict__["_names"] = self.features.get_feature_names_out()
        return names

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_names"}

    # -- persistence ------------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        envelope = {"format": MODEL_FORMAT, "sklearn": sklearn.__version__, "model": self}
        tmp = path.with_suffix(path.suffix + ".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(envelope, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)

    @classmethod
    def load(cls, path: str | Path) -> ThemeClassifier:
        """Load a model saved by ``save``. Only load files this installation wrote: the
        format is pickle, which runs code."""
        path = Path(path)
        try:
            with path.open("rb") as fh:
                envelope = pickle.load(fh)
        except FileNotFoundError:
            raise ClassifierError(
                f"modèle introuvable : {path} (lancez « veille classify train »)"
            ) from None
        except (ModuleNotFoundError, AttributeError) as exc:  # saved by an older layout
            raise ModelOutdatedError(
                f"modèle d'une version antérieure : {path} — relancez « veille classify train »"
            ) from exc
        except Exception as exc:  # a truncated or foreign file
            raise ClassifierError(
                f"modèle illisible : {path} ({type(exc).__name__}) — "
                "relancez « veille classify train »"
            ) from exc
        found = envelope.get("format") if isinstance(envelope, dict) else None
        if isinstance(found, int) and 0 < found < MODEL_FORMAT:
            raise ModelOutdatedError(
                f"modèle d'une version antérieure : {path} (format "
                f"{found}, attendu {MODEL_FORMAT}) — relancez « veille "
                "classify train »"
            )
        if found != MODEL_FORMAT:
            raise ClassifierError(
                f"modèle incompatible : {path} (format {found or '?'}, "
                f"attendu {MODEL_FORMAT}) — relancez « veille classify "
                "train »"
            )
        assert isinstance(envelope, dict)
        if envelope.get("sklearn") != sklearn.__version__:
            raise ClassifierError(
                f"modèle entraîné avec scikit-learn {envelope.get('sklearn')}, "
                f"installé : {sklearn.__version__} — relancez « veille "
                "classify train »"
            )
        return envelope["model"]  # type: ignore[no-any-return]


# -- evaluation ---------------------------------------------------------------------------
def evaluate(
    gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]], themes: Sequence[str]
) -> dict[str, Any]:
    """Per-theme precision, recall and F1, and their macro average."""
    per_theme: dict[str, dict[str, float]] = {}
    for theme in themes:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if theme in g and theme in p)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if theme not in g and theme in p)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if theme in g and theme not in p)
        per_theme[theme] = {**precision_recall_f1(tp, fp, fn), "support": tp + fn}
    macro = sum(v["f1"] for v in per_theme.values()) / len(per_theme) if per_theme else 0.0
    exact = sum(1 for g, p in zip(gold, predicted, strict=True) if set(g) == set(p))
    return {
        "themes": per_theme,
        "macro_f1": round(macro, 4),
        "items": len(gold),
        "exact_match": round(exact / len(gold), 4) if gold else 0.0,
    }
