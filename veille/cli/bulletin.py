"""`veille bulletin …` and `veille subscribers …`: a few lines each over the facade."""

from __future__ import annotations

import re
import webbrowser
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from veille.bulletin.rules import (
    DELIVERY_STATUS_FR,
    HTML_LIMIT,
    ISSUE_STATE_FR,
    DeliveryStatus,
    IssueContent,
    SubscriberStatus,
)
from veille.cli.common import Context, confirm, echo_json, err, out, pass_ctx
from veille.text_fr import date_fr

if TYPE_CHECKING:
    from veille.bulletin.publish import PublishReport

_PERIOD = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


def _period(value: str | None) -> tuple[date, date] | tuple[None, None]:
    """``--period DEBUT..FIN``; (None, None) lets the facade take the next period."""
    if not value:
        return None, None
    match = _PERIOD.match(value.strip())
    if not match:
        raise click.BadParameter("AAAA-MM-JJ..AAAA-MM-JJ attendu", param_hint="--period")
    return date.fromisoformat(match.group(1)), date.fromisoformat(match.group(2))


# -- bulletin ------------------------------------------------------------------------------
@click.group()
def bulletin() -> None:
    """Bulletin : préparer un numéro, le prévisualiser, l'envoyer aux abonnés."""


@bulletin.command("new")
@click.option(
    "--period",
    metavar="DEBUT..FIN",
    help="Période couverte, ex. 2026-11-01..2026-11-15 (par défaut : depuis la fin "
    "du numéro précédent, ou les 14 derniers jours, jusqu'à aujourd'hui).",
)
@click.option("--title", help="Titre (par défaut : bulletin_title).")
@pass_ctx
def bulletin_new(c: Context, period: str | None, title: str | None) -> None:
    """Ouvre un brouillon numéroté et y propose, par thème, les meilleurs articles de la
    période (les histoires reprises par le plus de sources d'abord)."""
    start, end = _period(period)
    opened = c.app.bulletin_new(start, end, title)
    first, last = opened.period
    out.print(
        f"Brouillon N° {opened.number} ouvert pour la période du {date_fr(first)} au "
        f"{date_fr(last)} : {opened.proposed} article(s) repris, d'après {opened.why}."
    )
    out.print(f"Pour le relire : veille bulletin show {opened.number}")


@bulletin.command("list")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@pass_ctx
def bulletin_list(c: Context, as_json: bool) -> None:
    """Liste les numéros avec leur état."""
    rows = c.app.bulletin_list()
    if as_json:
        echo_json(
            [
                {
                    "number": r.number,
                    "state": r.state.value,
                    "items": r.items,
                    "period": [r.period_start.isoformat(), r.period_end.isoformat()],
                    "published_at": r.published_at.isoformat() if r.published_at else None,
                }
                for r in rows
            ]
        )
        return
    table = Table(title="Numéros")
    for column in ("N°", "état", "période", "articles", "publié le"):
        table.add_column(column)
    for r in rows:
        table.add_row(
            str(r.number),
            ISSUE_STATE_FR[r.state],
            f"{date_fr(r.period_start)} → {date_fr(r.period_end)}",
            str(r.items),
            date_fr(r.published_at) or "—",
        )
    out.print(table)


@bulletin.command("show")
@click.argument("number", type=int)
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@pass_ctx
def bulletin_show(c: Context, number: int, as_json: bool) -> None:
    """Montre un numéro : état, introduction, articles par thème avec leur identifiant."""
    view = c.app.bulletin(number)
    record, content = view.record, view.content
    if as_json:
        echo_json({"state": record.state.value, **content.to_json()})
        return
    out.print(
        f"[bold]N° {number}[/] — {ISSUE_STATE_FR[record.state]} — du "
        f"{date_fr(content.period_start)} au {date_fr(content.period_end)}",
        markup=True,
    )
    out.print(f"Introduction : {content.intro or '(aucune : veille bulletin intro)'}", markup=False)
    _print_sections(content)


