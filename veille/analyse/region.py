"""The regional lens (pure): which places, partners, clusters, laboratories and companies of
the region an item names, from a gazetteer an administrator edits.

Precision first. A name that is also a common word or a surname, or names something else
elsewhere, is only taken in a context that makes it the region's: « la Manche » is the
Channel as often as the département, so only « (Manche) », « Manche (50) », « département de
la Manche », « dans la Manche » in French count; « Caen » preceded by a capitalised first
name is a surname (« Hervé Caen »); « Eure-et-Loir » is not « Eure »; a text that places
itself by a namesake abroad (Dieppe in New Brunswick, Vernon in British Columbia) names the
town only if it also names the region itself. Each entry says how it may match: ``names``
anywhere (as whole words, case kept), ``contexts`` only in the given phrases, ``exclude``
phrases that are never it, ``elsewhere`` words that put the text by a namesake abroad.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    label: str
    kind: str  # region, departement, commune, partenaire, pole, laboratoire, entreprise
    names: tuple[str, ...] = ()  # matched anywhere, whole words, case as written
    contexts: tuple[str, ...] = ()  # regular expressions: matched only in these phrases
    exclude: tuple[str, ...] = ()  # phrases that contain a name but are not it
    surname: bool = False  # also a surname: not after a capitalised first name
    elsewhere: tuple[str, ...] = ()  # words placing the text by a namesake abroad


@dataclass(frozen=True, slots=True)
class RegionMatch:
    place: str  # the gazetteer id
    label: str
    kind: str
    text: str  # what matched, as written


_FIRST_NAME = re.compile(r"(?:^|[^\w-])[A-ZÀ-Ý][a-zà-ÿ]+[ \u00a0]$")  # « Hervé »


def _any_of(phrases: Sequence[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    return re.compile("|".join(re.escape(e) for e in phrases), re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Compiled:
    place: Place
    pattern: re.Pattern[str] | None
    vetoes: re.Pattern[str] | None
    elsewhere: re.Pattern[str] | None


@dataclass(frozen=True)
class Gazetteer:
    name: str  # « Normandie »
    places: tuple[Place, ...]

    @cached_property
    def _compiled(self) -> tuple[_Compiled, ...]:
        compiled = []
        for p in self.places:
            parts = []
            if p.names:
                names = "|".join(re.escape(n) for n in sorted(p.names, key=len, reverse=True))
                parts.append(rf"(?<![\w-])(?:{names})(?![\w-])")
            parts += [f"(?:{c})" for c in p.contexts]
            pattern = re.compile("|".join(parts)) if parts else None
            compiled.append(_Compiled(p, pattern, _any_of(p.exclude), _any_of(p.elsewhere)))
        return tuple(compiled)

    def find(self, *texts: str) -> tuple[RegionMatch, ...]:
        """What of the region the texts name, once per place, in gazetteer order."""
        text = " \n ".join(t for t in texts if t)
        found: list[RegionMatch] = []
        deferred: list[RegionMatch] = []  # named, but the text is by a namesake abroad
        for c in self._compiled:
            if c.pattern is None:
                continue
            seen = c.vetoes.sub(" ", text) if c.vetoes is not None else text
            for match in c.pattern.finditer(seen):
                before = seen[max(0, match.start() - 30) : match.start()]
                if c.place.surname and _FIRST_NAME.search(before):
                    continue  # « Hervé Caen »: a person
                hit = RegionMatch(c.place.id, c.place.label, c.place.kind, match.group(0).strip())
                abroad = c.elsewhere is not None and c.elsewhere.search(text)
                (deferred if abroad else found).append(hit)
                break
        if deferred and any(m.kind == "region" for m in found):
            found += deferred  # « Dieppe, en Normandie » beside New Brunswick
            order = {c.place.id: n for n, c in enumerate(self._compiled)}
            found.sort(key=lambda m: order[m.place])
        return tuple(found)

    def with_places(self, extra: Sequence[Place]) -> Gazetteer:
        return Gazetteer(self.name, self.places + tuple(extra))
