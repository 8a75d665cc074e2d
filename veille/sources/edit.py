"""Changes to sources.yaml: new feeds appended to ``sources:``, new organisations added to
``partners:``.

Every value is validated as its type first (an identifier, a two-letter language, an
http(s) URL, a known theme, an interval), the new entries are written by a YAML emitter from
data (never by pasting strings), and the new text is loaded and compared with what was meant
to change before the file is replaced, whole and atomically: a value cannot smuggle another
entry in, and sources.yaml is never left broken."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from veille.errors import BlockedAddressError, ConfigError, ConfigIssue
from veille.sources.load import ID_PATTERN, parse_interval, parse_sources
from veille.sources.opml import OpmlFeed, match_themes, slug
from veille.types import SourcesConfig
from veille.urls import is_valid_http_url

LANGUAGE = re.compile(r"^[a-z]{2}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
MAX_NAME = 200


def append_feeds(
    path: Path,
    config: SourcesConfig,
    feeds: list[OpmlFeed],
    partner: str,
    language: str | None,
    interval: str,
    dry_run: bool = False,
    check_host: Callable[[str], object] | None = None,
    announces: str | None = None,
) -> tuple[list[str], list[str]]:
    """Append ``feeds`` for ``partner``; returns the ids added (or that would be) and notes
    on the feeds left out. ``check_host`` refuses a URL (BlockedAddressError) whose host is
    an internal address: such a feed is left out with a note. ``announces`` ("call" or
    "event") says that each item of the feeds is one, for the agenda."""
    where = str(path)
    if partner not in {p.id for p in config.partners}:
        raise ConfigError([ConfigIssue(where, None, f"partenaire inconnu « {partner} »")])
    language = check_language(language, where)
    try:
        parse_interval(interval)
    except ValueError as exc:
        raise ConfigError([ConfigIssue(where, None, str(exc))]) from exc
    entries, notes = _feed_entries(feeds, config, partner, language, interval, check_host)
    for entry in entries if announces else ():
        entry["announces"] = announces
    added = [str(e["id"]) for e in entries]
    if not entries or dry_run:
        return added, notes
    text = path.read_text(encoding="utf-8")
    if not _sources_is_last_key(text):
        raise ConfigError(
            [
                ConfigIssue(
                    where,
                    None,
                    "la clé « sources: » doit être la dernière du fichier pour y ajouter des "
                    "sources",
                )
            ]
        )
    new_text = text.rstrip("\n") + "\n" + emit(entries)
    new = parse_sources(new_text, where)
    _same_except(config, new, sources=entries)
    write_sources(path, new_text)
    return added, notes


def add_partner(
    path: Path, config: SourcesConfig, ident: str, name: str, url: str | None = None
) -> None:
    """Add an organisation to the ``partners:`` list (validated first)."""
    where = str(path)
    if not re.match(ID_PATTERN, ident):
        raise ConfigError(
            [
                ConfigIssue(
                    where, None, f"identifiant invalide « {ident} » (minuscules, chiffres, . _ -)"
                )
            ]
        )
    if ident in {p.id for p in config.partners}:
        raise ConfigError([ConfigIssue(where, None, f"partenaire « {ident} » déjà déclaré")])
    entry: dict[str, Any] = {"id": ident, "name": clean_name(name, where)}
    if url:
        if not is_valid_http_url(url.strip()):
            raise ConfigError([ConfigIssue(where, None, f"URL invalide : « {url} »")])
        entry["url"] = url.strip()
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("partners:")), None)
    if start is None:
        raise ConfigError([ConfigIssue(where, None, "clé « partners: » introuvable")])
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
    block = emit([entry]).rstrip("\n").split("\n")
    new_text = "\n".join([*lines[:end], *block, *lines[end:]]) + "\n"
    new = parse_sources(new_text, where)
    _same_except(config, new, partners=[entry])
    write_sources(path, new_text)


def check_language(language: str | None, where: str = "formulaire") -> str | None:
    """A language is two lowercase letters (fr, en…), or none."""
    if language is None or language == "":
        return None
    if not LANGUAGE.match(language):
        raise ConfigError(
            [
                ConfigIssue(
                    where, None, f"langue « {language[:20]} » : deux lettres attendues (fr, en…)"
                )
            ]
        )
    return language


def clean_name(name: str, where: str = "formulaire") -> str:
    """A display name on one line: control characters refused, spaces folded."""
    if _CONTROL.search(name.replace("\t", " ")):
        raise ConfigError([ConfigIssue(where, None, "le nom contient des caractères de contrôle")])
    folded = " ".join(name.split())
    if not folded:
        raise ConfigError([ConfigIssue(where, None, "le nom ne doit pas être vide")])
    return folded[:MAX_NAME]


def emit(entries: list[dict[str, Any]]) -> str:
    """YAML for a list of entries, indented to sit under a top-level key."""
    text = yaml.safe_dump(
        entries, allow_unicode=True, sort_keys=False, default_flow_style=None, width=1000
    )
    return "".join(f"  {line}\n" for line in text.splitlines())


def write_sources(path: Path, text: str) -> None:
    """Replace the sources file, whole, with ``text`` once it loads: never a broken file."""
    parse_sources(text, str(path))
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _feed_entries(
    feeds: list[OpmlFeed],
    config: SourcesConfig,
    partner: str,
    language: str | None,
    interval: str,
    check_host: Callable[[str], object] | None,
) -> tuple[list[dict[str, Any]], list[str]]:
    taken = {s.id for s in config.sources}
    known_urls = {s.url for s in config.sources}
    entries: list[dict[str, Any]] = []
    notes: list[str] = []
    for feed in feeds:
        where = f"ligne {feed.line}" if feed.line else "formulaire"
        url = feed.xml_url.strip()
        if not is_valid_http_url(url) or _CONTROL.search(url):
            notes.append(f"{where} : URL invalide ignorée : {url[:200]}")
            continue
        if url in known_urls:
            notes.append(f"{where} : déjà présent : {url}")
            continue
        if check_host is not None:
            try:
                check_host(url)
            except BlockedAddressError as exc:
                notes.append(f"{where} : {exc}")
                continue
        try:
            name = clean_name(feed.title or url, where)
        except ConfigError as exc:
            notes.append(str(exc))
            continue
        known_urls.add(url)
        ident = slug(name, taken)
        entry: dict[str, Any] = {
            "id": ident,
            "name": name,
            "kind": "feed",
            "url": url,
            "themes": match_themes(feed.categories, config.themes),
        }
        if language:
            entry["language"] = language
        entry.update(partner=partner, interval=interval)
        entries.append(entry)
    return entries, notes


def _same_except(
    old: SourcesConfig,
    new: SourcesConfig,
    sources: list[dict[str, Any]] | None = None,
    partners: list[dict[str, Any]] | None = None,
) -> None:
    """The new file must hold the old entries unchanged plus exactly the ones added."""
    expected_sources = [s.id for s in old.sources] + [str(e["id"]) for e in sources or []]
    expected_partners = [p.id for p in old.partners] + [str(e["id"]) for e in partners or []]
    fine = (
        [s.id for s in new.sources] == expected_sources
        and [p.id for p in new.partners] == expected_partners
        and new.themes == old.themes
        and [replace(s, line=None) for s in new.sources[: len(old.sources)]]
        == [replace(s, line=None) for s in old.sources]
        and new.partners[: len(old.partners)] == old.partners
    )
    for entry, partner in zip(partners or [], new.partners[len(old.partners) :], strict=False):
        fine = fine and (partner.name, partner.url) == (entry["name"], entry.get("url"))
    for entry, source in zip(sources or [], new.sources[len(old.sources) :], strict=False):
        fine = fine and (source.url, source.partner, source.name, source.announces) == (
            entry["url"],
            entry["partner"],
            entry["name"],
            entry.get("announces"),
        )
    if not fine:
        raise ConfigError(
            [
                ConfigIssue(
                    old.path,
                    None,
                    "modification refusée : le fichier obtenu ne correspond pas à l'ajout demandé",
                )
            ]
        )


def _sources_is_last_key(text: str) -> bool:
    top_keys = [
        line.split(":")[0]
        for line in text.splitlines()
        if line and not line[0].isspace() and not line.startswith(("#", "-"))
    ]
    return bool(top_keys) and top_keys[-1] == "sources"
