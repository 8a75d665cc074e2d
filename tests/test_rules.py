"""Table tests of the decisions each stage owns once, in its ``rules`` module: the next
issue's period, an item's section (its main theme), and what a person may do with an item."""

from datetime import date

import pytest

from veille.bulletin.rules import PERIOD_DAYS, main_theme, next_period
from veille.curation.rules import (
    Curation,
    Role,
    User,
    after_failure,
    allowed,
    available_actions,
    check,
    effective_action,
    locked,
)
from veille.errors import AccessError, BulletinError

TODAY = date(2026, 12, 2)
ORDER = ["cyber", "ai", "blockchain"]


# -- the next issue's period -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("ends", "expected"),
    [
        ([], (date(2026, 11, 19), TODAY)),  # none yet: the last PERIOD_DAYS days
        ([date(2026, 11, 25)], (date(2026, 11, 26), TODAY)),
        ([date(2026, 11, 10), date(2026, 11, 25), date(2026, 11, 17)], (date(2026, 11, 26), TODAY)),
        ([date(2026, 12, 1)], (TODAY, TODAY)),
        ([TODAY], (TODAY, TODAY)),  # an issue already ends today: never a start after today
        ([date(2026, 12, 20)], (TODAY, TODAY)),  # an issue planned ahead: still not after today
    ],
)
def test_next_period(ends, expected):
    assert next_period(ends, TODAY) == expected


def test_a_first_period_is_period_days_long():
    start, end = next_period([], TODAY)
    assert (end - start).days + 1 == PERIOD_DAYS


# -- an item's section -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("themes", "scores", "expected"),
    [
        (["cyber", "ai"], {"cyber": 0.6, "ai": 0.9}, "ai"),
        (["ai", "cyber"], {"cyber": 0.7, "ai": 0.7}, "cyber"),  # a tie: the first in ORDER
        (["blockchain", "ai"], {"ai": 0.5, "blockchain": 0.5}, "ai"),
        (["ai"], {}, "ai"),  # no score: still its only theme
        (["other", "blockchain"], {"other": 0.99, "blockchain": 0.1}, "blockchain"),
        ([], {"cyber": 0.9}, None),  # no theme: no section
        (["other"], {"other": 0.9}, None),
    ],
)
def test_main_theme(themes, scores, expected):
    assert main_theme(themes, scores, ORDER) == expected


# -- who may do what with an item ------------------------------------------------------------
PARTNER = User(1, "p@cci.example", "P", Role.PARTNER, "cci")
EDITOR = User(2, "e@cci.example", "E", Role.EDITOR, "cci")
ADMIN = User(3, "a@veille.example", "A", Role.ADMIN, None)
INACTIVE = User(4, "x@cci.example", "X", Role.EDITOR, "cci", active=False)
N, P, S, R, PUB = (
    Curation.NEW,
    Curation.PROPOSED,
    Curation.SELECTED,
    Curation.REJECTED,
    Curation.PUBLISHED,
)

# (user, action, state, mine, others) -> allowed?
CASES = [
    (PARTNER, "propose", N, False, False, True),
    (PARTNER, "propose", R, False, False, True),
    (PARTNER, "propose", S, False, False, False),
    (PARTNER, "propose", PUB, False, False, False),
    (ADMIN, "propose", N, False, False, False),  # no organisation: proposes nothing
    (PARTNER, "support", P, False, True, True),
    (PARTNER, "support", S, False, True, True),
    (PARTNER, "support", N, False, False, False),
    (PARTNER, "support", P, False, False, False),  # nobody proposed it: propose instead
    (PARTNER, "support", P, True, False, True),  # one's own proposal: changes the note
    (PARTNER, "reject", N, False, False, True),
    (PARTNER, "reject", P, True, False, True),
    (PARTNER, "reject", P, False, True, False),  # another partner's proposal: editors decide
    (EDITOR, "reject", P, False, True, True),
    (PARTNER, "reject", S, False, False, False),
    (PARTNER, "reopen", R, False, False, False),  # reopening is the editors'
    (EDITOR, "reopen", R, False, False, True),
    (EDITOR, "reopen", N, False, False, False),
    (PARTNER, "comment", PUB, False, False, True),
    (PARTNER, "select", P, False, True, False),
    (EDITOR, "select", P, False, True, True),
    (EDITOR, "select", R, False, False, False),
    (EDITOR, "unselect", S, False, False, True),
    (EDITOR, "unselect", P, False, False, False),
    (INACTIVE, "comment", N, False, False, False),
    (PARTNER, "dance", N, False, False, False),
]


@pytest.mark.parametrize(("user", "action", "state", "mine", "others", "ok"), CASES)
def test_check_allows_exactly_the_table(user, action, state, mine, others, ok):
    assert allowed(user, action, state, mine=mine, others=others) is ok
    if not ok:
        with pytest.raises((AccessError, BulletinError)):
            check(user, action, state, mine=mine, others=others)


def test_proposing_an_item_already_proposed_is_supporting_it():
    assert effective_action("propose", P) == "support"
    assert effective_action("propose", N) == "propose"
    assert effective_action("reject", P) == "reject"


