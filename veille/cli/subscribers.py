"""``veille subscribers …``: readers (double opt-in), CSV import and export, erasure."""

from __future__ import annotations

from typing import Any

import click
from rich.table import Table

from veille.bulletin.rules import SUBSCRIBER_STATUS_FR, SubscriberStatus
from veille.cli.common import Context, confirm, echo_json, emit, err, out, pass_ctx
from veille.text_fr import date_fr


@click.group()
def subscribers() -> None:
    """Abonnés : inscrire, importer, exporter, effacer."""


@subscribers.command("add")
@click.argument("email")
@click.option("--themes", help="Thèmes choisis, ex. cyber,ai (par défaut : tous).")
@click.option("--source", default="cli", show_default=True, help="Origine du consentement.")
@click.option("--no-mail", is_flag=True, help="Ne pas envoyer le courriel de confirmation.")
@pass_ctx
def subscribers_add(c: Context, email: str, themes: str | None, source: str, no_mail: bool) -> None:
    """Inscrit une adresse en attente et lui envoie le lien de confirmation (double
    consentement) ; elle ne reçoit rien tant qu'elle n'a pas confirmé."""
    chosen = [t.strip() for t in (themes or "").split(",") if t.strip()]
    done = c.app.subscribers_add(email, chosen, source, send=not no_mail)
    subscriber, due = done.subscriber, done.confirmation_due
    if not due:
        out.print(f"{subscriber.email} est déjà abonné(e) ({', '.join(subscriber.themes)}).")
    elif no_mail:
        out.print(
            f"{subscriber.email} inscrit(e), en attente de confirmation (aucun courriel envoyé)."
        )
    else:
        out.print(f"{subscriber.email} inscrit(e) ; lien de confirmation envoyé.")


@subscribers.command("list")
@click.option(
    "--status",
    type=click.Choice([s.value for s in SubscriberStatus]),
    help="Ne montrer que cet état.",
)
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@pass_ctx
def subscribers_list(c: Context, status: str | None, as_json: bool) -> None:
    """Liste les abonnés."""
    rows = c.app.subscribers_list(SubscriberStatus(status) if status else None)
    if as_json:
        echo_json([_subscriber_json(s) for s in rows])
        return
    table = Table(title=f"Abonnés ({len(rows)})")
    for column in ("adresse", "thèmes", "état", "consentement", "origine"):
        table.add_column(column)
    for s in rows:
        table.add_row(
            s.email,
            ", ".join(s.themes),
            SUBSCRIBER_STATUS_FR[s.status],
            date_fr(s.consent_at) or "—",
            s.consent_source,
        )
    out.print(table)


def _subscriber_json(s: Any) -> dict[str, Any]:
    return {
        "email": s.email,
        "themes": list(s.themes),
        "status": s.status.value,
        "consent_at": s.consent_at.isoformat() if s.consent_at else None,
        "consent_source": s.consent_source,
        "reason": s.status_reason,
    }


@subscribers.command("import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--source",
    default="import",
    show_default=True,
    help="Origine du consentement quand la colonne consent_source est vide.",
)
@click.option(
    "--send-confirmations",
    is_flag=True,
    help="Envoyer le lien de confirmation aux lignes importées en attente.",
)
@pass_ctx
def subscribers_import(c: Context, csv_file: str, source: str, send_confirmations: bool) -> None:
    """Importe des abonnés d'un CSV (colonnes : email, themes, status, consent_at,
    consent_source). Les lignes invalides sont signalées avec leur numéro ; les autres sont
    importées. Une adresse déjà connue est laissée telle quelle.

    Code de sortie : 0 si toutes les lignes sont passées, 1 sinon."""
    report = c.app.subscribers_import(csv_file, source, send_confirmations)
    for note in report.notes:
        err.print(f"{csv_file}: {note}", markup=False)
    for problem in report.problems:
        err.print(f"{csv_file}: {problem}", markup=False)
    for email, reason in report.unsent:
        err.print(f"confirmation non envoyée à {email} : {reason}", markup=False)
    out.print(
        f"{report.added} abonné(s) importé(s) ({len(report.to_confirm)} en attente de "
        f"confirmation), {len(report.already_known)} déjà connu(s), "
        f"{len(report.problems)} ligne(s) en erreur."
    )
    raise SystemExit(1 if report.problems or report.unsent else 0)


@subscribers.command("export")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Fichier CSV (sinon la sortie standard).",
)
@pass_ctx
def subscribers_export(c: Context, output: str | None) -> None:
    """Exporte tous les abonnés en CSV (réimportable tel quel)."""
    emit(c.app.subscribers_export(), output, "Abonnés exportés dans")


@subscribers.command("erase")
@click.argument("email")
@click.option("--yes", is_flag=True, help="Ne pas demander de confirmation.")
@pass_ctx
def subscribers_erase(c: Context, email: str, yes: bool) -> None:
    """Efface un abonné et son historique d'envoi (droit à l'effacement, RGPD)."""
    if not yes:
        confirm(f"Effacer définitivement {email} et son historique d'envoi ?")
    if c.app.subscribers_erase(email):
        out.print(f"{email} effacé(e).")
    else:
        err.print(f"{email} : aucun abonné à cette adresse.", markup=False)
        raise SystemExit(1)


@subscribers.command("products")
@click.argument("email")
@click.argument("products", nargs=-1)
@click.option("--no-flash", is_flag=True, help="Ne pas lui envoyer d'alertes flash.")
@pass_ctx
def subscribers_products(c: Context, email: str, products: tuple[str, ...], no_flash: bool) -> None:
    """Les produits de « Mon parc » qu'utilise EMAIL (identifiants de « veille vulns
    products ») : il reçoit une alerte flash quand l'un d'eux est touché."""
    reader = next((s for s in c.app.subscribers_list() if s.email == email.strip().lower()), None)
    if reader is None:
        raise click.ClickException(f"aucun abonné {email}")
    done = c.app.subscribers_set_products(reader.id, list(products), flash=not no_flash)
    names = c.app.products().labels(done.products)
    out.print(
        f"{done.email} suit : {', '.join(names) or 'aucun produit'} ; alertes flash "
        f"{'actives' if done.flash else 'arrêtées'}.",
        markup=False,
    )
