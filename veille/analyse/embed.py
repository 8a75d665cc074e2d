"""Sentence vectors for the same-story decision: wordllama's static word embeddings (256
dimensions), which its wheel ships. They are loaded from the installed package with
downloads disabled, so nothing is ever fetched; about 2.5 s per 100,000 short texts on two
cores. The only wordllama user."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

DIMENSIONS = 256
CHARS = 300  # the title and the summary's start carry the topic; the rest costs time only


@lru_cache(maxsize=1)
def _model() -> Any:
    import wordllama
    from wordllama import WordLlama

    return WordLlama.load(
        cache_dir=Path(wordllama.__file__).parent, dim=DIMENSIONS, disable_download=True
    )


def vectors(texts: Sequence[str], chars: int = CHARS) -> np.ndarray:
    """One unit vector (float32) per text (its first ``chars`` characters: the time goes
    into tokenising, about 1.3 s per 100,000 × 30 characters); the cosine of two is their
    dot product."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    found = _model().embed([t[:chars] for t in texts], norm=True)
    return np.asarray(found, dtype=np.float32)
