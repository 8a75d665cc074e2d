"""Changes to sources.yaml: new feeds appended to ``sources:``, new organisations added to
``partners:``. Every change is validated by loading the new text before the file is
replaced, whole and atomically: sources.yaml is never left broken."""

from __future__ import annotations

from pathlib import Path

from veille.errors import ConfigError, ConfigIssue
from veille.sources.load import parse_sources
from veille.sources.opml import OpmlFeed, yaml_entries
from veille.types import SourcesConfig


def append_feeds(
    path: Path,
    config: SourcesConfig,
    feeds: list[OpmlFeed],
    partner: str,
    language: str | None,
    interval: str,
    dry_run: bool = False,
) -> tuple[list[str], list[str]]:
    """Append ``feeds`` for ``partner``; returns the ids added (or that would be) and notes
    on the feeds left out."""
    if partner not in {p.id for p in config.partners}:
        raise ConfigError([ConfigIssue(str(path), None, f"partenaire inconnu « {partner} »")])
    block, added, notes = yaml_entries(feeds, config, partner, language, interval)
    if not added or dry_run:
        return added, notes
    text = path.read_text(encoding="utf-8")
    if not _sources_is_last_key(text):
        raise ConfigError(
            [
                ConfigIssue(
                    str(path),
                    None,
                    "la clé « sources: » doit être la "
                    "dernière du fichier pour y ajouter des sources",
                )
            ]
        )
    write_sources(path, text.rstrip("\n") + "\n" + block)
    return added, notes


def add_partner(
    path: Path, config: SourcesConfig, ident: str, name: str, url: str | None = None
) -> None:
    """Add an organisation to the ``partners:`` list (validated first)."""
    if ident in {p.id for p in config.partners}:
        raise ConfigError([ConfigIssue(str(path), None, f"partenaire « {ident} » déjà déclaré")])
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("partners:")), None)
    if start is None:
        raise ConfigError([ConfigIssue(str(path), None, "clé « partners: » introuvable")])
    end = next(
        (
            i
            for i in range(start + 1, len(lines))
            if lines[i] and not lines[i][0].isspace() and not lines[i].startswith("#")
        ),
        len(lines),
    )
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1  # keep the blank lines that separate the blocks
    entry = [f"  - id: {ident}", f"    name: {_yaml_text(name)}"]
    if url:
        entry.append(f"    url: {_yaml_text(url)}")
    write_sources(path, "\n".join([*lines[:end], *entry, *lines[end:]]) + "\n")


def write_sources(path: Path, text: str) -> None:
    """Replace the sources file, whole, with ``text`` once it loads: never a broken file."""
    parse_sources(text, str(path))
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _yaml_text(text: str) -> str:
    return '"' + " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _sources_is_last_key(text: str) -> bool:
    top_keys = [
        line.split(":")[0]
        for line in text.splitlines()
        if line and not line[0].isspace() and not line.startswith(("#", "-"))
    ]
    return bool(top_keys) and top_keys[-1] == "sources"
