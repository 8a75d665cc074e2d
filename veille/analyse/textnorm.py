"""Text normalisation shared by the classifier and duplicate detection (pure)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)

STOPWORDS = frozenset(
    {
        "a",
        "à",
        "au",
        "aux",
        "avec",
        "ce",
        "ces",
        "cet",
        "cette",
        "dans",
        "de",
        "des",
        "du",
        "elle",
        "en",
        "et",
        "eux",
        "il",
        "ils",
        "je",
        "la",
        "le",
        "les",
        "leur",
        "leurs",
        "lui",
        "ma",
        "mais",
        "me",
        "même",
        "mes",
        "moi",
        "mon",
        "ne",
        "nos",
        "notre",
        "nous",
        "on",
        "ou",
        "où",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "son",
        "sur",
        "ta",
        "te",
        "tes",
        "toi",
        "ton",
        "tu",
        "un",
        "une",
        "vos",
        "votre",
        "vous",
        "y",
        "été",
        "être",
        "avoir",
        "ont",
        "est",
        "sont",
        "ai",
        "fait",
        "plus",
        "moins",
        "très",
        "tout",
        "tous",
        "toutes",
        "toute",
        "sans",
        "sous",
        "entre",
        "après",
        "avant",
        "depuis",
        "lors",
        "comme",
        "ainsi",
        "aussi",
        "alors",
        "donc",
        "car",
        "si",
        "selon",
        "contre",
        "chez",
        "vers",
        "cela",
        "ça",
        "dont",
        "était",
        "sera",
        "seront",
        "peut",
        "the",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "not",
        "no",
        "than",
        "then",
        "their",
        "there",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "i",
        "my",
        "into",
        "over",
        "after",
        "before",
        "about",
        "up",
        "down",
        "out",
        "off",
        "more",
        "most",
        "also",
        "just",
        "new",
        "says",
        "said",
    }
)


def fold(text: str) -> str:
    """Lower case without accents: « Sécurité » → « securite »."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    if decomposed.isascii():
        return decomposed
    # the marks to drop, looked up once per distinct character (a long page has few)
    for mark in [c for c in set(decomposed) if unicodedata.combining(c)]:
        decomposed = decomposed.replace(mark, "")
    return decomposed


@lru_cache(maxsize=4)
def _stemmer(language: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("french" if language == "fr" else "english")


def words(text: str) -> list[str]:
    """Lower-case words with French elisions (l', d', qu') removed."""
    return [_ELISION.sub("", w) for w in _WORD.findall(text.lower())]


def content_stems(text: str, language: str | None = None) -> list[str]:
    """Stems of the words that carry meaning, accents folded (for overlap measures)."""
    lang = "fr" if language == "fr" else "en"
    return [
        _stem(w, lang) for w in words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())
    ]


@lru_cache(maxsize=500_000)
def _stem(word: str, language: str) -> str:
    """Snowball is pure Python (≈ 100 µs a word); news vocabulary repeats, so cache it."""
    return fold(_stemmer(language).stemWord(word))


def numbers(text: str) -> set[str]:
    """Numbers in a text, spelled without separators (« 2 millions », « 2,5 % » → 2, 25)."""
    return {
        re.sub(r"[ ,.\u202f\u00a0]", "", n)
        for n in re.findall(r"\d[\d ,.\u202f\u00a0]*\d|\d", text)
    }
