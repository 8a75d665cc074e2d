"""``veille sources …``, ``veille collect`` and ``veille extract``."""

from __future__ import annotations

import logging
from collections import Counter
from typing import TYPE_CHECKING, Any

import click

from veille.cli.common import Context, echo_json, emit, err, iso, out, pass_ctx, when
from veille.errors import VeilleError
from veille.types import CollectReport, OutcomeStatus

if TYPE_CHECKING:
    from veille.app.facade import Veille

STATUS_FR = {
    OutcomeStatus.OK: "ok",
    OutcomeStatus.NOT_MODIFIED: "inchangé",
    OutcomeStatus.ERROR: "erreur",
    OutcomeStatus.SKIPPED: "ignoré",
}


@click.group()
def sources() -> None:
    """Sources : vérifier, lister, importer et exporter (OPML)."""


@sources.command("check")
@pass_ctx
def sources_check(c: Context) -> None:
    """Valide le fichier des sources (clés, types, identifiants, thèmes, URL)."""
    config = c.app.sources()
    kinds = Counter(s.kind.value for s in config.sources)
    out.print(
        f"{config.path} : valide — {len(config.sources)} sources "
        f"({kinds['feed']} flux, {kinds['page']} pages), {len(config.themes)} thèmes, "
        f"{len(config.partners)} partenaires."
    )


@sources.command("list")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@pass_ctx
def sources_list(c: Context, as_json: bool) -> None:
    """Liste les sources avec leur santé (dernier succès, dernière erreur, prochaine visite)."""
    rows = c.app.sources_health()
    if as_json:
        echo_json([_health_json(h) for h in rows])
        return
    from rich.table import Table

    table = Table(title="Sources")
    for column in (
        "id",
        "type",
        "partenaire",
        "thèmes",
        "articles",
        "dernier succès",
        "échecs",
        "dernière erreur",
        "prochaine visite",
    ):
        table.add_column(column)
    for h in rows:
        state = h.state
        status = "" if h.enabled and h.declared else ("retirée" if not h.declared else "en pause")
        if state.disabled_reason:
            status = "désactivée"
        table.add_row(
            h.id + (f" ({status})" if status else ""),
            h.kind,
            h.partner_id,
            ", ".join(h.themes),
            str(h.items),
            when(state.last_success),
            str(state.consecutive_failures),
            state.disabled_reason or state.last_error_message or "",
            when(state.next_check),
        )
    out.print(table)


@sources.command("import-opml")
@click.argument("opml_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--partner", required=True, help="Partenaire propriétaire des sources importées.")
@click.option("--language", help="Langue des sources importées (fr, en…).")
@click.option("--interval", default="6h", show_default=True, help="Fréquence de visite.")
@click.option("--dry-run", is_flag=True, help="Montre ce qui serait ajouté sans rien écrire.")
@pass_ctx
def sources_import_opml(
    c: Context, opml_file: str, partner: str, language: str | None, interval: str, dry_run: bool
) -> None:
    """Ajoute au fichier des sources les flux d'un fichier OPML.

    Les catégories OPML (attribut category ou dossier parent) qui correspondent à un thème
    (identifiant ou libellé) deviennent les thèmes de la source."""
    result = c.app.sources_import_opml(opml_file, partner, language, interval, dry_run)
    for note in result.notes:
        err.print(note, markup=False)
    verb = "seraient ajoutées" if dry_run else "ajoutées"
    out.print(f"{len(result.added)} source(s) {verb} : {', '.join(result.added) or '—'}")


@sources.command("export-opml")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Fichier de sortie (sinon la sortie standard).",
)
@pass_ctx
def sources_export_opml(c: Context, output: str | None) -> None:
    """Exporte les sources de type flux en OPML 2.0, regroupées par thème."""
    emit(c.app.sources_export_opml(), output, "OPML écrit dans")


# -- collect -------------------------------------------------------------------------------
@click.command()
@click.option(
    "--source",
    "source_ids",
    multiple=True,
    metavar="ID",
    help="Ne visiter que cette source (répétable), même en pause, désactivée ou en cours de "
    "collecte par un autre processus.",
)
@click.option("--due", is_flag=True, help="Ne visiter que les sources dont l'heure est venue.")
@click.option("--json", "as_json", is_flag=True, help="Résumé en JSON sur la sortie standard.")
@click.option(
    "--no-analyse",
    is_flag=True,
    help="Ne pas classer ni regrouper les nouveaux articles après la collecte.",
)
@pass_ctx
def collect(
    c: Context, source_ids: tuple[str, ...], due: bool, as_json: bool, no_analyse: bool
) -> None:
    """Collecte les sources et enregistre les nouveaux articles, puis les classe par thème et
    les regroupe en histoires.

    Sans --source, une source qu'un autre processus (worker, planificateur) collecte au même
    moment lui est laissée et signalée comme ignorée.

    Code de sortie : 0 si toutes les sources ont répondu, 1 si au moins une a échoué."""
    report = _run_collect(c.app, list(source_ids) or None, due, quiet=as_json)
    analysis: dict[str, Any] = {}
    if not no_analyse:
        try:
            done = c.app.analyse_new()
            analysis = {
                "classified": done.classified,
                "stories_new": done.stories.new_stories,
                "stories_joined": done.stories.joined,
                "citing_vulnerabilities": done.citing_vulnerabilities,
            }
        except VeilleError as exc:  # the items are stored: say why they are not sorted yet
            analysis = {"error": str(exc)}
    if as_json:
        echo_json({**_report_json(report), "analysis": analysis})
    else:
        print_report(report, c.app.sources().theme_labels())
        if "error" in analysis:
            err.print(
                f"Classement impossible (articles conservés) : {analysis['error']}", markup=False
            )
        elif analysis:
            out.print(
                f"{analysis['classified']} article(s) classé(s) ; "
                f"{analysis['stories_new']} nouvelle(s) histoire(s), "
                f"{analysis['stories_joined']} article(s) rattaché(s) à une histoire ; "
                f"{analysis['citing_vulnerabilities']} citant une vulnérabilité (CVE)."
            )
    raise SystemExit(0 if report.ok else 1)