def _print_sections(content: IssueContent) -> None:
    for section in content.sections:
        table = Table(title=f"{section.label} ({len(section.entries)})", title_justify="left")
        for column in ("#", "article", "titre", "source", "proposé par", "note"):
            table.add_column(column)
        for position, e in enumerate(section.entries, 1):
            source = e.outlet + (f" (+ {', '.join(e.also_at)})" if e.also_at else "")
            table.add_row(str(position), str(e.item_id), e.title, source, e.partner, e.note or "—")
        out.print(table)
    if not content.sections:
        out.print("Aucun article : veille bulletin add N ARTICLE")


@bulletin.command("add")
@click.argument("number", type=int)
@click.argument("item_ids", type=int, nargs=-1, required=True)
@click.option("--theme", help="Section où le placer (par défaut : son thème le plus sûr).")
@click.option(
    "--repeter",
    "repeat",
    is_flag=True,
    help="Ajouter même un article (ou une histoire) déjà publié ou déjà dans le numéro.",
)
@pass_ctx
def bulletin_add(
    c: Context, number: int, item_ids: tuple[int, ...], theme: str | None, repeat: bool
) -> None:
    """Ajoute des articles (par identifiant) à la fin de leur section. Un article déjà
    publié dans un numéro précédent, ou une autre version de la même histoire, est refusé
    avec le numéro qui l'a porté (sauf --repeter)."""
    for item_id in item_ids:
        placed = c.app.bulletin_add(number, item_id, theme, repeat)
        out.print(f"Article {item_id} ajouté au N° {number} (section {placed}).")


@bulletin.command("remove")
@click.argument("number", type=int)
@click.argument("item_ids", type=int, nargs=-1, required=True)
@pass_ctx
def bulletin_remove(c: Context, number: int, item_ids: tuple[int, ...]) -> None:
    """Retire des articles du numéro."""
    for item_id in item_ids:
        c.app.bulletin_remove(number, item_id)
        out.print(f"Article {item_id} retiré du N° {number}.")


@bulletin.command("move")
@click.argument("number", type=int)
@click.argument("item_id", type=int)
@click.argument("position", type=click.IntRange(min=1))
@pass_ctx
def bulletin_move(c: Context, number: int, item_id: int, position: int) -> None:
    """Place un article à la POSITION voulue dans sa section (1 = en tête)."""
    c.app.bulletin_move(number, item_id, position)
    out.print(f"Article {item_id} placé en position {position}.")


@bulletin.command("note")
@click.argument("number", type=int)
@click.argument("item_id", type=int)
@click.argument("text")
@pass_ctx
def bulletin_note(c: Context, number: int, item_id: int, text: str) -> None:
    """Écrit la note « pourquoi c'est important » d'un article (\"\" pour l'effacer)."""
    c.app.bulletin_note(number, item_id, text)
    out.print(f"Note de l'article {item_id} {'enregistrée' if text.strip() else 'effacée'}.")


@bulletin.command("agenda")
@click.argument("number", type=int)
@click.option(
    "--retirer", "hide", type=int, metavar="ARTICLE", help="Retire cet article de l'agenda."
)
@click.option("--remettre", "show", type=int, metavar="ARTICLE", help="Remet cet article.")
@pass_ctx
def bulletin_agenda(c: Context, number: int, hide: int | None, show: int | None) -> None:
    """Montre « Appels à projets & agenda » du numéro NUMBER ; en retire une ligne (le
    détecteur peut se tromper) ou la remet (brouillon seulement)."""
    if hide is not None:
        c.app.bulletin_agenda_edit(number, hide, hidden=True)
        out.print(f"N° {number} : article {hide} retiré de l'agenda.")
    if show is not None:
        c.app.bulletin_agenda_edit(number, show, hidden=False)
        out.print(f"N° {number} : article {show} remis dans l'agenda.")
    view = c.app.bulletin(number)
    table = Table(title=f"N° {number} — Appels à projets & agenda")
    for column in ("article", "quoi", "date", "titre", "source"):
        table.add_column(column)
    for a in view.content.agenda:
        when = ("jusqu'au " if a.kind == "call" else "") + date_fr(a.day) if a.day else ""
        table.add_row(str(a.item_id), a.label, when, a.title, a.outlet)
    out.print(table)
    for a in c.app.agenda_hidden(view.record):
        out.print(f"retiré : article {a.item_id} « {a.title} » (--remettre {a.item_id})")


