"""``veille items …``: find collected items and their ids (the inbox's filters)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import click
from rich.table import Table

from veille.cli.common import Context, echo_json, out, pass_ctx
from veille.curation.records import InboxFilter
from veille.curation.rules import CURATION_FR, Curation, filter_day


@click.group()
def items() -> None:
    """Articles collectés : les chercher et trouver leur identifiant."""


def _day(value: str | None, name: str) -> datetime | None:
    if not value:
        return None
    try:
        return filter_day(value, name)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint=name) from None


@items.command("list")
@click.argument("query", required=False, default="")
@click.option("--theme", help="Thème (identifiant de sources.yaml).")
@click.option("--source", help="Source (identifiant).")
@click.option("--partner", help="Organisation propriétaire de la source.")
@click.option("--language", help="Langue (fr, en…).")
@click.option(
    "--status",
    type=click.Choice([c.value for c in Curation]),
    help="État : new, proposed, selected, rejected, published.",
)
@click.option("--a-trier", "to_sort", is_flag=True, help="Seulement les articles « à trier ».")
@click.option("--cve", metavar="ID", help="Seulement ceux qui citent cette CVE (ou EUVD).")
@click.option("--region", is_flag=True, help="Seulement ceux qui parlent de la région.")
@click.option("--since", metavar="AAAA-MM-JJ", help="Publiés depuis ce jour.")
@click.option("--until", metavar="AAAA-MM-JJ", help="Publiés jusqu'à ce jour inclus.")
@click.option("--limit", default=50, show_default=True, help="Nombre d'articles au plus.")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@pass_ctx
def items_list(
    c: Context,
    query: str,
    theme: str | None,
    source: str | None,
    partner: str | None,
    language: str | None,
    status: str | None,
    to_sort: bool,
    cve: str | None,
    region: bool,
    since: str | None,
    until: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """Liste les articles, les plus récents d'abord, avec leur identifiant (pour « veille
    bulletin add »). QUERY cherche dans les titres et résumés (mots entiers, le dernier en
    début de mot)."""
    last = _day(until, "--until")
    rows = c.app.items_search(
        InboxFilter(
            theme=theme,
            source=source,
            partner=partner,
            language=language,
            status=status,
            to_sort=to_sort,
            cve=cve.strip() if cve else None,
            region=region,
            since=_day(since, "--since"),
            until=last + timedelta(days=1) if last else None,
            query=query[:200],
        ),
        limit,
    )
    if as_json:
        echo_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "url": r.url,
                    "source": r.source_id,
                    "published": r.published_at.isoformat(),
                    "language": r.language,
                    "themes": list(r.themes),
                    "cves": list(r.cves),
                    "region": list(r.region),
                    "status": r.curation.value,
                }
                for r in rows
            ]
        )
        return
    table = Table(title=f"Articles ({len(rows)})")
    for column in ("id", "date", "source", "thèmes", "état", "titre"):
        table.add_column(column)
    for r in rows:
        table.add_row(
            str(r.id),
            f"{r.published_at:%d/%m/%Y}",
            r.source_id,
            ", ".join(r.themes) or "—",
            CURATION_FR[r.curation],
            r.title
            + (f"  [{', '.join(r.cves[:3])}{'…' if len(r.cves) > 3 else ''}]" if r.cves else ""),
        )
    out.print(table)


@items.command("trends")
@click.option(
    "--day", type=click.DateTime(["%Y-%m-%d"]), help="Jour regardé (par défaut : aujourd'hui)."
)
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@pass_ctx
def items_trends(c: Context, day: Any, as_json: bool) -> None:
    """Ce qui monte : les noms dont les mentions accélèrent dans plusieurs sources (radar
    des signaux faibles, comme la page « Tendances »)."""
    view = c.app.trends_radar(day.date() if day else None)
    if as_json:
        echo_json(
            [
                {
                    "term": t.term,
                    "label": t.label,
                    "theme": t.theme,
                    "new": t.new,
                    "stories": t.stories,
                    "sources": list(t.sources),
                    "baseline_per_day": round(t.baseline, 3),
                    "surprise": round(t.surprise, 2),
                    "items": list(t.items),
                }
                for t, _ in view.trends
            ]
        )
        return
    if not view.trends:
        out.print(f"Rien ne monte au {view.day:%d/%m/%Y} ({view.items} article(s) lus).")
        return
    for trend, evidence in view.trends:
        out.print(
            f"{trend.label}{' (nouveau)' if trend.new else ''} — {trend.theme or 'sans thème'} : "
            f"{trend.stories} histoire(s) en {view.settings.window} jours, "
            f"{len(trend.sources)} sources ({', '.join(trend.sources)})",
            markup=False,
        )
        for e in evidence[:3]:
            out.print(f"    {e.item_id}  {e.title} — {e.outlet}", markup=False)
