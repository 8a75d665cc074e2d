"""Subscribers as plain data: addresses checked and normalised, theme choices, and the CSV
format used to import and export them. No I/O: callers pass text and get rows and problems."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from email_validator import EmailNotValidError, validate_email

from veille.bulletin.rules import SubscriberStatus

CSV_COLUMNS = ("email", "themes", "status", "consent_at", "consent_source")
_THEME_SPLIT = re.compile(r"[;,|\s]+")


def normalise_email(raw: str) -> str:
    """The address as stored (domain lower-cased, IDN-normalised); ValueError in French when
    it cannot be an address. No DNS lookup: nothing leaves the machine."""
    try:
        checked = validate_email(raw.strip(), check_deliverability=False)
    except EmailNotValidError:  # its explanation is English: users read French
        raise ValueError(f"adresse « {raw.strip()} » invalide") from None
    return checked.normalized.lower()


def choose_themes(raw: Iterable[str], known: Sequence[str]) -> tuple[str, ...]:
    """Chosen themes in the configuration's order; none chosen means all of them."""
    chosen = {t.strip() for t in raw if t.strip()}
    unknown = sorted(chosen - set(known))
    if unknown:
        raise ValueError(
            f"thème(s) inconnu(s) : {', '.join(unknown)} (connus : {', '.join(known)})"
        )
    return tuple(t for t in known if t in chosen) or tuple(known)


@dataclass(frozen=True, slots=True)
class ImportRow:
    line: int
    email: str
    themes: tuple[str, ...]
    status: SubscriberStatus
    consent_at: datetime | None
    consent_source: str


@dataclass(frozen=True, slots=True)
class ImportProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"ligne {self.line} : {self.message}"


def parse_csv(
    text: str, known_themes: Sequence[str], default_source: str
) -> tuple[list[ImportRow], list[ImportProblem]]:
    """Rows to import and problems by line number. Columns (header required): email, and
    optionally themes (separated by ; or spaces), status (active or pending), consent_at
    (ISO date) and consent_source. A row without status is active when it has a consent
    date, pending (to confirm) otherwise."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=_delimiter(text))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "email" not in header:
        return [], [
            ImportProblem(
                1,
                "colonne « email » absente de l'en-tête "
                f"(colonnes possibles : {', '.join(CSV_COLUMNS)})",
            )
        ]
    reader.fieldnames = header
    rows: list[ImportRow] = []
    problems: list[ImportProblem] = []
    seen: set[str] = set()
    for record in reader:
        line = reader.line_num
        try:
            row = _row(record, line, known_themes, default_source)
        except ValueError as exc:
            problems.append(ImportProblem(line, str(exc)))
            continue
        if row.email in seen:
            problems.append(ImportProblem(line, f"{row.email} figure déjà plus haut"))
            continue
        seen.add(row.email)
        rows.append(row)
    return rows, problems


def _delimiter(text: str) -> str:
    """The header line's separator: comma, semicolon (French spreadsheets) or tab."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count)


def _row(
    record: dict[str, str | None], line: int, known: Sequence[str], default_source: str
) -> ImportRow:
    def cell(name: str) -> str:
        value = record.get(name)
        return value.strip() if isinstance(value, str) else ""

    if None in record:
        raise ValueError("plus de colonnes que l'en-tête")
    email = normalise_email(cell("email"))
    themes = choose_themes(_THEME_SPLIT.split(cell("themes")), known)
    consent_at = _date(cell("consent_at")) if cell("consent_at") else None
    status_text = cell("status").lower()
    if status_text:
        if status_text not in (SubscriberStatus.ACTIVE, SubscriberStatus.PENDING):
            raise ValueError(f"statut « {status_text} » invalide (active ou pending)")
        status = SubscriberStatus(status_text)
    else:
        status = SubscriberStatus.ACTIVE if consent_at else SubscriberStatus.PENDING
    if status is SubscriberStatus.ACTIVE and consent_at is None:
        raise ValueError("un abonné actif doit avoir une date de consentement (consent_at)")
    return ImportRow(
        line, email, themes, status, consent_at, cell("consent_source") or default_source
    )


def _date(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"date de consentement « {text} » illisible (AAAA-MM-JJ attendu)"
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def write_csv(rows: Iterable[dict[str, object]]) -> str:
    """Subscribers as CSV, the import's columns first (an export imports back as is)."""
    buffer = io.StringIO()
    columns = [*CSV_COLUMNS, "created_at", "status_reason"]
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                **row,
                "themes": ";".join(row["themes"]),  # type: ignore[arg-type]
                "consent_at": _iso(row.get("consent_at")),
                "created_at": _iso(row.get("created_at")),
            }
        )
    return buffer.getvalue()


def _iso(value: object) -> str:
    return value.isoformat() if isinstance(value, datetime) else ""