def _run_collect(
    app: Veille, source_ids: list[str] | None, due: bool, quiet: bool = False
) -> CollectReport:
    if quiet or not err.is_terminal:
        logging.getLogger("veille").setLevel(logging.INFO)
        return app.collect(source_ids, due)
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    progress = Progress(
        TextColumn("Collecte"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[last]}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    with progress:
        task = progress.add_task("collect", total=None, last="")
        report = app.collect(
            source_ids,
            due,
            on_start=lambda n: progress.update(task, total=n),
            on_result=lambda o: progress.update(task, advance=1, last=o.source_id),
        )
    return report


def print_report(report: CollectReport, theme_labels: dict[str, str]) -> None:
    from rich.table import Table

    table = Table(title="Résultat de la collecte")
    for column, justify in (
        ("source", "left"),
        ("état", "left"),
        ("nouveaux", "right"),
        ("mis à jour", "right"),
        ("inchangés", "right"),
        ("détail", "left"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for o in report.outcomes:
        detail = o.error_message or o.warning or o.catalogue or ""
        state = STATUS_FR[o.status]
        if o.status is OutcomeStatus.ERROR:
            state = f"[red]{state}[/] ({o.error_kind})"
        table.add_row(o.source_id, state, str(o.new), str(o.updated), str(o.unchanged), detail)
    out.print(table)
    per_theme: Counter[str] = Counter()
    for o in report.outcomes:
        for theme in o.themes:
            per_theme[theme] += o.new
    errors = sum(1 for o in report.outcomes if o.status is OutcomeStatus.ERROR)
    out.print(
        f"{len(report.outcomes)} source(s) visitée(s) en {report.seconds:.1f} s : "
        f"{report.total('new')} nouveaux, {report.total('updated')} mis à jour, "
        f"{report.total('unchanged')} inchangés, {errors} en erreur."
    )
    if per_theme:
        out.print(
            "Nouveaux articles par thème déclaré des sources : "
            + ", ".join(f"{theme_labels.get(t, t)} {n}" for t, n in sorted(per_theme.items()))
        )


# -- extract -------------------------------------------------------------------------------
@click.command()
@click.argument("target", metavar="FICHIER_OU_URL")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@pass_ctx
def extract(c: Context, target: str, as_json: bool) -> None:
    """Montre ce qu'une source de type page donnerait : titre, date, langue, texte principal
    et liens d'articles trouvés (pour mettre au point une source page)."""
    found = c.app.extract(target)
    article, links = found.article, found.links
    data = {
        "url": article.url,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "author": article.author,
        "language": article.language,
        "text": article.text,
        "links": links,
    }
    if as_json:
        echo_json(data)
        return
    out.print(f"[bold]Titre :[/] {article.title or '—'}", markup=True)
    for label, key in (("Date", "published"), ("Auteur", "author"), ("Langue", "language")):
        out.print(f"{label} : {data[key] or '—'}", markup=False)
    out.print(f"Texte ({len(article.text)} caractères) :", markup=False)
    out.print(article.text, markup=False)
    if links:
        out.print(f"\nLiens d'articles trouvés ({len(links)}) :", markup=False)
        for link in links:
            out.print(f"  {link}", markup=False)


def _health_json(h: Any) -> dict[str, Any]:
    s = h.state
    return {
        "id": h.id,
        "name": h.name,
        "kind": h.kind,
        "url": h.url,
        "partner": h.partner_id,
        "themes": h.themes,
        "enabled": h.enabled,
        "declared": h.declared,
        "items": h.items,
        "last_checked": iso(s.last_checked),
        "last_success": iso(s.last_success),
        "last_error_kind": s.last_error_kind,
        "last_error": s.last_error_message,
        "consecutive_failures": s.consecutive_failures,
        "next_check": iso(s.next_check),
        "disabled_reason": s.disabled_reason,
    }


def _report_json(report: CollectReport) -> dict[str, Any]:
    return {
        "ok": report.ok,
        "seconds": round(report.seconds, 3),
        "sources": [
            {
                "id": o.source_id,
                "status": o.status.value,
                "new": o.new,
                "updated": o.updated,
                "unchanged": o.unchanged,
                "error_kind": o.error_kind,
                "error": o.error_message,
                "warning": o.warning,
                "catalogue": o.catalogue,
            }
            for o in report.outcomes
        ],
    }