@pytest.mark.parametrize(
    ("user", "state", "mine", "others", "expected"),
    [
        (PARTNER, N, False, False, {"propose", "reject", "comment"}),
        (PARTNER, P, True, False, {"propose", "reject", "comment"}),  # change one's own note
        (PARTNER, P, False, True, {"support", "comment"}),  # others' proposal: support, not reject
        (PARTNER, P, True, True, {"propose", "comment"}),  # already behind it
        (EDITOR, P, False, True, {"support", "reject", "comment"}),
        (PARTNER, R, False, False, {"propose", "comment"}),
        (EDITOR, R, False, False, {"propose", "reopen", "comment"}),
        (PARTNER, S, False, True, {"support", "comment"}),
        (PARTNER, PUB, True, False, {"comment"}),
        (ADMIN, N, False, False, {"reject", "comment"}),
    ],
)
def test_the_item_page_offers_what_check_accepts(user, state, mine, others, expected):
    offered = available_actions(user, state, mine=mine, others=others)
    assert offered == expected
    for action in offered:  # every button leads to an accepted action
        check(user, effective_action(action, state), state, mine=mine, others=others)


# -- lockout ---------------------------------------------------------------------------------
def test_the_fifth_failure_locks_for_a_while():
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    failed, until = 0, None
    for _ in range(4):
        failed, until = after_failure(failed, now)
        assert until is None and not locked(until, now)
    failed, until = after_failure(failed, now)
    assert failed == 5 and locked(until, now) and not locked(until, now + timedelta(hours=1))


def test_inbox_tabs_count_what_they_show():
    from veille.curation.rules import INBOX_TABS, inbox_tab, tab_counts

    counts = {
        (Curation.NEW, True): 5,
        (Curation.NEW, False): 40,  # off-topic: not « à traiter », still in « tous »
        (Curation.PROPOSED, True): 2,
        (Curation.REJECTED, False): 1,
    }
    assert tab_counts(counts) == {
        "a-traiter": 5,
        "proposes": 2,
        "retenus": 0,
        "publies": 0,
        "ecartes": 1,
        "tous": 48,
    }
    assert inbox_tab(None) is INBOX_TABS[0] and INBOX_TABS[0].label == "À traiter"
    assert inbox_tab("ecartes").status is Curation.REJECTED
    assert inbox_tab(None, "proposed").key == "proposes", "an older link's status"
    assert inbox_tab("<script>") is INBOX_TABS[0]


def test_an_items_history_is_told_in_words_without_ids():
    from datetime import UTC, datetime

    from veille.curation.history import describe
    from veille.curation.records import Event

    themes = {"cyber": "Cybersécurité", "ai": "Intelligence artificielle"}
    partners = {"cci": "CCI Normandie"}
    at = datetime(2026, 12, 1, tzinfo=UTC)

    def said(kind: str, detail: str, user: str | None = "Camille") -> str:
        return describe(Event(kind, detail, user, "cci" if user else None, at), themes, partners)

    assert said("propose", "Les PME sont visées.") == (
        "Camille (CCI Normandie) a proposé l'article pour le bulletin : « Les PME sont visées. »"
    )
    assert said("label", "ai, cyber") == (
        "Camille (CCI Normandie) a corrigé les thèmes : Intelligence artificielle, Cybersécurité"
    )
    assert said("label", "hors thème").endswith("hors des thèmes du bulletin")
    assert said("select", "N° 3, cyber") == (
        "Camille (CCI Normandie) a retenu l'article pour le N° 3, rubrique Cybersécurité"
    )
    assert said("add", "N° 3, ai", None) == (
        "La rédaction (ligne de commande) a ajouté l'article au N° 3, rubrique "
        "Intelligence artificielle"
    )
    assert (
        said("remove", "N° 3", None)
        == "La rédaction (ligne de commande) a retiré l'article du N° 3"
    )
    assert said("edit", "N° 3 : titre, note").endswith("a récrit pour le N° 3 : titre, note")
    assert said("support", "") == "Camille (CCI Normandie) a soutenu la proposition (+1)"


def test_an_items_date_is_flagged_against_the_issues_period():
    from veille.bulletin.rules import period_note

    start, end = date(2026, 11, 1), date(2026, 11, 14)
    assert period_note(date(2026, 10, 31), start, end) == "avant la période"
    assert period_note(date(2026, 11, 15), start, end) == "après la période"
    assert period_note(start, start, end) == period_note(end, start, end) == ""


def test_vulnerability_ids_are_read_as_their_registries_spell_them():
    from veille.analyse.vulns import MAX_IDS, vulnerability_ids

    assert vulnerability_ids(
        "Correctifs pour cve-2026-21412 et CVE‑2026‑0001 (exploitée)",
        "Voir aussi EUVD-2026-12345 et CVE-2026-21412 ; CVE-26-1 n'en est pas une.",
    ) == ("CVE-2026-21412", "CVE-2026-0001", "EUVD-2026-12345")
    assert vulnerability_ids("Multiples vulnérabilités dans Google Chrome") == ()
    assert vulnerability_ids("CVE-2026-10000") == ("CVE-2026-10000",)
    assert vulnerability_ids("XCVE-2026-1234 et CVE-2026-123") == ()
    many = " ".join(f"CVE-2026-{n:05d}" for n in range(300))
    assert len(vulnerability_ids(many)) == MAX_IDS