@bulletin.command("edit")
@click.argument("number", type=int)
@click.argument("item_id", type=int)
@click.option(
    "--title", help='Titre montré dans le bulletin (en français) ; "" : celui d\'origine.'
)
@click.option("--summary", help='Résumé montré dans le bulletin ; "" : celui d\'origine.')
@pass_ctx
def bulletin_edit(
    c: Context, number: int, item_id: int, title: str | None, summary: str | None
) -> None:
    """Récrit le titre ou le résumé d'un article pour le bulletin (l'article garde son
    texte d'origine) : un article en anglais reçoit ainsi un titre français."""
    if title is None and summary is None:
        raise click.UsageError("donnez --title ou --summary")
    c.app.bulletin_edit(number, item_id, title, summary)
    out.print(f"Texte de l'article {item_id} mis à jour dans le N° {number}.")


@bulletin.command("intro")
@click.argument("number", type=int)
@click.argument("text", required=False)
@click.option(
    "--file",
    "file",
    type=click.Path(exists=True, dir_okay=False),
    help="Lire l'introduction dans un fichier texte (paragraphes séparés par une ligne vide).",
)
@pass_ctx
def bulletin_intro(c: Context, number: int, text: str | None, file: str | None) -> None:
    """Écrit l'introduction éditoriale du numéro."""
    if file:
        text = Path(file).read_text(encoding="utf-8")
    if text is None:
        raise click.UsageError("donnez le texte, ou --file FICHIER")
    c.app.bulletin_intro(number, text)
    out.print(f"Introduction du N° {number} enregistrée.")


@bulletin.command("ready")
@click.argument("number", type=int)
@pass_ctx
def bulletin_ready(c: Context, number: int) -> None:
    """Fige le contenu du numéro (brouillon → prêt) : la prévisualisation montre désormais
    exactement ce qui partira."""
    content = c.app.bulletin_ready(number)
    out.print(f"N° {number} prêt : {content.item_count} article(s) figé(s).")


@bulletin.command("reopen")
@click.argument("number", type=int)
@pass_ctx
def bulletin_reopen(c: Context, number: int) -> None:
    """Remet un numéro prêt en brouillon pour le modifier."""
    c.app.bulletin_reopen(number)
    out.print(f"N° {number} remis en brouillon.")


@bulletin.command("cancel")
@click.argument("number", type=int)
@click.option("--yes", is_flag=True, help="Ne pas demander de confirmation.")
@pass_ctx
def bulletin_cancel(c: Context, number: int, yes: bool) -> None:
    """Annule un numéro qui n'est pas encore parti."""
    if not yes:
        confirm(f"Annuler le N° {number} ?")
    c.app.bulletin_cancel(number)
    out.print(f"N° {number} annulé.")


@bulletin.command("preview")
@click.argument("number", type=int)
@click.option(
    "--out",
    "directory",
    type=click.Path(file_okay=False),
    default="preview",
    show_default=True,
    help="Dossier où écrire le HTML, le texte et les en-têtes.",
)
@click.option("--themes", help="Voir le numéro comme un abonné de ces thèmes (ex. cyber,ai).")
@click.option("--open", "open_it", is_flag=True, help="Ouvrir le HTML dans le navigateur.")
@pass_ctx
def bulletin_preview(
    c: Context, number: int, directory: str, themes: str | None, open_it: bool
) -> None:
    """Écrit exactement ce qui sera envoyé : HTML (CSS en ligne), texte et en-têtes."""
    chosen = [t.strip() for t in themes.split(",")] if themes else None
    preview = c.app.bulletin_preview(number, Path(directory), chosen)
    size = preview.rendered.html_bytes
    for kind, path in preview.files.items():
        out.print(f"{kind:8} {path}", markup=False)
    out.print(f"Objet : {preview.rendered.subject}", markup=False)
    out.print(f"Taille du HTML : {size / 1024:.1f} Ko (limite {HTML_LIMIT // 1024} Ko).")
    if size > HTML_LIMIT:
        err.print(
            "[yellow]Attention : au-delà de ~100 Ko, Gmail tronque le message. "
            "Retirez des articles ou raccourcissez les notes.[/]",
            markup=True,
        )
    if open_it:
        webbrowser.open(preview.files["html"].resolve().as_uri())


