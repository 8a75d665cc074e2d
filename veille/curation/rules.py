"""Curation as pure rules (no I/O, ``now`` passed in): who the people who sign in are and
what each role may do, the lockout after failed logins, the states an item goes through
between collection and the bulletin, and who may move it. The storage applies them in one
transaction; the web pages ask ``available_actions`` which buttons to show, so the page and
the action can never disagree."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from veille.errors import AccessError, BulletinError

MIN_PASSWORD = 12
MAX_FAILURES = 5  # failed logins in a row before the account is locked for a while
LOCK_FOR = timedelta(minutes=15)


# -- roles -----------------------------------------------------------------------------------
class Role(enum.StrEnum):
    PARTNER = "partner"  # curates: proposes, supports, rejects, comments, corrects themes
    EDITOR = "editor"  # also assembles and publishes the bulletin
    ADMIN = "admin"  # also manages users and every partner's sources


ROLE_FR = {Role.PARTNER: "partenaire", Role.EDITOR: "rédaction", Role.ADMIN: "administration"}
_RANK = {Role.PARTNER: 1, Role.EDITOR: 2, Role.ADMIN: 3}

# the least role each action needs
PERMISSIONS: dict[str, Role] = {
    "read": Role.PARTNER,
    "propose": Role.PARTNER,
    "support": Role.PARTNER,
    "comment": Role.PARTNER,
    "label": Role.PARTNER,
    "reject": Role.PARTNER,
    "reopen": Role.EDITOR,
    "select": Role.EDITOR,
    "edit_issue": Role.EDITOR,
    "manage_sources": Role.PARTNER,  # their own organisation's; an admin, everyone's
    "manage_users": Role.ADMIN,
}


@dataclass(frozen=True, slots=True)
class User:
    id: int
    email: str
    name: str
    role: Role
    partner_id: str | None
    active: bool = True
    session_version: int = 0  # a session cookie names it; bumping it signs every session out

    def can(self, action: str) -> bool:
        return self.active and _RANK[self.role] >= _RANK[PERMISSIONS[action]]

    def require(self, action: str) -> None:
        if not self.can(action):
            raise AccessError("action réservée à un autre rôle")

    def owns(self, partner_id: str | None) -> bool:
        """Whether this person acts for that organisation (an admin acts for all)."""
        return self.role is Role.ADMIN or (partner_id is not None and partner_id == self.partner_id)


# -- passwords and lockout ---------------------------------------------------------------------
def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccessError(f"mot de passe trop court : au moins {MIN_PASSWORD} caractères")
    if password.strip() != password or len(set(password)) < 4:
        raise AccessError("mot de passe trop simple")


def locked(locked_until: datetime | None, now: datetime) -> bool:
    return locked_until is not None and locked_until > now


def after_failure(failed: int, now: datetime) -> tuple[int, datetime | None]:
    """The new failure count and, from the MAX_FAILURES-th failure on, the lock's end."""
    failed += 1
    return failed, (now + LOCK_FOR if failed >= MAX_FAILURES else None)


# -- the inbox's date filters -------------------------------------------------------------
EARLIEST, LATEST = date(1990, 1, 1), date(2999, 12, 31)


def filter_day(value: str, name: str) -> datetime:
    """The start (UTC midnight) of a date filter's day, AAAA-MM-JJ between EARLIEST and
    LATEST; ValueError in French naming the filter otherwise."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"date « {name} » invalide : AAAA-MM-JJ attendu") from None
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"date « {name} » hors des années couvertes")
    return datetime.combine(day, time(0), tzinfo=UTC)


# -- an item's curation ------------------------------------------------------------------------
class Curation(enum.StrEnum):
    NEW = "new"
    PROPOSED = "proposed"
    SELECTED = "selected"
    REJECTED = "rejected"
    PUBLISHED = "published"


@dataclass(frozen=True, slots=True)
class InboxTab:
    """One tab of the partners' inbox: the items in ``status`` (any, when None);
    ``on_topic``: only those in one of the network's themes or waiting to be sorted."""

    key: str
    label: str
    status: Curation | None
    on_topic: bool = False


INBOX_TABS = (
    InboxTab("a-traiter", "À traiter", Curation.NEW, on_topic=True),
    InboxTab("proposes", "Proposés", Curation.PROPOSED),
    InboxTab("retenus", "Retenus", Curation.SELECTED),
    InboxTab("publies", "Publiés", Curation.PUBLISHED),
    InboxTab("ecartes", "Écartés", Curation.REJECTED),
    InboxTab("tous", "Tous", None),
)
"""The inbox opens on the first: what nobody has handled yet, in the network's themes."""


