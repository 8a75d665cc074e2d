"""The pure rules of the bulletin: state machines, proposal, audience, content."""

from datetime import UTC, date, datetime, timedelta

import pytest

from veille.bulletin.rules import (
    ISSUE_MOVES,
    SUBSCRIBER_MOVES,
    Candidate,
    Entry,
    IssueContent,
    IssueState,
    Recipient,
    Section,
    SubscriberStatus,
    audience,
    check_editable,
    check_issue_move,
    message_id,
    propose,
    shorten,
    subscriber_can_move,
)
from veille.errors import BulletinError

ALLOWED_ISSUE = {
    (IssueState.DRAFT, IssueState.READY),
    (IssueState.DRAFT, IssueState.CANCELLED),
    (IssueState.READY, IssueState.DRAFT),
    (IssueState.READY, IssueState.PUBLISHING),
    (IssueState.READY, IssueState.CANCELLED),
    (IssueState.PUBLISHING, IssueState.PUBLISHED),
}


@pytest.mark.parametrize("current", list(IssueState))
@pytest.mark.parametrize("target", list(IssueState))
def test_every_issue_move_is_allowed_or_refused_as_the_table_says(current, target):
    if (current, target) in ALLOWED_ISSUE:
        check_issue_move(7, current, target)
    else:
        with pytest.raises(BulletinError, match="numéro 7"):
            check_issue_move(7, current, target)


def test_the_move_table_is_the_documented_one():
    assert {(a, b) for a, targets in ISSUE_MOVES.items() for b in targets} == ALLOWED_ISSUE


@pytest.mark.parametrize("state", list(IssueState))
def test_only_a_draft_can_be_edited(state):
    if state is IssueState.DRAFT:
        check_editable(3, state)
    else:
        with pytest.raises(BulletinError, match="seul un brouillon"):
            check_editable(3, state)


ALLOWED_SUBSCRIBER = {
    (SubscriberStatus.PENDING, SubscriberStatus.ACTIVE),
    (SubscriberStatus.PENDING, SubscriberStatus.UNSUBSCRIBED),
    (SubscriberStatus.PENDING, SubscriberStatus.BOUNCED),
    (SubscriberStatus.ACTIVE, SubscriberStatus.UNSUBSCRIBED),
    (SubscriberStatus.ACTIVE, SubscriberStatus.BOUNCED),
    (SubscriberStatus.UNSUBSCRIBED, SubscriberStatus.PENDING),
    (SubscriberStatus.BOUNCED, SubscriberStatus.PENDING),
}


@pytest.mark.parametrize("current", list(SubscriberStatus))
@pytest.mark.parametrize("target", list(SubscriberStatus))
def test_subscriber_moves(current, target):
    expected = current is target or (current, target) in ALLOWED_SUBSCRIBER
    assert subscriber_can_move(current, target) is expected
    assert {(a, b) for a, t in SUBSCRIBER_MOVES.items() for b in t} == ALLOWED_SUBSCRIBER


NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def cand(item_id, themes, scores, sources=1, age_h=0, lead=True):
    return Candidate(item_id, tuple(themes), scores, sources, NOW - timedelta(hours=age_h), lead)


def test_propose_ranks_by_outlets_then_confidence_then_recency_and_caps_per_theme():
    candidates = [
        cand(1, ["cyber"], {"cyber": 0.9}),
        cand(2, ["cyber"], {"cyber": 0.6}, sources=3),
        cand(3, ["cyber"], {"cyber": 0.9}, age_h=5),
        cand(4, ["cyber", "ai"], {"cyber": 0.55, "ai": 0.8}),  # goes where it is surest
        cand(5, ["ai"], {"ai": 0.7}, lead=False),  # not its story's first item
        cand(6, [], {}),  # off-topic
        cand(7, ["unknown"], {"unknown": 0.9}),
    ]
    placed = propose(candidates, ["cyber", "ai", "blockchain"], per_theme=2)
    assert [(p.item_id, p.theme, p.position) for p in placed] == [
        (2, "cyber", 0),
        (1, "cyber", 1),
        (4, "ai", 0),
    ]


def entry(i, theme_note=""):
    return Entry(
        i,
        f"Titre {i}",
        f"https://x.example/{i}",
        "Outlet",
        date(2026, 11, 2),
        "Résumé",
        theme_note,
        "CCI",
        ("Autre",),
    )


CONTENT = IssueContent(
    12,
    "Bulletin",
    date(2026, 11, 1),
    date(2026, 11, 15),
    "Intro",
    (
        Section("cyber", "Cybersécurité", (entry(1), entry(2, "Important"))),
        Section("ai", "IA", (entry(3),)),
    ),
    ("CCI Normandie", "NAE"),
    datetime(2026, 11, 16, 9, tzinfo=UTC),
)


def test_content_round_trips_through_json():
    import json

    again = IssueContent.from_json(json.loads(json.dumps(CONTENT.to_json())))
    assert again == CONTENT
    assert again.item_count == 3 and again.themes == ("cyber", "ai")


def test_a_reader_gets_only_the_sections_of_their_themes():
    assert CONTENT.for_themes(["ai", "blockchain"]).themes == ("ai",)
    assert CONTENT.for_themes(["blockchain"]).sections == ()


def test_audience_leaves_out_readers_whose_themes_have_nothing():
    readers = [
        Recipient(1, "a@x.fr", ("cyber",)),
        Recipient(2, "b@x.fr", ("blockchain",)),
        Recipient(3, "c@x.fr", ("blockchain", "ai")),
    ]
    crowd = audience(CONTENT, readers)
    assert [r.subscriber_id for r in crowd.receiving] == [1, 3]
    assert [r.subscriber_id for r in crowd.nothing_for] == [2]


def test_message_id_is_stable_per_issue_and_reader_and_differs_otherwise():
    first = message_id(12, 5, "veille.example", "salt")
    assert first == message_id(12, 5, "veille.example", "salt")
    assert first.startswith("<veille.12.5.") and first.endswith("@veille.example>")
    assert (
        len(
            {
                first,
                message_id(12, 6, "veille.example", "salt"),
                message_id(13, 5, "veille.example", "salt"),
                message_id(12, 5, "veille.example", "other"),
            }
        )
        == 4
    )


def test_shorten_cuts_at_a_word_with_an_ellipsis():
    text = "mot " * 200
    short = shorten(text, 50)
    assert len(short) <= 52 and short.endswith(" …") and "  " not in short
    assert shorten("  court   texte ") == "court texte"
