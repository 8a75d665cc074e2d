"""« Vulnérabilités à corriger »: the bulletin's table of flaws to fix (pure).

One row per vulnerability seen in the issue's period (cited by an article, or added to the
known-exploited catalogue), in plain words, most urgent first: known exploited and used by
ransomware, then known exploited, then by EPSS percentile, then by CVSS score, then by id.
The same inputs always give the same table; the editor can hide rows and add a note.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from veille.analyse.records import Citation, KnownVuln
from veille.analyse.vulns import advisory_url

_TITLE_PREFIX = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:multiples?\s+)?vuln[ée]rabilit[ée]s?\s+(?:critiques?\s+)?"
    r"(?:activement\s+exploit[ée]es?\s+)?(?:dans|affectant)\s+(?:les\s+produits\s+|le\s+|la\s+|"
    r"l['’]\s*|des\s+produits\s+(?:de\s+)?)?",
    re.IGNORECASE,
)
_KEV_ACTIONS = (
    (
        re.compile(r"discontinue use of the product if mitigations are unavailable", re.I),
        "Appliquer les mesures de l'éditeur ; à défaut, cesser d'utiliser le produit.",
    ),
    (
        re.compile(r"end[- ]of[- ]life|no longer supported|discontinue", re.I),
        "Produit plus maintenu : le remplacer ou le retirer.",
    ),
    (re.compile(r"apply (?:the )?updates?", re.I), "Appliquer la mise à jour de l'éditeur."),
)


@dataclass(frozen=True, slots=True)
class FixRow:
    cve: str
    product: str  # in plain words
    exploited: bool  # in CISA's known-exploited catalogue
    ransomware: bool
    percentile: float | None  # EPSS, 0–1
    cvss: float | None
    advisory: str | None  # the CERT-FR advisory that covers it
    advisory_url: str | None
    action: str  # what to do, in French
    articles: int  # articles of the period that cite it
    note: str = ""  # the editor's

    @property
    def url(self) -> str | None:
        return advisory_url(self.cve)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def action_fr(known: KnownVuln | None, advisory: str | None) -> str:
    """What to do, in French: the known-exploited catalogue's required action translated
    when it says one, else the CERT-FR advisory's, else the usual advice."""
    if known is not None and known.kev_added is not None:
        return kev_action_fr(known.action)
    if advisory:
        return "Appliquer les correctifs indiqués dans l'avis du CERT-FR."
    return "Appliquer la mise à jour de l'éditeur dès qu'elle est disponible."


def kev_action_fr(action: str) -> str:
    """The known-exploited catalogue's required action, in French."""
    for pattern, french in _KEV_ACTIONS:
        if pattern.search(action or ""):
            return french
    return "Corriger sans attendre : la faille est exploitée."


def plain_title(title: str) -> str:
    """« Multiples vulnérabilités dans Google Chrome » → « Google Chrome »."""
    stripped = _TITLE_PREFIX.sub("", title).strip(" .…")
    stripped = re.sub(r"\s*\((?:CERTFR|AV\d{2})[^)]*\)\s*$", "", stripped)
    return stripped[:1].upper() + stripped[1:] if stripped else title


def urgency(row: FixRow) -> tuple[int, int, float, float, str]:
    return (
        0 if row.exploited and row.ransomware else 1,
        0 if row.exploited else 1,
        -(row.percentile if row.percentile is not None else -1.0),
        -(row.cvss if row.cvss is not None else -1.0),
        row.cve,
    )


def fix_table(
    citations: Sequence[Citation],
    known: Mapping[str, KnownVuln],
    added_to_kev: Sequence[str],
    name_product: Callable[[str], str | None],
    edits: Mapping[str, Mapping[str, Any]] | None = None,
    limit: int = 12,
) -> tuple[FixRow, ...]:
    """The rows, most urgent first, at most ``limit``, without those the editor hid.

    ``name_product`` gives a catalogue product's plain name for a text (or None)."""
    edits = edits or {}
    cited: dict[str, list[Citation]] = {}
    for c in citations:
        for ident in c.ids:
            if ident.startswith("CVE-"):
                cited.setdefault(ident, []).append(c)
    rows = []
    for cve in sorted(set(cited) | set(added_to_kev)):
        edit = edits.get(cve, {})
        if edit.get("hidden"):
            continue
        facts = known.get(cve)
        articles = cited.get(cve, [])
        advisory = next((i for c in articles for i in c.ids if i.startswith("CERTFR-")), None)
        rows.append(
            FixRow(
                cve=cve,
                product=_product(facts, articles, name_product),
                exploited=bool(facts and facts.kev_added),
                ransomware=bool(facts and facts.ransomware),
                percentile=facts.percentile if facts else None,
                cvss=facts.cvss if facts else None,
                advisory=advisory,
                advisory_url=advisory_url(advisory) if advisory else None,
                action=action_fr(facts, advisory),
                articles=len({c.item_id for c in articles}),
                note=str(edit.get("note") or "").strip(),
            )
        )
    return tuple(sorted(rows, key=urgency)[:limit])


def _product(
    facts: KnownVuln | None, articles: Sequence[Citation], name_product: Callable[[str], str | None]
) -> str:
    named = f"{facts.vendor} {facts.product}".strip() if facts else ""
    if named:
        return name_product(named) or named
    titles = [c.title for c in articles]
    for title in titles:
        if found := name_product(title):
            return found
    return plain_title(titles[0]) if titles else "Produit non précisé"


def from_json(rows: Sequence[Mapping[str, Any]]) -> tuple[FixRow, ...]:
    return tuple(FixRow(**row) for row in rows)