@bulletin.command("send-test")
@click.argument("number", type=int)
@click.option("--to", "to", required=True, metavar="ADRESSE", help="Destinataire du test.")
@pass_ctx
def bulletin_send_test(c: Context, number: int, to: str) -> None:
    """Envoie le numéro, tel qu'un abonné de tous les thèmes le recevra, à une adresse de
    test (rien n'est noté dans le registre d'envoi)."""
    c.app.bulletin_send_test(number, to)
    out.print(f"Test du N° {number} envoyé à {to}.")


@bulletin.command("publish")
@click.argument("number", type=int)
@click.option("--yes", is_flag=True, help="Ne pas demander de confirmation.")
@click.option(
    "--retry-failed",
    is_flag=True,
    help="Renvoyer aussi aux abonnés actifs dont l'envoi avait échoué.",
)
@pass_ctx
def bulletin_publish(c: Context, number: int, yes: bool, retry_failed: bool) -> None:
    """Publie le numéro : le fige, écrit l'archive web, puis l'envoie à chaque abonné dont
    un thème a au moins un article. Relancé après une interruption, il reprend là où il en
    était : personne ne reçoit deux fois le numéro.

    Code de sortie : 0 si tout est parti, 1 s'il reste des échecs ou des sorts inconnus."""
    c.app.bulletin_publishable(number, retry_failed)  # before asking to confirm
    view = c.app.bulletin(number)
    record, content = view.record, view.content
    if not yes:
        active = len(c.app.subscribers_list(SubscriberStatus.ACTIVE))
        verb = "Reprendre l'envoi du" if record.state.value == "publishing" else "Publier le"
        confirm(
            f"{verb} N° {number} ({content.item_count} articles) pour {active} abonné(s) actif(s) ?"
        )
    report = _publish(c, number, retry_failed)
    _print_publish(report)
    raise SystemExit(0 if report.state.value == "published" and not report.failed else 1)


