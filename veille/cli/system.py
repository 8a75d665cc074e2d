"""``veille db …``, ``veille serve`` and ``veille demo``."""

from __future__ import annotations

from pathlib import Path

import click

from veille.cli.common import Context, confirm, fail, out, pass_ctx
from veille.errors import VeilleError


@click.group()
def db() -> None:
    """Base de données : migrations."""


@db.command("upgrade")
@pass_ctx
def db_upgrade(c: Context) -> None:
    """Applique les migrations jusqu'à la dernière révision."""
    done = c.app.db_upgrade()
    if done.before == done.after:
        out.print(f"Base déjà à jour (révision {done.after}).")
    else:
        out.print(f"Base migrée : {done.before or 'vide'} → {done.after}.")


@db.command("backup")
@click.argument("file", type=click.Path(dir_okay=False))
@pass_ctx
def db_backup(c: Context, file: str) -> None:
    """Sauvegarde toute la base, même en service (SQLite : copie cohérente ; PostgreSQL :
    pg_dump au format personnalisé)."""
    path = c.app.db_backup(Path(file))
    out.print(f"Base sauvegardée dans {path} ({path.stat().st_size / 1024:.0f} Ko).")


@db.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--yes", is_flag=True, help="Ne pas demander de confirmation.")
@pass_ctx
def db_restore(c: Context, file: str, yes: bool) -> None:
    """Remplace le contenu de la base par une sauvegarde (arrêtez d'abord le service)."""
    if not yes:
        confirm("Remplacer tout le contenu de la base par cette sauvegarde ?")
    c.app.db_restore(Path(file))
    out.print(f"Base restaurée depuis {file} (révision {c.app.db_revision()}).")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Adresse d'écoute.")
@click.option("--port", default=8000, show_default=True, help="Port d'écoute.")
@click.option(
    "--no-scheduler",
    is_flag=True,
    help="Ne pas lancer le planificateur (quand « veille scheduler » tourne ailleurs).",
)
@pass_ctx
def serve(c: Context, host: str, port: int, no_scheduler: bool) -> None:
    """Sert l'application web (veille des partenaires, rédaction, sources, pages publiques
    d'abonnement, archives, /healthz) et, sauf --no-scheduler, le planificateur avec. Mettez
    la derrière un serveur HTTPS et réglez public_url sur son adresse publique."""
    from veille.logs import configure
    from veille.web import serve as serve_web

    configure(c.app.settings.log_level, c.app.settings.log_format)
    c.app.ensure_schema()
    planner = None
    if not no_scheduler:
        from veille import schedule

        planner = schedule.build(c.app)
        schedule.start(planner)
    out.print(
        f"Veille sert sur http://{host}:{port}/ (adresse publique : "
        f"{c.app.settings.public_url})"
        + ("" if no_scheduler else ", avec le planificateur")
        + " — Ctrl+C pour arrêter."
    )
    try:
        serve_web(c.app, host, port)
    finally:
        if planner is not None:
            schedule.stop(planner)


# -- demo ----------------------------------------------------------------------------------
@click.command()
@click.option(
    "--dir",
    "directory",
    default="demo-output",
    show_default=True,
    help="Dossier où écrire la base et les sources de la démonstration.",
)
def demo(directory: str) -> None:
    """Démonstration hors ligne : sert des sources d'exemple sur la boucle locale, les collecte
    dans une base SQLite neuve et affiche le résultat."""
    from veille.cli.sources import print_report
    from veille.demo import run_demo

    try:
        run_demo(Path(directory), out, print_report)
    except VeilleError as exc:
        fail(exc)
