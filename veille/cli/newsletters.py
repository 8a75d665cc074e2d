"""``veille newsletters …``: newsletters received by e-mail as sources."""

from __future__ import annotations

import sys
from typing import BinaryIO

import click
from rich.table import Table

from veille.cli.common import Context, out, pass_ctx


@click.group()
def newsletters() -> None:
    """Lettres d'information reçues par courriel, comme sources."""


@newsletters.command("addresses")
@pass_ctx
def newsletters_addresses(c: Context) -> None:
    """L'adresse de réception de chaque source de type newsletter et ses expéditeurs."""
    table = Table(title="Lettres d'information")
    for column in ("source", "adresse de réception", "expéditeurs acceptés"):
        table.add_column(column)
    for address, source in sorted(c.app.newsletter_addresses().items()):
        table.add_row(source.id, address, ", ".join(source.senders))
    out.print(table)


@newsletters.command("listen")
@click.option("--host", help="Adresse d'écoute (par défaut : réglage inbound_host).")
@click.option("--port", type=int, help="Port (par défaut : réglage inbound_port).")
@pass_ctx
def newsletters_listen(c: Context, host: str | None, port: int | None) -> None:
    """Reçoit les lettres par SMTP (derrière le relais de messagerie) jusqu'à Ctrl-C."""
    import time

    with c.app.newsletters_inbox(host, port) as inbox:
        where = host or c.app.settings.inbound_host
        out.print(f"Réception des lettres sur {where}:{inbox.port} (Ctrl-C pour arrêter).")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            out.print("Arrêt de la réception.")


@newsletters.command("receive")
@click.argument("message", type=click.File("rb"))
@click.option("--to", "recipients", multiple=True, required=True, help="Adresse de réception.")
@pass_ctx
def newsletters_receive(c: Context, message: BinaryIO, recipients: tuple[str, ...]) -> None:
    """Prend une lettre depuis un fichier .eml (ou « - » : l'entrée standard), par exemple
    relevée d'une boîte IMAP ou transmise par le serveur de messagerie."""
    raw = message.read()
    results = c.app.newsletters_receive(raw, list(recipients))
    for r in results:
        out.print(
            f"{r.address} : {'acceptée' if r.accepted else 'refusée'} — {r.reason}", markup=False
        )
    if not all(r.accepted for r in results):
        sys.exit(1)


@newsletters.command("log")
@click.option("--limit", default=30, show_default=True, help="Nombre de messages au plus.")
@pass_ctx
def newsletters_log(c: Context, limit: int) -> None:
    """Les derniers messages reçus, acceptés ou refusés (et pourquoi)."""
    table = Table(title="Courrier reçu")
    for column in ("reçu le", "adresse", "expéditeur", "état", "détail"):
        table.add_column(column)
    for r in c.app.newsletters_log(limit):
        table.add_row(
            f"{r.received_at:%d/%m %H:%M}",
            r.address,
            r.sender,
            "acceptée" if r.status == "accepted" else "refusée",
            r.reason,
        )
    out.print(table)
