"""Read the « Mon parc » product catalogue (YAML): every problem reported with its place,
nothing half-read."""

from __future__ import annotations

from pathlib import Path

from veille.analyse.products import Catalogue, Product
from veille.errors import ConfigError, ConfigIssue
from veille.sources.listfile import list_path, read_list_file, yaml_entries

DEFAULT = "products.yaml"


def catalogue_path(products_file: str, sources_file: str) -> Path | None:
    """The catalogue in use: the setting, else products.yaml beside the sources file, else
    None (the one shipped with Veille)."""
    return list_path(products_file, sources_file, DEFAULT)


def load_catalogue(path: Path | None) -> Catalogue:
    return parse_catalogue(*read_list_file(path, DEFAULT))


def parse_catalogue(text: str, where: str) -> Catalogue:
    _, entries = yaml_entries(text, where, "products")
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
