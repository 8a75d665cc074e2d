"""``veille vulns …`` and ``veille flash …``: what the vulnerability catalogues hold, the
« Mon parc » catalogue, the « Vulnérabilités à corriger » table of an issue, flash alerts."""

from __future__ import annotations

import click
from rich.table import Table

from veille.cli.common import Context, echo_json, err, out, pass_ctx


@click.group()
def vulns() -> None:
    """Vulnérabilités : catalogues, produits de « Mon parc », tableau du bulletin."""


@vulns.command("status")
@pass_ctx
def vulns_status(c: Context) -> None:
    """Ce que les catalogues (KEV, EPSS, EUVD) ont apporté, et les événements d'alerte."""
    n = c.app.vulnerabilities_counts()
    out.print(
        f"{n['cves']} CVE connues : {n['kev']} exploitées (catalogue KEV), {n['epss']} avec "
        f"un score EPSS, {n['cvss']} avec un score CVSS ; {n['events']} événement(s) d'alerte."
    )


@vulns.command("products")
@click.argument("query", required=False, default="")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@pass_ctx
def vulns_products(c: Context, query: str, as_json: bool) -> None:
    """Le catalogue « Mon parc » (ou les produits qui correspondent à QUERY)."""
    found = c.app.products_search(query)
    if as_json:
        echo_json([{"id": p.id, "label": p.label, "aliases": list(p.aliases)} for p in found])
        return
    where = c.app.products_file()
    table = Table(
        title=f"« Mon parc » : {len(found)} produit(s) — {where or 'catalogue de Veille'}"
    )
    for column in ("identifiant", "produit", "noms reconnus dans les avis"):
        table.add_column(column)
    for p in found:
        table.add_row(p.id, p.label, ", ".join(p.aliases))
    out.print(table)


@vulns.command("table")
@click.argument("number", type=int)
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@pass_ctx
def vulns_table(c: Context, number: int, as_json: bool) -> None:
    """Le tableau « Vulnérabilités à corriger » du numéro NUMBER, le plus urgent d'abord."""
    fixes = c.app.bulletin(number).content.fixes
    if as_json:
        echo_json([f.to_json() for f in fixes])
        return
    table = Table(title=f"N° {number} — Vulnérabilités à corriger ({len(fixes)})")
    for column in ("CVE", "produit", "exploitée", "EPSS", "CVSS", "avis", "à faire", "note"):
        table.add_column(column)
    for f in fixes:
        table.add_row(
            f.cve,
            f.product,
            ("oui, rançongiciels" if f.ransomware else "oui") if f.exploited else "",
            f"{f.percentile:.0%}" if f.percentile is not None else "",
            f"{f.cvss:.1f}" if f.cvss is not None else "",
            f.advisory or "",
            f.action,
            f.note,
        )
    out.print(table)


@vulns.command("hide")
@click.argument("number", type=int)
@click.argument("cve")
@click.option("--show", is_flag=True, help="Remontrer une ligne masquée.")
@pass_ctx
def vulns_hide(c: Context, number: int, cve: str, show: bool) -> None:
    """Retire (ou remet avec --show) la ligne CVE du tableau du numéro NUMBER (brouillon)."""
    c.app.bulletin_fix_edit(number, cve, hidden=not show)
    out.print(f"N° {number} : {cve.upper()} {'remise' if show else 'retirée'} du tableau.")


@vulns.command("note")
@click.argument("number", type=int)
@click.argument("cve")
@click.argument("text")
@pass_ctx
def vulns_note(c: Context, number: int, cve: str, text: str) -> None:
    """Ajoute une note de la rédaction à la ligne CVE du tableau (texte vide : l'efface)."""
    c.app.bulletin_fix_edit(number, cve, note=text)
    out.print(f"N° {number} : note {'enregistrée' if text.strip() else 'effacée'} pour {cve}.")


@click.group()
def flash() -> None:
    """Alertes flash aux abonnés qui suivent un produit touché."""


@flash.command("send")
@click.option("--dry-run", is_flag=True, help="Dire qui recevrait quoi, sans rien envoyer.")
@pass_ctx
def flash_send(c: Context, dry_run: bool) -> None:
    """Envoie les alertes du jour (au plus une par abonné et par jour) et reprend un envoi
    interrompu ; le planificateur le fait après chaque collecte."""
    report = c.app.flash_send(dry_run=dry_run)
    for email, events in report.planned:
        out.print(f"{email} : {events} événement(s)", markup=False)
    if dry_run:
        out.print(f"{len(report.planned)} alerte(s) à envoyer ; rien n'a été envoyé.")
        return
    out.print(f"{report.sent} alerte(s) envoyée(s) en {report.seconds:.1f} s.")
    for email, why in report.failed:
        err.print(f"échec pour {email} : {why}", markup=False)
    if report.unknown:
        err.print(
            "sort inconnu (vérifiez puis « veille flash resolve ») : " + ", ".join(report.unknown),
            markup=False,
        )
    if report.stopped:
        err.print(f"envoi interrompu, à reprendre : {report.stopped}", markup=False)
    if report.failed or report.unknown or report.stopped:
        raise SystemExit(1)


@flash.command("status")
@pass_ctx
def flash_status(c: Context) -> None:
    """Le registre des alertes : combien envoyées, en attente, de sort inconnu, en échec."""
    counts = c.app.flash_counts()
    words = {
        "sent": "envoyées",
        "pending": "en attente",
        "sending": "sort inconnu",
        "failed": "en échec",
        "skipped": "non envoyées (abonné parti ou alertes arrêtées)",
    }
    out.print(", ".join(f"{counts.get(k, 0)} {v}" for k, v in words.items()))


@flash.command("resolve")
@click.argument("emails", nargs=-1, required=True)
@click.option("--delivered/--not-delivered", required=True, help="Reçue, ou à renvoyer.")
@pass_ctx
def flash_resolve(c: Context, emails: tuple[str, ...], delivered: bool) -> None:
    """Règle les alertes de sort inconnu une fois les boîtes vérifiées."""
    done = c.app.flash_resolve(list(emails), delivered)
    out.print(f"{done} alerte(s) marquée(s) {'reçue(s)' if delivered else 'à renvoyer'}.")
