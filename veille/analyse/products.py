"""« Mon parc »: which catalogue products a text names (pure).

A product is named when one of its aliases appears as whole words, case and accents
ignored, once the product's exclusions are blanked out (« Cisco IOS XE » is not Apple's
iOS). Precision comes first: a flash alert to someone who does not use the product is the
failure readers forgive least, so aliases are product names, never vendors alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from veille.analyse.textnorm import fold as lower_plain


@dataclass(frozen=True, slots=True)
class Product:
    id: str
    label: str
    aliases: tuple[str, ...]
    exclude: tuple[str, ...] = ()


def fold(text: str) -> str:
    """Lower case, accents off, every run of other characters a single space (hyphens and
    dots inside names kept: « pan-os », « 7-zip », « .net »)."""
    return " " + " ".join(re.sub(r"[^a-z0-9.+#-]+", " ", lower_plain(text)).split()) + " "


def _phrase(words: Iterable[str]) -> str:
    parts = sorted({fold(w).strip() for w in words if fold(w).strip()}, key=len, reverse=True)
    return "|".join(re.escape(p) for p in parts)


@dataclass(frozen=True)
class Catalogue:
    products: tuple[Product, ...]

    @cached_property
    def _patterns(self) -> tuple[tuple[Product, re.Pattern[str], re.Pattern[str] | None], ...]:
        # whole words: not inside a longer name (« phpMyAdmin »), a file name
        # (« sliceresource.php ») or a hyphenated one (« PAN-OS » is not « OS »)
        edge = r"(?<![a-z0-9.])(?:{})(?![a-z0-9]|-[a-z0-9])"
        compiled = []
        for p in self.products:
            names = re.compile(edge.format(_phrase(p.aliases)))
            vetoes = re.compile(edge.format(_phrase(p.exclude))) if p.exclude else None
            compiled.append((p, names, vetoes))
        return tuple(compiled)

    def get(self, product_id: str) -> Product | None:
        return next((p for p in self.products if p.id == product_id), None)

    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.products)

    def named_in(self, *texts: str) -> tuple[str, ...]:
        """The ids of the products the texts name, in catalogue order."""
        folded = fold(" \n ".join(texts))
        found = []
        for product, names, vetoes in self._patterns:
            text = vetoes.sub(" ", folded) if vetoes is not None else folded
            if names.search(text):
                found.append(product.id)
        return tuple(found)

    def search(self, query: str) -> tuple[Product, ...]:
        """Products whose label or an alias contains every word of ``query``."""
        words = fold(query).split()
        return tuple(
            p
            for p in self.products
            if all(w in fold(" ".join((p.label, *p.aliases))) for w in words)
        )

    def labels(self, ids: Sequence[str]) -> list[str]:
        known = {p.id: p.label for p in self.products}
        return [known[i] for i in ids if i in known]