def _publish(c: Context, number: int, retry_failed: bool) -> PublishReport:
    if not err.is_terminal:
        return c.app.bulletin_publish(number, retry_failed)
    progress = Progress(
        TextColumn("Envoi"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    with progress:
        task = progress.add_task("send", total=None)
        return c.app.bulletin_publish(
            number,
            retry_failed,
            progress=lambda done, total: progress.update(task, completed=done, total=total),
        )


def _print_publish(r: PublishReport) -> None:
    out.print(
        f"N° {r.number} : {r.sent} envoyé(s) en {r.seconds:.1f} s"
        + (f", {r.queued} abonné(s) mis en file" if r.queued else "")
        + (f", {r.nothing_for} sans article pour leurs thèmes" if r.nothing_for else "")
        + (f", {r.skipped} non envoyé(s) (désabonnés entre-temps)" if r.skipped else "")
        + "."
    )
    for address, reason in r.failed:
        err.print(f"Échec pour {address} : {reason}", markup=False)
    if r.bounced:
        err.print(f"Adresses refusées, marquées en échec : {', '.join(r.bounced)}", markup=False)
    unknown = r.unknown + r.lost
    if unknown:
        err.print(
            "[bold yellow]Sort inconnu[/] (le serveur a peut-être reçu le message avant "
            "l'interruption) : " + ", ".join(unknown),
            markup=True,
        )
        err.print(
            f"Vérifiez, puis : veille bulletin resolve {r.number} ADRESSE… "
            "--delivered (reçu) ou --resend (à renvoyer).",
            markup=False,
        )
    if r.stopped:
        err.print(
            f"Envoi interrompu : {r.stopped}. Relancez « veille bulletin publish "
            f"{r.number} » pour reprendre.",
            markup=False,
        )
    state = "publié" if r.state.value == "published" else "envoi en cours (à reprendre)"
    out.print(f"État du numéro : {state}.")


@bulletin.command("deliveries")
@click.argument("number", type=int)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice([s.value for s in DeliveryStatus]),
    help="Ne montrer que ces états (répétable).",
)
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@pass_ctx
def bulletin_deliveries(c: Context, number: int, statuses: tuple[str, ...], as_json: bool) -> None:
    """Registre d'envoi d'un numéro : combien dans chaque état, et pour qui."""
    found = c.app.bulletin_deliveries(number, [DeliveryStatus(s) for s in statuses] or None)
    counts, rows = found.counts, found.rows
    if as_json:
        echo_json(
            {
                "counts": {s.value: n for s, n in counts.items()},
                "rows": [
                    {
                        "email": d.email,
                        "status": d.status.value,
                        "attempts": d.attempts,
                        "error": d.last_error,
                        "message_id": d.message_id,
                    }
                    for d in rows
                ],
            }
        )
        return
    out.print(", ".join(f"{DELIVERY_STATUS_FR[s]} : {n}" for s, n in counts.items()))
    if statuses:
        for d in rows:
            out.print(
                f"{d.email}  {DELIVERY_STATUS_FR[d.status]}  {d.last_error or ''}", markup=False
            )


@bulletin.command("resolve")
@click.argument("number", type=int)
@click.argument("emails", nargs=-1, required=True)
@click.option(
    "--delivered",
    "delivered",
    flag_value=True,
    default=None,
    help="Le message est bien arrivé : le noter envoyé.",
)
@click.option(
    "--resend",
    "delivered",
    flag_value=False,
    help="Le message n'est pas arrivé : le renvoyer au prochain « publish ».",
)
@pass_ctx
def bulletin_resolve(
    c: Context, number: int, emails: tuple[str, ...], delivered: bool | None
) -> None:
    """Règle les envois au sort inconnu (interruption entre la remise au serveur et son
    accusé)."""
    if delivered is None:
        raise click.UsageError("choisissez --delivered ou --resend")
    done = c.app.bulletin_resolve(number, [e.strip().lower() for e in emails], delivered)
    out.print(
        f"{done} envoi(s) réglé(s)"
        + ("." if delivered else f" : relancez « veille bulletin publish {number} ».")
    )


@bulletin.command("archive")
@pass_ctx
def bulletin_archive(c: Context) -> None:
    """Réécrit l'archive web (une page et son édition PDF par numéro publié, l'index et le
    flux Atom)."""
    directory = c.app.bulletin_archive()
    out.print(f"Archive écrite dans {directory}/ (index.html, feed.atom).")


@bulletin.command("pdf")
@click.argument("number", type=int)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Fichier (par défaut : numero-N.pdf)."
)
@pass_ctx
def bulletin_pdf(c: Context, number: int, output: str | None) -> None:
    """Écrit l'édition PDF (A4) du numéro NUMBER : le même contenu que le courriel, toutes
    les rubriques, liens actifs, à imprimer ou à joindre."""
    import time
    from pathlib import Path

    began = time.perf_counter()
    data = c.app.bulletin_pdf(number)
    target = Path(output or f"numero-{number}.pdf")
    target.write_bytes(data)
    out.print(
        f"{target} : {len(data) / 1024:.0f} Ko, rendu en {time.perf_counter() - began:.1f} s.",
        markup=False,
    )


@bulletin.command("schedule")
@click.argument("number", type=int)
@click.option(
    "--at",
    "at",
    metavar="AAAA-MM-JJTHH:MM",
    help="Date et heure d'envoi (heure locale, réglage timezone).",
)
@click.option("--cancel", is_flag=True, help="Déprogrammer.")
@pass_ctx
def bulletin_schedule(c: Context, number: int, at: str | None, cancel: bool) -> None:
    """Programme la publication d'un numéro (le planificateur l'enverra à l'heure dite) ;
    un brouillon est d'abord figé."""
    if cancel == bool(at):
        raise click.UsageError("donnez --at DATE, ou --cancel")
    when: Any = None
    if at:
        try:
            when = datetime.fromisoformat(at)
        except ValueError:
            raise click.BadParameter("AAAA-MM-JJTHH:MM attendu", param_hint="--at") from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=ZoneInfo(c.app.settings.timezone))
    c.app.bulletin_schedule(number, when)
    if when is None:
        out.print(f"N° {number} déprogrammé.")
    else:
        out.print(
            f"N° {number} sera publié le {when:%d/%m/%Y à %H:%M} "
            "(par « veille scheduler » ou « veille serve »)."
        )
        err.print("Le planificateur doit tourner à cette heure-là.", markup=False)