def inbox_tab(key: str | None, status: str | None = None) -> InboxTab:
    """The tab a request names (``vue``), or the one of an older link's ``status``; the
    first tab otherwise."""
    for tab in INBOX_TABS:
        if tab.key == key:
            return tab
    for tab in INBOX_TABS:
        if status and tab.status is not None and tab.status.value == status:
            return tab
    return INBOX_TABS[0]


def tab_counts(counts: dict[tuple[Curation, bool], int]) -> dict[str, int]:
    """Each tab's count from the counts per (state, on topic)."""
    return {
        tab.key: sum(
            n
            for (state, topic), n in counts.items()
            if (tab.status is None or state is tab.status) and (topic or not tab.on_topic)
        )
        for tab in INBOX_TABS
    }


REJECT_REASONS = ("hors sujet", "déjà traité (doublon)", "pas pour les PME", "trop ancien")
"""The reasons offered when setting an item aside from the inbox's list in one click."""


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
ACTION_FR = {
    "propose": "proposer",
    "reject": "écarter",
    "reopen": "rouvrir",
    "select": "retenir",
    "unselect": "ne plus retenir",
    "publish": "publier",
    "support": "soutenir",
    "comment": "commenter",
    "label": "corriger les thèmes",
    # what editors do to an item in an issue (the CLI records them too)
    "add": "ajouter au numéro",
    "remove": "retirer du numéro",
    "note": "écrire la note du numéro",
    "edit": "récrire pour le numéro",
    "split": "séparer d'une autre histoire",
}
PERMISSION_OF = {
    "propose": "propose",
    "reject": "reject",
    "reopen": "reopen",
    "select": "select",
    "unselect": "select",
    "support": "support",
    "comment": "comment",
    "label": "label",
}
PARTNER_ACTIONS = ("propose", "support", "comment", "reject", "reopen")
"""What a person may ask for on an item's page (``select`` is the editors' board's)."""


def next_state(action: str, current: Curation) -> Curation:
    allowed, target = MOVES[action]
    if current not in allowed:
        raise BulletinError(f"impossible de {ACTION_FR[action]} un article {CURATION_FR[current]}")
    return target


def effective_action(action: str, current: Curation) -> str:
    """Proposing an item someone already proposed joins that proposal with one's note: it is
    a support, not a second proposal."""
    return "support" if action == "propose" and current is Curation.PROPOSED else action


def check(
    user: User, action: str, current: Curation, *, mine: bool = False, others: bool = False
) -> None:
    """Raise AccessError or BulletinError unless ``user`` may do ``action`` now on an item in
    state ``current``; ``mine``: the user's organisation proposed or supports it, ``others``:
    another organisation did. A partner may reject only an item no other partner has
    proposed; the editors settle those."""
    if action not in PERMISSION_OF:
        raise BulletinError(f"action inconnue « {action} »")
    if not user.can(PERMISSION_OF[action]):
        raise AccessError(f"« {ACTION_FR[action]} » est réservé à la rédaction")
    if action in ("propose", "support") and user.partner_id is None:
        raise AccessError("un compte sans organisation ne propose pas d'article")
    if action == "reject" and others and not user.can("select"):
        raise AccessError(
            "un article proposé par un autre partenaire ne peut être écarté que par la rédaction"
        )
    if action == "support" and current not in (Curation.PROPOSED, Curation.SELECTED):
        raise BulletinError("on ne peut soutenir qu'un article déjà proposé")
    if action == "support" and not others and not mine:
        raise BulletinError("personne n'a encore proposé cet article : proposez-le")
    if action in MOVES:
        next_state(action, current)


def allowed(
    user: User, action: str, current: Curation, *, mine: bool = False, others: bool = False
) -> bool:
    try:
        check(user, action, current, mine=mine, others=others)
    except (AccessError, BulletinError):
        return False
    return True


def available_actions(user: User, current: Curation, *, mine: bool, others: bool) -> frozenset[str]:
    """The actions to offer ``user`` on an item's page: each is one ``check`` would accept.
    Proposing stays offered to the organisation that proposed (to change its note);
    supporting, to the others once someone has proposed."""
    offered = set()
    for action in PARTNER_ACTIONS:
        done = effective_action(action, current)
        if action == "propose" and done == "support" and not mine:
            continue  # the others support instead: one button each
        if action == "support" and mine:
            continue  # already behind it
        if allowed(user, done, current, mine=mine, others=others):
            offered.add(action)
    return frozenset(offered)
