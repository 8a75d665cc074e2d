"""`veille users …`: accounts for the web app (partners' staff, editors, administrators)."""

from __future__ import annotations

import sys

import click
from rich.table import Table

from veille.cli.common import Context, echo_json, out, pass_ctx
from veille.curation.rules import ROLE_FR, Role


def _password(password_stdin: bool) -> str:
    if password_stdin:
        return sys.stdin.readline().rstrip("\n")
    return click.prompt("Mot de passe", hide_input=True, confirmation_prompt=True)


@click.group()
def users() -> None:
    """Comptes de l'application web : créer, lister, réinitialiser un mot de passe."""


@users.command("add")
@click.argument("email")
@click.option("--name", required=True, help="Nom affiché.")
@click.option(
    "--role",
    type=click.Choice([r.value for r in Role]),
    default="partner",
    show_default=True,
    help="partner : propose ; editor : assemble et publie ; admin : gère comptes et sources.",
)
@click.option(
    "--partner", help="Organisation (identifiant de sources.yaml) ; obligatoire sauf pour admin."
)
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Lire le mot de passe sur l'entrée standard (scripts) au lieu de le demander.",
)
@pass_ctx
def users_add(
    c: Context, email: str, name: str, role: str, partner: str | None, password_stdin: bool
) -> None:
    """Crée un compte (mot de passe haché avec argon2, 10 caractères au moins)."""
    c.app.users_add(email, name, Role(role), partner, _password(password_stdin))
    out.print(
        f"Compte créé : {email} ({ROLE_FR[Role(role)]}" + (f", {partner})" if partner else ")")
    )


@users.command("reset-password")
@click.argument("email")
@click.option("--password-stdin", is_flag=True, help="Lire le mot de passe sur l'entrée standard.")
@pass_ctx
def users_reset_password(c: Context, email: str, password_stdin: bool) -> None:
    """Donne un nouveau mot de passe à un compte et lève son blocage éventuel."""
    c.app.users_reset_password(email, _password(password_stdin))
    out.print(f"Mot de passe de {email} changé.")


@users.command("list")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@pass_ctx
def users_list(c: Context, as_json: bool) -> None:
    """Liste les comptes."""
    rows = c.app.users_list()
    if as_json:
        echo_json(
            [
                {
                    "email": u.email,
                    "name": u.name,
                    "role": u.role.value,
                    "partner": u.partner_id,
                    "active": u.active,
                }
                for u in rows
            ]
        )
        return
    table = Table(title=f"Comptes ({len(rows)})")
    for column in ("adresse", "nom", "rôle", "organisation"):
        table.add_column(column)
    for u in rows:
        table.add_row(u.email, u.name, ROLE_FR[u.role], u.partner_id or "—")
    out.print(table)


@click.group()
def partners() -> None:
    """Organisations du réseau (la liste « partners: » de sources.yaml)."""


@partners.command("add")
@click.argument("ident", metavar="ID")
@click.option("--name", required=True, help="Nom affiché (pied du bulletin, « proposé par »).")
@click.option("--url", help="Site de l'organisation.")
@pass_ctx
def partners_add(c: Context, ident: str, name: str, url: str | None) -> None:
    """Ajoute une organisation à sources.yaml (le fichier est validé avant d'être écrit)."""
    c.app.partners_add(ident, name, url)
    out.print(f"Organisation « {ident} » ajoutée à {c.app.settings.sources_file}.")


@partners.command("list")
@pass_ctx
def partners_list(c: Context) -> None:
    """Liste les organisations, avec leurs sources et leurs comptes."""
    config = c.app.sources()
    accounts = [u.partner_id for u in c.app.users_list()]
    table = Table(title=f"Organisations ({len(config.partners)})")
    for column in ("id", "nom", "sources", "comptes"):
        table.add_column(column)
    for p in config.partners:
        table.add_row(
            p.id,
            p.name,
            str(sum(1 for s in config.sources if s.partner == p.id)),
            str(accounts.count(p.id)),
        )
    out.print(table)


@partners.command("digest")
@pass_ctx
def partners_digest(c: Context) -> None:
    """Envoie maintenant aux comptes des partenaires le courriel « Ce qui monte cette
    semaine » (le planificateur le fait chaque lundi, réglage digest_cron)."""
    sent = c.app.partners_digest()
    out.print(f"{sent} compte(s) prévenu(s) des tendances.")
