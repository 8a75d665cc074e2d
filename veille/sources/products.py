"""Read the « Mon parc » product catalogue (YAML): every problem reported with its place,
nothing half-read."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml

from veille.analyse.products import Catalogue, Product
from veille.errors import ConfigError, ConfigIssue

DEFAULT = "products.yaml"


def default_catalogue_text() -> str:
    return (resources.files("veille.analyse") / "data" / DEFAULT).read_text(encoding="utf-8")


def catalogue_path(products_file: str, sources_file: str) -> Path | None:
    """The catalogue in use: the setting, else products.yaml beside the sources file, else
    None (the one shipped with Veille)."""
    if products_file:
        return Path(products_file)
    beside = Path(sources_file).parent / DEFAULT
    return beside if beside.is_file() else None


def load_catalogue(path: Path | None) -> Catalogue:
    if path is None:
        return parse_catalogue(default_catalogue_text(), "catalogue de Veille")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([ConfigIssue(str(path), None, f"lecture impossible ({exc})")]) from exc
    return parse_catalogue(text, str(path))


def parse_catalogue(text: str, where: str) -> Catalogue:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise ConfigError(
            [ConfigIssue(where, None if line is None else line + 1, f"YAML invalide : {exc}")]
        ) from exc
    entries = data.get("products") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ConfigError([ConfigIssue(where, None, "liste « products » attendue")])
    issues: list[ConfigIssue] = []
    products: list[Product] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        place = f"products.{index}"
        if not isinstance(entry, dict):
            issues.append(ConfigIssue(where, None, f"{place} : entrée invalide"))
            continue
        ident, label = str(entry.get("id") or ""), str(entry.get("label") or "")
        aliases = entry.get("aliases") or []
        exclude = entry.get("exclude") or []
        if not ident or not label:
            issues.append(ConfigIssue(where, None, f"{place} : « id » et « label » requis"))
        elif ident in seen:
            issues.append(ConfigIssue(where, None, f"{place} : identifiant « {ident} » en double"))
        if not isinstance(aliases, list) or not aliases or not isinstance(exclude, list):
            issues.append(
                ConfigIssue(where, None, f"{place} ({ident}) : liste « aliases » non vide attendue")
            )
            continue
        seen.add(ident)
        products.append(
            Product(ident, label, tuple(str(a) for a in aliases), tuple(str(e) for e in exclude))
        )
    if issues:
        raise ConfigError(issues)
    return Catalogue(tuple(products))
