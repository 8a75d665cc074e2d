"""Read the regional gazetteer (YAML): every problem reported with its place, nothing
half-read."""

from __future__ import annotations

import re
from pathlib import Path

from veille.analyse.region import Gazetteer, Place
from veille.errors import ConfigError, ConfigIssue
from veille.sources.listfile import list_path, read_list_file, yaml_entries

DEFAULT = "region.yaml"
KINDS = ("region", "departement", "commune", "partenaire", "pole", "laboratoire", "entreprise")


def gazetteer_path(region_file: str, sources_file: str) -> Path | None:
    """The gazetteer in use: the setting, else region.yaml beside the sources file, else
    None (the one shipped with Veille)."""
    return list_path(region_file, sources_file, DEFAULT)


def load_gazetteer(path: Path | None) -> Gazetteer:
    return parse_gazetteer(*read_list_file(path, DEFAULT))


def _strings(value: object) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return tuple(value)
    return None


def parse_gazetteer(text: str, where: str) -> Gazetteer:
    data, entries = yaml_entries(text, where, "places")
    issues: list[ConfigIssue] = []
    places: list[Place] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        place = f"places.{index}"
        if not isinstance(entry, dict):
            issues.append(ConfigIssue(where, None, f"{place} : entrée invalide"))
            continue
        ident, label = str(entry.get("id") or ""), str(entry.get("label") or "")
        kind = str(entry.get("kind") or "")
        names, contexts = _strings(entry.get("names")), _strings(entry.get("contexts"))
        exclude, elsewhere = _strings(entry.get("exclude")), _strings(entry.get("elsewhere"))
        problems = []
        if not ident or not label:
            problems.append("« id » et « label » requis")
        elif ident in seen:
            problems.append(f"identifiant « {ident} » en double")
        if kind not in KINDS:
            problems.append(f"« kind » parmi {', '.join(KINDS)}")
        if names is None or contexts is None or not (names or contexts):
            problems.append("« names » ou « contexts » : listes de textes non vides")
        if exclude is None or elsewhere is None:
            problems.append("« exclude » et « elsewhere » : listes de textes non vides")
        for context in contexts or ():
            try:
                re.compile(context)
            except re.error as exc:
                problems.append(f"contexte « {context} » invalide ({exc})")
        if problems:
            issues += [ConfigIssue(where, None, f"{place} ({ident}) : {p}") for p in problems]
            continue
        seen.add(ident)
        places.append(
            Place(
                ident,
                label,
                kind,
                names or (),
                contexts or (),
                exclude or (),
                bool(entry.get("surname")),
                elsewhere or (),
            )
        )
    if issues:
        raise ConfigError(issues)
    return Gazetteer(str(data.get("name") or "la région"), tuple(places))
