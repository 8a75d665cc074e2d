"""Structured vulnerability catalogues → facts (pure, picklable): CISA's Known Exploited
Vulnerabilities (JSON), FIRST's EPSS scores (CSV, gzipped or not) and ENISA's EUVD (JSON).

Each parser reads what it can and says what it could not: a row without a CVE id is skipped
and counted, a body that is not the expected format raises a ``ParseError`` that names the
format and the place, so a broken download never replaces good facts already stored."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import zlib
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from veille.errors import ErrorKind, ParseError
from veille.types import CatalogueRows, EpssScore, SourceKind, VulnFact

MAX_UNZIPPED = 128 * 1024 * 1024  # a gzipped body larger than this once unpacked is refused
_CVE = re.compile(r"^CVE-\d{4}-\d{4,7}$")
_EPSS_DAY = re.compile(r"score_date:(\d{4}-\d{2}-\d{2})")


def parse_catalogue(kind: SourceKind, content: bytes) -> CatalogueRows:
    """The facts or scores of one catalogue download."""
    if kind is SourceKind.KEV:
        return parse_kev(content)
    if kind is SourceKind.EPSS:
        return parse_epss(content)
    if kind is SourceKind.EUVD:
        return parse_euvd(content)
    raise ValueError(f"not a catalogue kind: {kind}")


def read_catalogue(kind: SourceKind, content: bytes) -> CatalogueRows | ParseError:
    """``parse_catalogue`` for worker processes: the error is returned, not raised."""
    try:
        return parse_catalogue(kind, content)
    except ParseError as exc:
        return exc


# -- helpers ------------------------------------------------------------------------------------
def _cve(value: object) -> str | None:
    text = str(value or "").strip().upper().replace("‐", "-")
    return text if _CVE.match(text) else None


def _day(value: object) -> date | None:
    text = str(value or "").strip()
    for parse in (date.fromisoformat, lambda t: datetime.fromisoformat(t).date()):
        try:
            return parse(text[:10] if len(text) >= 10 and text[4] == "-" else text)
        except ValueError:
            continue
    for pattern in ("%b %d, %Y, %I:%M:%S %p", "%b %d, %Y"):  # EUVD: « Mar 20, 2025, 3:15:43 PM »
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _json(content: bytes, what: str) -> Any:
    try:
        return json.loads(unzip(content))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ParseError(f"{what} : JSON illisible ({exc})", kind=ErrorKind.MALFORMED) from exc


def _text(value: object, limit: int = 2000) -> str:
    return " ".join(str(value or "").split())[:limit]


def unzip(content: bytes) -> bytes:
    """The body itself, or its content when it is gzipped (EPSS is served as .csv.gz)."""
    if not content.startswith(b"\x1f\x8b"):
        return content
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(content)) as stream:
            data = stream.read(MAX_UNZIPPED + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ParseError(f"archive gzip illisible ({exc})", kind=ErrorKind.MALFORMED) from exc
    if len(data) > MAX_UNZIPPED:
        raise ParseError(
            f"archive gzip trop grande une fois décompressée (plus de {MAX_UNZIPPED} octets)",
            kind=ErrorKind.TOO_LARGE,
        )
    return data


# -- CISA KEV -----------------------------------------------------------------------------------
def parse_kev(content: bytes) -> CatalogueRows:
    data = _json(content, "catalogue KEV")
    rows = data.get("vulnerabilities") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise ParseError(
            "catalogue KEV : champ « vulnerabilities » absent (est-ce bien le JSON de la CISA ?)",
            kind=ErrorKind.MALFORMED,
        )
    facts = []
    for row in rows:
        cve = _cve(row.get("cveID")) if isinstance(row, dict) else None
        if cve is None:
            continue
        ransomware = str(row.get("knownRansomwareCampaignUse") or "").strip().lower()
        facts.append(
            VulnFact(
                cve=cve,
                vendor=_text(row.get("vendorProject"), 200),
                product=_text(row.get("product"), 200),
                name=_text(row.get("vulnerabilityName"), 300),
                description=_text(row.get("shortDescription")),
                kev_added=_day(row.get("dateAdded")),
                ransomware=ransomware == "known",
                action=_text(row.get("requiredAction"), 1000),
                due=_day(row.get("dueDate")),
            )
        )
    if rows and not facts:
        raise ParseError(
            "catalogue KEV : aucune ligne avec un identifiant CVE", kind=ErrorKind.EMPTY
        )
    return CatalogueRows(facts=tuple(facts))


# -- FIRST EPSS ---------------------------------------------------------------------------------
def parse_epss(content: bytes) -> CatalogueRows:
    try:
        text = unzip(content).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ParseError(f"scores EPSS : CSV illisible ({exc})", kind=ErrorKind.MALFORMED) from exc
    lines = text.splitlines()
    day = None
    while lines and lines[0].startswith("#"):  # « #model_version:…,score_date:2026-12-01… »
        found = _EPSS_DAY.search(lines.pop(0))
        day = _day(found.group(1)) if found else day
    reader = csv.DictReader(lines)
    if not reader.fieldnames or not {"cve", "epss", "percentile"} <= set(reader.fieldnames):
        raise ParseError(
            "scores EPSS : en-tête « cve,epss,percentile » attendu en première ligne",
            kind=ErrorKind.MALFORMED,
        )
    scores = []
    for row in reader:
        cve = _cve(row.get("cve"))
        try:
            epss, percentile = float(row["epss"]), float(row["percentile"])
        except (TypeError, ValueError):
            continue
        if cve and 0.0 <= epss <= 1.0 and 0.0 <= percentile <= 1.0:
            scores.append(EpssScore(cve, epss, percentile))
    if not scores:
        raise ParseError("scores EPSS : aucune ligne utilisable", kind=ErrorKind.EMPTY)
    return CatalogueRows(scores=tuple(scores), day=day)


# -- ENISA EUVD ---------------------------------------------------------------------------------
def parse_euvd(content: bytes) -> CatalogueRows:
    data = _json(content, "base EUVD")
    rows = data.get("items") if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise ParseError("base EUVD : liste « items » attendue", kind=ErrorKind.MALFORMED)
    facts = []
    for row in rows:
        if not isinstance(row, dict):
            continue
        cves = [c for c in (_cve(a) for a in str(row.get("aliases") or "").split()) if c]
        if not cves:
            continue
        score = row.get("baseScore")
        cvss = float(score) if isinstance(score, int | float) and 0 <= score <= 10 else None
        facts.append(
            VulnFact(
                cve=cves[0],
                vendor=", ".join(_names(row.get("enisaIdVendor"), "vendor"))[:200],
                product=", ".join(_names(row.get("enisaIdProduct"), "product"))[:200],
                description=_text(row.get("description")),
                cvss=cvss,
                euvd_id=_text(row.get("id"), 40) or None,
            )
        )
    return CatalogueRows(facts=tuple(facts))


def _names(entries: object, key: str) -> Iterable[str]:
    seen: dict[str, None] = {}
    for entry in entries if isinstance(entries, list) else ():
        inner = entry.get(key) if isinstance(entry, dict) else None
        name = _text(inner.get("name"), 100) if isinstance(inner, dict) else ""
        if name:
            seen.setdefault(name, None)
    return seen
