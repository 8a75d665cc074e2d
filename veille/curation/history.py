"""An item's history told in words (pure): each recorded event as a French sentence naming
the person and their organisation, the themes by their labels and the issue by its number,
never an identifier."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from veille.curation.records import Event
from veille.text_fr import date_fr

_ISSUE_THEME = re.compile(r"^N° (\d+), (.+)$")
_ISSUE_REST = re.compile(r"^N° (\d+)(?: : (.*))?$", re.DOTALL)
_AGENDA = re.compile(r"^(.+), (\d{4}-\d{2}-\d{2})$")

_PLAIN = {
    "propose": "a proposé l'article pour le bulletin",
    "support": "a soutenu la proposition (+1)",
    "reject": "a écarté l'article",
    "reopen": "a rouvert l'article",
    "unselect": "ne retient plus l'article",
    "publish": "a publié l'article",
    "comment": "a commenté",
}


def who(event: Event, partners: Mapping[str, str]) -> str:
    """The person and their organisation, or the editors at the command line."""
    if event.user_name is None:
        return "La rédaction (ligne de commande)"
    org = partners.get(event.partner_id or "", event.partner_id or "")
    return f"{event.user_name} ({org})" if org else event.user_name


def describe(event: Event, themes: Mapping[str, str], partners: Mapping[str, str]) -> str:
    """One event as a sentence: « Camille (CCI Normandie) a proposé l'article… : « note » »."""
    person = who(event, partners)
    detail = event.detail.strip()
    kind = event.kind
    if kind == "label":
        chosen = [themes.get(t.strip(), t.strip()) for t in detail.split(",") if t.strip()]
        if not chosen or chosen == ["hors thème"]:
            return f"{person} a corrigé les thèmes : hors des thèmes du bulletin"
        return f"{person} a corrigé les thèmes : {', '.join(chosen)}"
    if kind == "agenda":
        if m := _AGENDA.match(detail):
            label, day = m.groups()
            return f"{person} a corrigé l'agenda : {label}, {date_fr(date.fromisoformat(day))}"
        return f"{person} a corrigé l'agenda : ni appel ni événement"
    if kind == "split":
        return f"{person} a séparé cet article de « {detail} » : pas la même histoire"
    if kind in ("select", "add") and (m := _ISSUE_THEME.match(detail)):
        number, theme = m.groups()
        verb = "a retenu l'article pour le" if kind == "select" else "a ajouté l'article au"
        return f"{person} {verb} N° {number}, rubrique {themes.get(theme, theme)}"
    if kind in ("remove", "note", "edit") and (m := _ISSUE_REST.match(detail)):
        number, rest = m.groups()
        if kind == "remove":
            return f"{person} a retiré l'article du N° {number}"
        if kind == "note":
            return f"{person} a écrit la note du N° {number} : « {rest or ''} »"
        return f"{person} a récrit pour le N° {number} : {rest or 'le texte'}"
    sentence = f"{person} {_PLAIN.get(kind, kind)}"
    return f"{sentence} : « {detail} »" if detail else sentence
