"""Curation as pure rules: the states an item goes through between collection and the
bulletin, and who may move it. ``store_curation`` applies them."""

from __future__ import annotations

import enum

from veille.curation.accounts import User
from veille.errors import AccessError, BulletinError


class Curation(enum.StrEnum):
    NEW = "new"
    PROPOSED = "proposed"
    SELECTED = "selected"
    REJECTED = "rejected"
    PUBLISHED = "published"


CURATION_FR = {
    Curation.NEW: "nouveau",
    Curation.PROPOSED: "proposé",
    Curation.SELECTED: "retenu",
    Curation.REJECTED: "écarté",
    Curation.PUBLISHED: "publié",
}

# action → (allowed from, to). Supporting and commenting do not move the item.
MOVES: dict[str, tuple[frozenset[Curation], Curation]] = {
    "propose": (frozenset({Curation.NEW, Curation.REJECTED}), Curation.PROPOSED),
    "reject": (frozenset({Curation.NEW, Curation.PROPOSED}), Curation.REJECTED),
    "reopen": (frozenset({Curation.REJECTED}), Curation.NEW),
    "select": (frozenset({Curation.NEW, Curation.PROPOSED}), Curation.SELECTED),
    "unselect": (frozenset({Curation.SELECTED}), Curation.PROPOSED),
    "publish": (frozenset({Curation.SELECTED}), Curation.PUBLISHED),
}
ACTION_FR = {"propose": "proposer", "reject": "écarter", "reopen": "rouvrir",
             "select": "retenir", "unselect": "ne plus retenir", "publish": "publier",
             "support": "soutenir", "comment": "commenter", "label": "corriger les thèmes"}
PERMISSION_OF = {"propose": "propose", "reject": "reject", "reopen": "reopen",
                 "select": "select", "unselect": "select", "support": "support",
                 "comment": "comment", "label": "label"}


def next_state(action: str, current: Curation) -> Curation:
    allowed, target = MOVES[action]
    if current not in allowed:
        raise BulletinError(f"impossible de {ACTION_FR[action]} un article "
                            f"{CURATION_FR[current]}")
    return target


def check(user: User, action: str, current: Curation, proposed_by_other: bool = False) -> None:
    """Raise AccessError or BulletinError unless ``user`` may do ``action`` now. A partner
    may reject only an item no other partner has proposed; the editors settle those."""
    if not user.can(PERMISSION_OF[action]):
        raise AccessError(f"« {ACTION_FR[action]} » est réservé à la rédaction")
    if action == "reject" and proposed_by_other and not user.can("select"):
        raise AccessError("un article proposé par un autre partenaire ne peut être écarté "
                          "que par la rédaction")
    if action == "support" and current not in (Curation.PROPOSED, Curation.SELECTED):
        raise BulletinError("on ne peut soutenir qu'un article déjà proposé")
    if action in MOVES:
        next_state(action, current)
