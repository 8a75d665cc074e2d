"""Click's own messages in French: the usage errors it raises (missing argument, unknown
option or command, invalid value…) are rewritten from its English wording, and the usage
and help lines around them. Pure text; the root group prints them."""

from __future__ import annotations

import re
from collections.abc import Iterable

import click

_VALUE = [
    (r"^'(.*)' is not a valid integer(?: range)?\.?$", "« {0} » n'est pas un nombre entier"),
    (r"^'(.*)' is not a valid float(?: range)?\.?$", "« {0} » n'est pas un nombre"),
    (r"^'(.*)' is not one of (.+)\.$", "« {0} » n'est pas l'une des valeurs possibles : {1}"),
    (
        r"^'(.*)' does not match the formats? (.+)\.$",
        "« {0} » n'est pas une date au format AAAA-MM-JJ",
    ),
    (r"^(.+) is not in the range (.+)\.$", "{0} n'est pas dans l'intervalle {1}"),
    (r"^(?:File|Path|Directory) '(.*)' does not exist\.$", "« {0} » n'existe pas"),
    (r"^(?:File|Path|Directory) '(.*)' is a directory\.$", "« {0} » est un dossier"),
    (r"^'(.*)' is not a valid boolean\.?$", "« {0} » n'est ni oui ni non"),
]

_USAGE = [
    (r"^Missing argument '(.+)'\.$", "argument manquant : {0}"),
    (r"^Missing option '(.+)'\.$", "option obligatoire manquante : {0}"),
    (r"^No such option: (\S+)$", "option inconnue : {0}"),
    (r"^No such option '(.+)'\.$", "option inconnue : {0}"),
    (r"^No such command '(.+)'\.$", "commande inconnue : {0}"),
    (r"^Got unexpected extra arguments? \((.+)\)$", "argument(s) en trop : {0}"),
    (r"^Option '(.+)' requires an argument\.$", "l'option {0} attend une valeur"),
    (r"^Option '(.+)' requires (\d+) arguments\.$", "l'option {0} attend {1} valeurs"),
    (r"^Option '(.+)' does not take a value\.$", "l'option {0} ne prend pas de valeur"),
    (r"^Missing command\.$", "commande manquante"),
]


def _first(rules: list[tuple[str, str]], text: str) -> str | None:
    for pattern, french in rules:
        m = re.match(pattern, text, re.DOTALL)
        if m:
            return french.format(*m.groups())
    return None


def usage_error(message: str) -> str:
    """A click usage error's message in French (the English one when unknown)."""
    message = message.strip()
    hint = ""
    head = message.splitlines()[0] if message else ""
    did_you = re.search(r"\s*\(?Possible options: (.+?)\)?$|\s*Did you mean (.+?)\?$", head)
    if did_you:
        hint = f" (vouliez-vous dire {did_you.group(1) or did_you.group(2)} ?)"
        head = head[: did_you.start()]
    m = re.match(r"^Invalid value for (.+?): (.+)$", head, re.DOTALL)
    if m:
        said = _first(_VALUE, m.group(2).strip()) or m.group(2).strip()
        return f"valeur invalide pour {m.group(1)} : {said}{hint}"
    said = _first(_USAGE, head.strip())
    return (said + hint) if said else message


def usage_line(usage: str) -> str:
    """« Usage: veille … » as « Utilisation : veille … »."""
    return re.sub(r"^Usage:", "Utilisation :", usage)


_HEADINGS = {"Options": "Options", "Commands": "Commandes", "Arguments": "Arguments"}
_TEXTS = {
    "Show this message and exit.": "Affiche cette aide et quitte.",
    "Show the version and exit.": "Affiche la version et quitte.",
}


class FrenchHelpFormatter(click.HelpFormatter):
    """Click's help pages with French headings and French texts for its own options."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, "Utilisation : " if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(_HEADINGS.get(heading, heading))

    def write_dl(
        self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        super().write_dl([(k, _TEXTS.get(v, v)) for k, v in rows], col_max, col_spacing)
