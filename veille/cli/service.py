"""`veille worker`, `veille scheduler`, `veille status`, `veille bulletin schedule`."""

from __future__ import annotations

import signal
import threading
from datetime import datetime
from zoneinfo import ZoneInfo

import click
from rich.table import Table

from veille.cli.common import Context, echo_json, out, pass_ctx


def service_logs(c: Context) -> None:
    """Long-running commands log at log_level, as text or JSON lines (log_format)."""
    from veille.logs import configure

    configure(c.app.settings.log_level, c.app.settings.log_format)


def stop_event() -> threading.Event:
    """Set on SIGTERM or Ctrl+C: long-running commands finish their current step and exit."""
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    return stop


@click.command()
@click.option(
    "--once",
    is_flag=True,
    help="Travailler jusqu'à ce que rien ne soit dû, puis "
    "s'arrêter (sinon : recommencer toutes les collect_every secondes).",
)
@click.option("--batch", default=100, show_default=True, help="Sources prises à la fois.")
@pass_ctx
def worker(c: Context, once: bool, batch: int) -> None:
    """Collecte seulement : prend les sources dues (jamais celles d'un autre worker), les
    collecte, classe et regroupe les nouveaux articles. Plusieurs workers, sur une ou
    plusieurs machines, se partagent le travail sur la même base PostgreSQL."""
    service_logs(c)
    stop = stop_event()
    from veille.app.core import worker_name

    name = worker_name()
    out.print(f"Worker {name} démarré.")
    while not stop.is_set():
        done = c.app.worker_until_idle(name, batch, stop.is_set)
        if done:
            out.print(f"{done} source(s) collectée(s).")
        if once:
            break
        stop.wait(c.app.settings.collect_every)
    out.print(f"Worker {name} arrêté.")


@click.command()
@pass_ctx
def scheduler(c: Context) -> None:
    """Planificateur seul : collecte des sources dues, envoi des numéros programmés,
    réentraînement nocturne, ouverture du brouillon et rappel aux partenaires selon le
    calendrier. Les tâches sont gardées en base : un redémarrage n'en perd ni n'en répète."""
    from veille import schedule

    service_logs(c)
    stop = stop_event()
    planner = schedule.build(c.app)
    schedule.start(planner)
    for job, when in schedule.next_runs(planner).items():
        out.print(f"{job:8} prochaine exécution : {when}", markup=False)
    stop.wait()
    schedule.stop(planner)
    out.print("Planificateur arrêté.")


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@pass_ctx
def status(c: Context, as_json: bool) -> None:
    """État du service : santé des sources, dernières et prochaines exécutions, articles par
    thème de la période, brouillon en cours, envois en attente."""
    data = c.app.status()
    if as_json:
        echo_json(data.as_dict())
        return
    s = data.sources
    out.print(
        f"Sources : {s.total} — {s.ok} en bonne santé, {s.failing} en échec, "
        f"{s.paused} en pause ou désactivées ; prochaine visite : "
        f"{_local(data.next_check, c)} ; dues ou en cours : "
        f"{data.due_or_claimed}.",
        markup=False,
    )
    out.print(
        f"Articles depuis le {data.period_start.isoformat()} : "
        + (", ".join(f"{k} {v}" for k, v in sorted(data.themes_this_period.items())) or "aucun"),
        markup=False,
    )
    out.print(
        f"Brouillon en cours : {('N° ' + str(data.draft)) if data.draft else 'aucun'}"
        + "".join(
            f" ; N° {n} : {p} envoi(s) en attente" for n, p in data.pending_deliveries.items()
        ),
        markup=False,
    )
    table = Table(title="Tâches")
    for column in ("tâche", "dernier départ", "fin", "résultat", "par"):
        table.add_column(column)
    for job in data.jobs:
        result = {True: "ok", False: "[red]échec[/]", None: "en cours"}[job.ok]
        table.add_row(
            job.name,
            _local(job.started_at, c),
            _local(job.finished_at, c),
            f"{result} {job.detail}",
            job.worker,
        )
    out.print(table)


def _local(value: datetime | None, c: Context) -> str:
    if not value:
        return "—"
    zone = ZoneInfo(c.app.settings.timezone)
    return value.astimezone(zone).strftime("%d/%m/%Y %H:%M")
