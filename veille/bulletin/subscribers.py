"""Subscribers as plain data: addresses checked and normalised, theme choices, and the CSV
format used to import and export them. No I/O: callers pass text and get rows and problems."""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
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


# the spellings people type in a spreadsheet header (compared without accents or case)
COLUMN_ALIASES = {
    "email": (
        "email",
        "e-mail",
        "e_mail",
        "mail",
        "courriel",
        "adresse",
        "adresse e-mail",
        "adresse electronique",
        "adresse mail",
    ),
    "themes": ("themes", "theme", "thematiques"),
    "status": ("status", "statut", "etat"),
    "consent_at": (
        "consent_at",
        "consentement",
        "date de consentement",
        "date_consentement",
        "date du consentement",
    ),
    "consent_source": ("consent_source", "source", "origine", "source du consentement"),
    # written by the export, read back without effect (an export imports back as is)
    "created_at": ("created_at",),
    "status_reason": ("status_reason",),
}
STATUS_ALIASES = {
    "active": "active",
    "actif": "active",
    "active_": "active",
    "pending": "pending",
    "en attente": "pending",
    "attente": "pending",
}
MAX_LINE = 10_000  # characters: a reader's line is short; a longer one is a broken file


def decode_csv(data: bytes) -> tuple[str, str | None]:
    """The text of a CSV file as spreadsheets save it: UTF-8 with or without BOM, UTF-16
    with its BOM (Excel « texte Unicode »), else Windows-1252 (French Excel's « CSV
    séparateur point-virgule »), with a note saying so."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "fichier lu en Windows-1252 (pas en UTF-8)"


def parse_csv(
    text: str, known_themes: Sequence[str], default_source: str
) -> tuple[list[ImportRow], list[ImportProblem]]:
    """Rows to import and problems by line number. Columns (header required): email, and
    optionally themes (separated by ; or spaces), status (active or pending), consent_at
    (ISO date) and consent_source, in English or as people write them in French. A row
    without status is active when it has a consent date, pending (to confirm) otherwise.

    One reader per line: each line is read on its own, so a quote left open, a stray
    character or an endless field spoils that line only, reported with its number."""
    lines = text.lstrip("\ufeff").splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        return [], [ImportProblem(1, "fichier vide")]
    delimiter = _delimiter(lines[0])
    header, trouble = _header(lines[0], delimiter)
    if trouble:
        return [], [ImportProblem(1, trouble)]
    rows: list[ImportRow] = []
    problems: list[ImportProblem] = []
    seen: set[str] = set()
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        try:
            cells = _cells(line, delimiter)
            if len(cells) > len(header):
                raise ValueError("plus de colonnes que l'en-tête")
            record = dict(zip(header, cells, strict=False))
            row = _row(record, number, known_themes, default_source)
        except ValueError as exc:
            problems.append(ImportProblem(number, str(exc)))
            continue
        if row.email in seen:
            problems.append(ImportProblem(number, f"{row.email} figure déjà plus haut"))
            continue
        seen.add(row.email)
        rows.append(row)
    return rows, problems


def _header(line: str, delimiter: str) -> tuple[list[str], str | None]:
    """The header's columns as the import's names, or what is wrong with it."""
    try:
        names = _cells(line, delimiter)
    except ValueError as exc:
        return [], f"en-tête illisible : {exc}"
    columns: list[str] = []
    unknown: list[str] = []
    for name in names:
        folded = _fold(name)
        column = next(
            (c for c, spellings in COLUMN_ALIASES.items() if folded in map(_fold, spellings)),
            None,
        )
        if column is None:
            unknown.append(name.strip())
        columns.append(column or name)
    possible = f"colonnes possibles : {', '.join(CSV_COLUMNS)}"
    if unknown:
        return [], f"colonne(s) inconnue(s) : {', '.join(unknown)} ({possible})"
    if "email" not in columns:
        return [], f"colonne « email » absente de l'en-tête ({possible})"
    return columns, None


def _cells(line: str, delimiter: str) -> list[str]:
    if len(line) > MAX_LINE:
        raise ValueError(f"ligne de plus de {MAX_LINE} caractères")
    try:
        return next(csv.reader([line], delimiter=delimiter, strict=True))
    except csv.Error as exc:
        if '"' in line:
            raise ValueError("guillemet ouvert et jamais refermé sur cette ligne") from exc
        raise ValueError(f"ligne illisible ({exc})") from exc


def _fold(text: str) -> str:
    """Lower case, accents off, ``_`` and ``-`` as spaces, spaces folded: « Thèmes »,
    « themes » and « THEMES » are one column; « consent_at » and « consent at » too."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("_", " ").replace("-", " ").split())


def _delimiter(header: str) -> str:
    """The header line's separator: comma, semicolon (French spreadsheets) or tab."""
    return max((",", ";", "\t"), key=header.count)


def _row(
    record: Mapping[str, str | None], line: int, known: Sequence[str], default_source: str
) -> ImportRow:
    def cell(name: str) -> str:
        value = record.get(name)
        return value.strip() if isinstance(value, str) else ""

    email = normalise_email(cell("email"))
    themes = choose_themes(_THEME_SPLIT.split(cell("themes")), known)
    consent_at = _date(cell("consent_at")) if cell("consent_at") else None
    status_text = cell("status").lower()
    if status_text:
        if _fold(status_text) not in STATUS_ALIASES:
            raise ValueError(f"statut « {status_text} » invalide (active ou pending)")
        status = SubscriberStatus(STATUS_ALIASES[_fold(status_text)])
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
