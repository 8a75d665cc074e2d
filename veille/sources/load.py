"""Load and validate ``sources.yaml``: themes, partners and sources.

Every problem is reported with its file and line, all at once, and nothing is
returned from a file that is only partly valid.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from veille.errors import ConfigError, ConfigIssue
from veille.sources.yamlines import LineDict, line_of, load_yaml
from veille.textsafe import strip_invisible
from veille.types import Partner, Source, SourceKind, SourcesConfig, Theme
from veille.urls import is_valid_http_url

ID_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,63}$"
_INTERVAL = re.compile(r"^\s*(\d+)\s*(s|m|min|h|d|j)?\s*$")
_UNITS = {None: 1, "s": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "j": 86400}
MIN_INTERVAL = 5 * 60
MAX_INTERVAL = 30 * 86400
DEFAULT_INTERVAL = "6h"


def parse_interval(value: str | int) -> int:
    """'30m', '6h', '1d' (or 'j'), or a number of seconds → seconds."""
    if isinstance(value, bool):
        raise ValueError("durée attendue (ex. 30m, 6h, 1d)")
    if isinstance(value, int):
        seconds = value
    else:
        match = _INTERVAL.match(str(value))
        if not match:
            raise ValueError(f"durée « {value} » illisible (ex. 30m, 6h, 1d)")
        seconds = int(match.group(1)) * _UNITS[match.group(2)]
    if not MIN_INTERVAL <= seconds <= MAX_INTERVAL:
        raise ValueError("l'intervalle doit être compris entre 5 minutes et 30 jours")
    return seconds


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)


Identifier = Annotated[str, Field(pattern=ID_PATTERN)]


class ThemeModel(_Strict):
    id: Identifier
    label: str = Field(min_length=1)
    description: str = ""
    terms: list[Annotated[str, Field(min_length=2, max_length=100)]] = Field(default_factory=list)


class PartnerModel(_Strict):
    id: Identifier
    name: str = Field(min_length=1)
    url: str | None = None

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not is_valid_http_url(value):
            raise ValueError(f"URL invalide : « {value} » (http ou https attendu)")
        return value


class SourceModel(_Strict):
    id: Identifier
    name: str = Field(min_length=1)
    kind: Literal["feed", "page", "kev", "epss", "euvd", "newsletter"]
    url: str | None = None
    themes: list[Identifier] = Field(default_factory=list)
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")] | None = None
    partner: Identifier
    interval: str | int = DEFAULT_INTERVAL
    enabled: bool = True
    selector: str | None = None
    full_text: bool = False
    max_articles: Annotated[int, Field(ge=1, le=200)] = 20
    announces: Literal["call", "event"] | None = None  # every item is a call, or an event
    senders: list[str] = Field(default_factory=list)  # newsletters: who may send them
    address: str | None = None  # newsletters: the receiving address (default: id@domain)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not is_valid_http_url(value):
            raise ValueError(f"URL invalide : « {value} » (http ou https attendu)")
        return value

    @field_validator("senders")
    @classmethod
    def _senders(cls, value: list[str]) -> list[str]:
        for sender in value:
            _local, at, domain = sender.strip().rpartition("@")
            if not at or "." not in domain or " " in sender.strip():
                raise ValueError(
                    f"expéditeur invalide : « {sender} » (adresse ou @domaine attendu)"
                )
        return [v.strip().lower() for v in value]

    @field_validator("address")
    @classmethod
    def _address(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"[a-z0-9._+-]+(@[a-z0-9.-]+\.[a-z]+)?", value):
            raise ValueError(f"adresse de réception invalide : « {value} »")
        return value

    @field_validator("interval")
    @classmethod
    def _interval(cls, value: str | int) -> str | int:
        parse_interval(value)
        return value

    @field_validator("selector")
    @classmethod
    def _selector(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from cssselect import GenericTranslator, SelectorError

        try:
            GenericTranslator().css_to_xpath(value)
        except SelectorError as exc:
            raise ValueError(f"sélecteur CSS invalide : {exc}") from exc
        return value


class FileModel(_Strict):
    themes: list[ThemeModel] = Field(min_length=1)
    partners: list[PartnerModel] = Field(min_length=1)
    sources: list[SourceModel] = Field(default_factory=list)


_PYDANTIC_MESSAGES = {
    "extra_forbidden": "clé inconnue",
    "missing": "clé obligatoire manquante",
    "string_type": "texte attendu",
    "bool_type": "booléen attendu (true ou false)",
    "int_type": "nombre entier attendu",
    "list_type": "liste attendue",
    "string_pattern_mismatch": "identifiant invalide (minuscules, chiffres, . _ -)",
    "literal_error": "valeur non autorisée",
    "too_short": "ne doit pas être vide",
    "model_type": "bloc clé: valeur attendu",
}


def _describe(error: Any) -> str:
    loc = ".".join(str(p) for p in error["loc"])
    kind = error["type"]
    if kind == "value_error":
        text = str(error["ctx"]["error"])
    elif kind == "literal_error":
        text = f"valeur non autorisée ({error['ctx']['expected']})"
    elif kind == "string_pattern_mismatch" and error["loc"][-1] == "language":
        text = "code de langue à deux lettres attendu (fr, en…)"
    else:
        text = _PYDANTIC_MESSAGES.get(kind, error["msg"])
    return f"{loc} : {text}"


def _error_loc(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    # pydantic puts union-member names in loc ("str", "int"); drop them.
    return tuple(p for p in loc if not (isinstance(p, str) and p in {"str", "int"}))


def parse_sources(text: str, filename: str = "sources.yaml") -> SourcesConfig:
    """Validate the text of a sources file; raise ConfigError listing every problem."""
    data = load_yaml(text, filename)
    if not isinstance(data, LineDict):
        raise ConfigError(
            [
                ConfigIssue(
                    filename, 1, "le fichier doit contenir les clés themes, partners et sources"
                )
            ]
        )
    try:
        model = FileModel.model_validate(data)
    except ValidationError as exc:
        issues = []
        seen = set()
        for error in exc.errors():
            loc = _error_loc(error["loc"])
            error = {**error, "loc": loc}
            key = (loc, error["type"])
            if key in seen:
                continue
            seen.add(key)
            issues.append(ConfigIssue(filename, line_of(data, loc), _describe(error)))
        # the cross-checks too, on what can be read: every problem at once
        issues += _references(data, filename)
        raise ConfigError(sorted(issues, key=lambda i: i.line or 0)) from exc
    return _cross_check(model, data, filename)


def _references(data: LineDict, filename: str) -> list[ConfigIssue]:
    """Duplicate ids, and sources naming a theme or partner that is not declared, read from
    the raw file so that they are reported with the structural errors, not after them."""
    issues: list[ConfigIssue] = []

    def entries(section: str) -> list[tuple[int, dict[str, Any]]]:
        value = data.get(section)
        if not isinstance(value, list):
            return []
        return [(i, e) for i, e in enumerate(value) if isinstance(e, dict)]

    def ids(section: str) -> set[str]:
        seen: set[str] = set()
        for index, entry in entries(section):
            ident = entry.get("id")
            if not isinstance(ident, str):
                continue
            if ident in seen:
                issues.append(
                    ConfigIssue(
                        filename,
                        line_of(data, (section, index, "id")),
                        f"{section}.{index}.id : identifiant « {ident} » déjà utilisé",
                    )
                )
            seen.add(ident)
        return seen

    theme_ids, partner_ids = ids("themes"), ids("partners")
    ids("sources")
    for index, s in entries("sources"):
        themes = s.get("themes")
        for t_index, theme in enumerate(themes if isinstance(themes, list) else []):
            if isinstance(theme, str) and theme not in theme_ids:
                issues.append(
                    ConfigIssue(
                        filename,
                        line_of(data, ("sources", index, "themes", t_index)),
                        f"sources.{index}.themes : thème inconnu « {theme} » "
                        f"(thèmes déclarés : {', '.join(sorted(theme_ids))})",
                    )
                )
        partner = s.get("partner")
        if isinstance(partner, str) and partner not in partner_ids:
            issues.append(
                ConfigIssue(
                    filename,
                    line_of(data, ("sources", index, "partner")),
                    f"sources.{index}.partner : partenaire inconnu « {partner} »",
                )
            )
    return issues


def _cross_check(model: FileModel, data: LineDict, filename: str) -> SourcesConfig:
    issues = _references(data, filename)
    sources = []
    for index, s in enumerate(model.sources):
        where = ("sources", index)
        if s.kind == "newsletter" and not s.senders:
            issues.append(
                ConfigIssue(
                    filename,
                    line_of(data, where),
                    f"sources.{index}.senders : une lettre d'information déclare ses expéditeurs",
                )
            )
        if s.kind != "newsletter" and (s.senders or s.address):
            issues.append(
                ConfigIssue(
                    filename,
                    line_of(data, where),
                    f"sources.{index} : senders et address sont réservés aux lettres "
                    "d'information (kind: newsletter)",
                )
            )
        if s.kind != "newsletter" and not s.url:
            issues.append(
                ConfigIssue(
                    filename,
                    line_of(data, where),
                    f"sources.{index}.url : clé obligatoire manquante",
                )
            )
        if s.announces and s.kind not in ("feed", "page", "newsletter"):
            issues.append(
                ConfigIssue(
                    filename,
                    line_of(data, ("sources", index, "announces")),
                    f"sources.{index}.announces : réservé aux sources d'articles "
                    "(feed, page ou newsletter)",
                )
            )
        if s.kind != "page" and s.selector:
            issues.append(
                ConfigIssue(
                    filename,
                    line_of(data, ("sources", index, "selector")),
                    f"sources.{index}.selector : réservé aux sources de type page",
                )
            )
        sources.append(
            Source(
                id=s.id,
                name=strip_invisible(s.name),
                kind=SourceKind(s.kind),
                url=s.url or f"mailto:{s.address or s.id}",
                themes=tuple(s.themes),
                language=s.language,
                partner=s.partner,
                interval=parse_interval(s.interval),
                enabled=s.enabled,
                selector=s.selector,
                full_text=s.full_text,
                max_articles=s.max_articles,
                announces=s.announces,
                line=line_of(data, ("sources", index)),
                senders=tuple(s.senders),
                address=s.address,
            )
        )
    if issues:
        raise ConfigError(issues)
    return SourcesConfig(
        path=filename,
        themes=tuple(
            Theme(t.id, strip_invisible(t.label), strip_invisible(t.description), tuple(t.terms))
            for t in model.themes
        ),
        partners=tuple(Partner(p.id, strip_invisible(p.name), p.url) for p in model.partners),
        sources=tuple(sources),
    )


def load_sources(path: str | Path) -> SourcesConfig:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError([ConfigIssue(str(path), None, "fichier introuvable")]) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(
            [ConfigIssue(str(path), None, f"le fichier n'est pas en UTF-8 ({exc.reason})")]
        ) from exc
    return parse_sources(text, str(path))
