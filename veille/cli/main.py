"""The ``veille`` command: the root group and its options; each group of commands lives in a
module of its own (``sources``, ``analyse``, ``bulletin``, ``subscribers``, ``users``,
``service``, ``system``), a few lines over the ``Veille`` facade each. Heavy imports wait for
the command that needs them, so ``veille --help`` starts at once (tests/test_lazy_imports.py)."""

from __future__ import annotations

import logging

import click

from veille.cli import (
    analyse,
    bulletin,
    items,
    newsletters,
    service,
    sources,
    subscribers,
    system,
    users,
    vulns,
)
from veille.cli.common import Context, VeilleGroup
from veille.cli.french import FrenchHelpFormatter

click.Context.formatter_class = FrenchHelpFormatter  # the help pages of every command


@click.group(cls=VeilleGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config", "config", metavar="FICHIER", help="Fichier de réglages TOML (sinon $VEILLE_CONFIG)."
)
@click.option(
    "--database",
    "database_url",
    metavar="URL",
    help="URL de la base (remplace VEILLE_DATABASE_URL).",
)
@click.option(
    "--sources",
    "sources_file",
    metavar="FICHIER",
    help="Fichier des sources (remplace VEILLE_SOURCES_FILE).",
)
@click.option("-v", "--verbose", is_flag=True, help="Journal détaillé.")
@click.version_option(package_name="veille")
@click.pass_context
def cli(
    ctx: click.Context,
    config: str | None,
    database_url: str | None,
    sources_file: str | None,
    verbose: bool,
) -> None:
    """Veille : bulletin de veille collaborative (cybersécurité, IA, blockchain)."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    ctx.obj = Context(config, {"database_url": database_url, "sources_file": sources_file})


for command in (
    sources.sources,
    sources.collect,
    sources.extract,
    items.items,
    analyse.classify,
    analyse.dedup,
    bulletin.bulletin,
    subscribers.subscribers,
    vulns.vulns,
    newsletters.newsletters,
    vulns.flash,
    users.users,
    users.partners,
    service.worker,
    service.scheduler,
    service.status,
    system.db,
    system.serve,
    system.demo,
):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="veille")


if __name__ == "__main__":
    main()
