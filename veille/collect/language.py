"""Language detection for items whose source does not say (py3langid)."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

LANGUAGES = ("fr", "en", "de", "es", "it", "nl", "pt")


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect_language(text: str, minimum_chars: int = 12) -> str | None:
    """Two-letter code, or None when the text is too short to tell."""
    text = text.strip()
    if len(text) < minimum_chars:
        return None
    language, _probability = _identifier().classify(text)
    return str(language)
