"""Stored, classified items for bulletin tests (no model training: themes are set)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from veille.analyse.records import Classified
from veille.storage.models import ItemRow
from veille.testing.stores import stores
from veille.types import Item, SourceState

from .conftest import source_yaml

NOW = datetime.now(UTC)
SOURCES = (
    source_yaml("a", "https://a.example/f"),
    source_yaml("b", "https://b.example/f", themes="[ai]"),
    source_yaml("c", "https://c.example/f", themes="[blockchain]"),
)

# (source, key, title, themes with scores, hours ago)
ITEMS = [
    ("a", "1", "Rançongiciel : une PME de l'Orne paralysée", {"cyber": 0.95}, 2),
    ("a", "2", "Faille critique dans des pare-feu VPN", {"cyber": 0.80}, 30),
    ("a", "3", "Hameçonnage aux couleurs de l'Urssaf", {"cyber": 0.70}, 50),
    ("b", "1", "L'IA générative entre dans les PME", {"ai": 0.90}, 3),
    ("b", "2", "Une PME de l'Orne paralysée par un rançongiciel", {"cyber": 0.9}, 1),
    ("c", "1", "MiCA : premiers agréments", {"blockchain": 0.85}, 4),
    ("c", "2", "Le prix du blé", {}, 5),  # off-topic
    ("a", "old", "Ancienne alerte", {"cyber": 0.99}, 24 * 40),  # out of the period
]


def make_item(source: str, key: str, title: str, published: datetime, summary: str = "") -> Item:
    """An item of ``source`` as collection would store it (its page at
    https://<source>.example/<key>)."""
    url = f"https://{source}.example/{key}"
    return Item(
        source_id=source,
        key=key,
        url=url,
        canonical_url=url,
        title=title,
        summary_html=summary,
        summary_text=summary,
        content_text="",
        author=None,
        published_at=published,
        date_from_source=True,
        language="fr",
        content_hash=title,
    )


def seed(app) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Store and classify ITEMS; a1 and b2 are one story told by two outlets."""
    app.sources_sync()
    by_source: dict[str, list[Item]] = {}
    for source, key, title, _, hours in ITEMS:
        by_source.setdefault(source, []).append(
            make_item(source, key, title, NOW - timedelta(hours=hours), f"Résumé de « {title} ».")
        )
    for source, items in by_source.items():
        stores(app).store.record(SourceState(source, f"https://{source}.example/f"), items, NOW)
    ids = {
        f"{r['source_id']}{r['key']}": int(r["id"])  # type: ignore[call-overload]
        for r in stores(app).store.items(limit=100)
    }
    stores(app).themes.save_classification(
        [
            Classified(ids[f"{s}{k}"], tuple(scores), scores, False, "test")
            for s, k, _, scores, _ in ITEMS
        ]
    )
    with app.engine.begin() as conn:
        conn.execute(update(ItemRow).values(story_id=ItemRow.id))
        conn.execute(update(ItemRow).where(ItemRow.id == ids["b2"]).values(story_id=ids["a1"]))
    return ids
