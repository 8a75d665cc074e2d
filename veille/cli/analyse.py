"""`veille classify …` and `veille dedup …`: a few lines each over the facade."""

from __future__ import annotations

import json
import os
from typing import Any

import click
from rich.table import Table

from veille.cli.common import Context, echo_json, out, pass_ctx


def _author() -> str:
    return os.environ.get("VEILLE_AUTHOR") or os.environ.get("USER") or "cli"


def print_theme_scores(metrics: dict[str, Any], title: str) -> None:
    table = Table(title=title)
    for column in ("thème", "précision", "rappel", "F1", "exemples"):
        table.add_column(column, justify="left" if column == "thème" else "right")
    for theme, m in metrics["themes"].items():
        table.add_row(
            theme,
            f"{m['precision']:.3f}",
            f"{m['recall']:.3f}",
            f"{m['f1']:.3f}",
            str(m["support"]),
        )
    out.print(table)
    out.print(
        f"F1 macro : {metrics['macro_f1']:.3f} sur {metrics['items']} article(s) "
        f"(étiquettes exactes : {metrics['exact_match']:.0%})."
    )


# -- classify ------------------------------------------------------------------------------
@click.group()
def classify() -> None:
    """Thèmes : entraîner, appliquer, évaluer, corriger le classifieur."""


@classify.command("train")
@click.option(
    "--folds",
    default=5,
    show_default=True,
    help="Validation croisée en N parts (0 pour ne pas la faire).",
)
@pass_ctx
def classify_train(c: Context, folds: int) -> None:
    """Entraîne le classifieur sur le jeu d'amorçage et les corrections des partenaires,
    puis l'enregistre avec sa version, sa date et ses mesures."""
    report = c.app.classify_train(folds)
    out.print(
        f"Modèle {report.model.version} enregistré dans {report.path} : "
        f"{report.seed} exemples d'amorçage + {report.corrections} correction(s)."
    )
    if report.cross_validation:
        print_theme_scores(report.cross_validation, f"Validation croisée ({folds} parts)")


@classify.command("run")
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Reclasser tous les articles (sauf ceux corrigés par une personne).",
)
@pass_ctx
def classify_run(c: Context, everything: bool) -> None:
    """Classe les articles enregistrés qui ne le sont pas encore."""
    done = c.app.classify_run(everything)
    out.print(f"{done} article(s) classé(s).")


@classify.command("predict")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_ctx
def classify_predict(c: Context, file: str) -> None:
    """Prédit les thèmes des lignes d'un fichier JSONL.

    Entrée : {"id", "title", "summary", "language"} par ligne. Sortie (JSONL) : les mêmes
    champs plus "labels" (thèmes retenus), "scores" (probabilité par thème) et "to_sort"."""
    for row in c.app.classify_predict_file(file):
        click.echo(json.dumps(row, ensure_ascii=False))


@classify.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Un objet JSON sur la sortie standard.")
@pass_ctx
def classify_eval(c: Context, file: str, as_json: bool) -> None:
    """Évalue le classifieur sur un fichier JSONL étiqueté.

    Chaque ligne porte aussi "labels" : la liste des thèmes (vide si hors thème). Affiche
    précision, rappel et F1 par thème et la F1 macro."""
    metrics = c.app.classify_eval_file(file)
    if as_json:
        echo_json(metrics)
    else:
        print_theme_scores(metrics, f"Évaluation sur {file}")


@classify.command("label")
@click.argument("item_id", type=int)
@click.argument("themes", nargs=-1)
@click.option("--none", "off_topic", is_flag=True, help="L'article est hors thème.")
@pass_ctx
def classify_label(c: Context, item_id: int, themes: tuple[str, ...], off_topic: bool) -> None:
    """Corrige les thèmes d'un article (servira au prochain entraînement)."""
    if not themes and not off_topic:
        raise click.UsageError("donnez au moins un thème, ou --none pour « hors thème »")
    c.app.classify_label(item_id, [] if off_topic else list(themes), _author())
    out.print(f"Article {item_id} : thèmes enregistrés ({', '.join(themes) or 'hors thème'}).")


@classify.command("explain")
@click.argument("item_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@pass_ctx
def classify_explain(c: Context, item_id: int, as_json: bool) -> None:
    """Montre les scores d'un article et les termes qui ont le plus pesé pour chaque thème."""
    data = c.app.classify_explain(item_id)
    if as_json:
        echo_json(data.as_dict())
        return
    out.print(f"[bold]{data.title}[/]", markup=True, highlight=False)
    out.print(f"Thèmes retenus : {', '.join(data.themes) or 'hors thème'}", markup=False)
    for theme, score in data.scores:
        terms = ", ".join(data.terms[theme]) or "—"
        out.print(f"  {theme} : {score:.2f} — {terms}", markup=False)


# -- dedup ---------------------------------------------------------------------------------
@click.group()
def dedup() -> None:
    """Doublons et histoires : regrouper, séparer, fusionner, évaluer."""


@dedup.command("run")
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Tout regrouper à nouveau (les décisions des personnes sont respectées).",
)
@pass_ctx
def dedup_run(c: Context, everything: bool) -> None:
    """Regroupe en histoires les articles qui n'en ont pas encore."""
    report = c.app.dedup_run(everything)
    out.print(
        f"{report.items} article(s) regroupé(s) : {report.new_stories} nouvelle(s) "
        f"histoire(s), {report.joined} rattaché(s) à une histoire existante "
        f"(dont {report.exact} doublon(s) exact(s))."
    )


@dedup.command("eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Un objet JSON sur la sortie standard.")
@pass_ctx
def dedup_eval(c: Context, file: str, as_json: bool) -> None:
    """Évalue la décision « même histoire » sur des paires JSONL {"a", "b", "duplicate"}."""
    m = c.app.dedup_eval_file(file)
    if as_json:
        echo_json(m)
        return
    out.print(
        f"{m['pairs']} paire(s), dont {m['duplicates']} doublon(s) : précision "
        f"{m['precision']:.3f}, rappel {m['recall']:.3f}, F1 {m['f1']:.3f}."
    )


@dedup.command("stories")
@click.option("--limit", default=10, show_default=True, help="Nombre d'histoires.")
@pass_ctx
def dedup_stories(c: Context, limit: int) -> None:
    """Liste les histoires qui réunissent plusieurs sources, les plus grandes d'abord."""
    stories = c.app.dedup_stories(limit)
    if not stories:
        out.print("Aucune histoire ne réunit plusieurs articles.")
    for members in stories:
        lead, others = members[0], members[1:]
        out.print(
            f"[bold]#{lead.item_id}[/] {lead.title} — {lead.source_name}",
            markup=True,
            highlight=False,
        )
        out.print(
            "    aussi chez : " + ", ".join(f"{m.source_name} (#{m.item_id})" for m in others),
            markup=False,
        )


@dedup.command("split")
@click.argument("item_id", type=int)
@pass_ctx
def dedup_split(c: Context, item_id: int) -> None:
    """Sort un article de son histoire (il n'y sera plus rattaché)."""
    story = c.app.dedup_split(item_id, _author())
    out.print(f"Article {item_id} séparé de l'histoire #{story}.")


@dedup.command("merge")
@click.argument("item_id", type=int)
@click.argument("into_item_id", type=int)
@pass_ctx
def dedup_merge(c: Context, item_id: int, into_item_id: int) -> None:
    """Réunit l'histoire d'un article à celle d'un autre (décision conservée)."""
    story = c.app.dedup_merge(item_id, into_item_id, _author())
    out.print(f"Histoires réunies : #{story}.")
