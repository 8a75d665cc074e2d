"""The YAML lists an administrator edits beside sources.yaml (products.yaml, region.yaml):
where the one in use is, reading it, and its list of entries, each problem with its place."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from veille.errors import ConfigError, ConfigIssue


def list_path(setting: str, sources_file: str, name: str) -> Path | None:
    """The file in use: the setting, else ``name`` beside the sources file, else None (the
    one shipped with Veille)."""
    if setting:
        return Path(setting)
    beside = Path(sources_file).parent / name
    return beside if beside.is_file() else None


def read_list_file(path: Path | None, name: str) -> tuple[str, str]:
    """The text of the file, or of the one shipped (``veille/analyse/data/<name>``), and
    how to name it in messages."""
    if path is None:
        shipped = resources.files("veille.analyse") / "data" / name
        return shipped.read_text(encoding="utf-8"), f"{name} de Veille"
    try:
        return path.read_text(encoding="utf-8"), str(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([ConfigIssue(str(path), None, f"lecture impossible ({exc})")]) from exc


def yaml_entries(text: str, where: str, key: str) -> tuple[dict[str, Any], list[Any]]:
    """The YAML document and its list under ``key``."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise ConfigError(
            [ConfigIssue(where, None if line is None else line + 1, f"YAML invalide : {exc}")]
        ) from exc
    entries = data.get(key) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ConfigError([ConfigIssue(where, None, f"liste « {key} » attendue")])
    return data, entries
