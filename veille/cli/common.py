"""What every ``veille`` command shares: the consoles, the lazily built facade, turning a
``VeilleError`` into a French message and an exit code, and output helpers. Importing this
loads no part of Veille but its errors: the facade is imported when a command first needs it."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click
from rich.console import Console

from veille.errors import ConfigError, VeilleError

if TYPE_CHECKING:
    from veille.app.facade import Veille


def _console(stderr: bool = False) -> Console:
    console = Console(stderr=stderr, highlight=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = 140  # logs and CI: wide enough that tables stay readable
    return console


out = _console()
err = _console(stderr=True)


class Context:
    """The command's options; the facade is built on first use, so ``--help`` builds none."""

    def __init__(self, config: str | None, overrides: dict[str, Any]) -> None:
        self.config = config
        self.overrides = overrides
        self._app: Veille | None = None

    @property
    def app(self) -> Veille:
        if self._app is None:
            from veille.app.facade import Veille

            self._app = Veille.from_env(self.config, **self.overrides)
        return self._app


pass_ctx = click.make_pass_decorator(Context)


def fail(exc: VeilleError) -> NoReturn:
    """Print the error for people (every line of it) and exit: 2 for configuration, else 1."""
    label = "Configuration invalide" if isinstance(exc, ConfigError) else "Erreur"
    err.print(f"[bold red]{label} :[/]", markup=True)
    for line in str(exc).splitlines():  # never broken in two: a log keeps « fichier:ligne » whole
        err.print(f"  {line}", markup=False, soft_wrap=True)
    raise SystemExit(2 if isinstance(exc, ConfigError) else 1)


class VeilleGroup(click.Group):
    """The root group: any ``VeilleError`` a command lets through becomes ``fail(exc)``, and
    click's usage errors are told in French."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except VeilleError as exc:
            fail(exc)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        from veille.cli.french import usage_error, usage_line

        try:
            code = super().main(*args, **{**kwargs, "standalone_mode": False})
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.format_message(), err=True)  # the help page itself
            raise SystemExit(exc.exit_code) from None
        except click.UsageError as exc:
            if exc.ctx is not None:
                click.echo(usage_line(exc.ctx.get_usage()), err=True)
                click.echo(f"Aide : {exc.ctx.command_path} --help", err=True)
            click.echo(f"\nErreur : {usage_error(exc.format_message())}", err=True)
            raise SystemExit(exc.exit_code) from None
        except click.Abort:
            click.echo("\nAbandon : rien n'a été fait.", err=True)
            raise SystemExit(1) from None
        except click.ClickException as exc:
            click.echo(f"Erreur : {exc.format_message()}", err=True)
            raise SystemExit(exc.exit_code) from None
        # without standalone mode, click returns the code of an early exit (--help: 0)
        raise SystemExit(code if isinstance(code, int) else 0)


YES = {"o", "oui", "y", "yes"}


def confirm(question: str) -> None:
    """Ask in French (« [o/N] »); anything but o/oui stops the command (exit 1)."""
    answer = click.prompt(f"{question} [o/N]", default="n", show_default=False, err=True)
    if str(answer).strip().lower() not in YES:
        err.print("Abandon : rien n'a été fait.", markup=False)
        raise SystemExit(1)


def emit(text: str, output: str | None, written: str) -> None:
    """Text to a file (saying so on stderr) or to standard output."""
    if output:
        Path(output).write_text(text, encoding="utf-8")
        err.print(f"{written} {output}", markup=False)
    else:
        click.echo(text, nl=False)


def echo_json(data: Any) -> None:
    """JSON for machines on standard output, readable accents."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def when(value: Any) -> str:
    """A date and time as people read it, or a dash."""
    return value.strftime("%d/%m/%Y %H:%M") if value else "—"


def iso(value: Any) -> str | None:
    return value.isoformat() if value else None
