"""Flash alerts (pure): which events go to which reader, at most one flash per reader and
day, never the same event twice.

An event (a CVE added to the known-exploited catalogue, a CERT-FR alert, an EPSS score
crossing the alert percentile) concerns the readers who watch a product it names. A reader
who already had a flash today gets the rest tomorrow, grouped."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

KIND_FR = {
    "kev": "exploitée activement (ajoutée au catalogue de la CISA)",
    "alert": "alerte du CERT-FR",
    "epss": "forte probabilité d'exploitation (score EPSS)",
}
KIND_ORDER = {"alert": 0, "kev": 1, "epss": 2}


@dataclass(frozen=True, slots=True)
class FlashEvent:
    id: int
    kind: str
    cve: str | None
    title: str
    url: str | None
    products: tuple[str, ...]  # the catalogue products it names
    ransomware: bool = False
    action: str = ""

    @property
    def kind_fr(self) -> str:
        return KIND_FR.get(self.kind, self.kind)


@dataclass(frozen=True, slots=True)
class Watcher:
    subscriber_id: int
    products: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FlashPlan:
    subscriber_id: int
    events: tuple[FlashEvent, ...]


def plan_flashes(
    events: Iterable[FlashEvent],
    watchers: Iterable[Watcher],
    already: Mapping[int, set[int]],
    flashed_today: set[int],
) -> list[FlashPlan]:
    """One plan per reader with something new about a product they watch; ``already``
    holds the event ids each reader's earlier flashes carried (sent or queued)."""
    actionable = [e for e in events if e.products]
    plans = []
    for watcher in watchers:
        if watcher.subscriber_id in flashed_today:
            continue
        watched = set(watcher.products)
        seen = already.get(watcher.subscriber_id, set())
        mine = [e for e in actionable if watched & set(e.products) and e.id not in seen]
        if mine:
            plans.append(FlashPlan(watcher.subscriber_id, tuple(order_events(mine))))
    return plans


def order_events(events: Sequence[FlashEvent]) -> list[FlashEvent]:
    """Alerts first, then known-exploited (ransomware first), then EPSS; then by id."""
    return sorted(events, key=lambda e: (KIND_ORDER.get(e.kind, 9), not e.ransomware, e.id))


def flash_subject(events: Sequence[FlashEvent], product_labels: Sequence[str]) -> str:
    names = ", ".join(product_labels[:2]) + (" …" if len(product_labels) > 2 else "")
    if len(events) == 1:
        return f"Alerte sécurité : {names} — à corriger maintenant"
    return f"Alerte sécurité : {len(events)} failles touchent {names}"


def flash_message_id(day: str, subscriber_id: int, domain: str, salt: str) -> str:
    return f"<flash-{day}-{subscriber_id}.{salt[:12]}@{domain}>"
