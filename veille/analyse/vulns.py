"""Vulnerability identifiers in an item's text (pure): CVE ids, the European vulnerability
database's EUVD ids, and CERT-FR's advisory ids (« avis » AVI, « alertes » ALE), spelled as
their registries spell them."""

from __future__ import annotations

import re

_ID = re.compile(r"\b(CVE|EUVD)[-‐‑–](\d{4})[-‐‑–](\d{4,7})\b", re.IGNORECASE)
_CERTFR = re.compile(r"\bCERTFR[-‐‑–](\d{4})[-‐‑–](AVI|ALE|ACT|IOC|CTI|DUR)[-‐‑–](\d{3,4})\b", re.I)
MAX_IDS = 100  # a roll-up bulletin can list hundreds; the first hundred are kept


def vulnerability_ids(*texts: str) -> tuple[str, ...]:
    """The CVE and EUVD ids the texts cite, upper case with plain hyphens, once each, in
    the order they first appear (at most MAX_IDS)."""
    found: dict[str, None] = {}
    for text in texts:
        for kind, year, number in _ID.findall(text or ""):
            found.setdefault(f"{kind.upper()}-{year}-{number}", None)
            if len(found) >= MAX_IDS:
                return tuple(found)
    return tuple(found)


def advisory_ids(*texts: str) -> tuple[str, ...]:
    """The CERT-FR advisories the texts name (« CERTFR-2026-ALE-012 »), once each."""
    found: dict[str, None] = {}
    for text in texts:
        for year, kind, number in _CERTFR.findall(text or ""):
            found.setdefault(f"CERTFR-{year}-{kind.upper()}-{number}", None)
    return tuple(found)[:MAX_IDS]


def is_alert(advisory: str) -> bool:
    """A CERT-FR « alerte » (an actively exploited flaw, act now), not an « avis »."""
    return "-ALE-" in advisory


def advisory_url(ident: str) -> str | None:
    """Where an id is described: cve.org, ENISA's EUVD, or CERT-FR's site."""
    if ident.startswith("CVE-"):
        return f"https://www.cve.org/CVERecord?id={ident}"
    if ident.startswith("EUVD-"):
        return f"https://euvd.enisa.europa.eu/vulnerability/{ident}"
    if ident.startswith("CERTFR-"):
        path = "alerte" if is_alert(ident) else "avis"
        return f"https://www.cert.ssi.gouv.fr/{path}/{ident}/"
    return None
