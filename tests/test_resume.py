"""Kill the sender at any moment, run publish again: nobody gets a second copy, nobody is
skipped, and a message whose fate is unknown is reported by address (never silently resent
or dropped). The sender is a forked process killed with SIGKILL; the SMTP server is real."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time

import pytest

from veille.app.facade import Veille
from veille.bulletin.rules import DeliveryStatus, IssueState, SubscriberStatus
from veille.bulletin.subscribers import ImportRow
from veille.testing.stores import stores

from .bulletin_data import NOW, SOURCES, seed
from .conftest import mail_settings
from .test_publish import END, START

FORK = multiprocessing.get_context("fork")
READERS = 400


@pytest.fixture
def app(make_app, sink, tmp_path):
    app = make_app(*SOURCES, **mail_settings(sink, tmp_path))
    seed(app)
    themes = (("cyber",), ("ai",), ("cyber", "ai", "blockchain"), ("blockchain",))
    stores(app).subscribers.import_rows(
        [
            ImportRow(
                i,
                f"lecteur{i:03d}@pme.example",
                themes[i % 4],
                SubscriberStatus.ACTIVE,
                NOW,
                "test",
            )
            for i in range(READERS)
        ],
        NOW,
    )
    return app


def _publish_in_child(settings, number: int, sabotage: str | None = None) -> None:
    """Body of the forked sender. ``sabotage`` dies at a chosen point instead of at random."""
    app = Veille(settings)
    if sabotage == "after-server-accepted":  # the server said 250, the ledger never heard
        from veille.storage.subscribers import LedgerWriter

        original = LedgerWriter.mark
        calls = {"sent": 0}

        def mark(self, number, subscriber_id, status, *args, **kwargs):  # type: ignore[no-untyped-def]
            if status is DeliveryStatus.SENT:
                calls["sent"] += 1
                if calls["sent"] == 3:
                    os._exit(9)
            return original(self, number, subscriber_id, status, *args, **kwargs)

        LedgerWriter.mark = mark  # type: ignore[method-assign]
    if sabotage == "before-last-line":  # recorded « sending », the final "." never went out
        import smtplib

        original_send = smtplib.SMTP.send

        def send(self, data):  # type: ignore[no-untyped-def]
            if data == b".\r\n":
                os._exit(9)
            return original_send(self, data)

        smtplib.SMTP.send = send  # type: ignore[method-assign]
    app.bulletin_publish(number)
    os._exit(0)


def _run(app: Veille, number: int, sabotage: str | None = None) -> int | None:
    child = FORK.Process(target=_publish_in_child, args=(app.settings, number, sabotage))
    child.start()
    child.join(60)
    return child.exitcode


def _run_and_kill(app: Veille, number: int, sink, rng: random.Random) -> int | None:  # type: ignore[no-untyped-def]
    """Kill the sender at a random moment: mostly while it sends (a few milliseconds after
    a message reached the server, whatever the machine's load), sometimes while it starts."""
    before = sink.count
    child = FORK.Process(target=_publish_in_child, args=(app.settings, number, None))
    child.start()
    if rng.random() < 0.2:
        child.join(rng.uniform(0.0, 0.05))  # during start-up
    else:
        deadline = time.monotonic() + 30
        while sink.count == before and child.is_alive() and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(rng.uniform(0.0, 0.03))
    if child.is_alive():
        os.kill(child.pid, signal.SIGKILL)
    child.join(30)
    return child.exitcode


def _settle_unknown(app: Veille, number: int, sink) -> list[str]:  # type: ignore[no-untyped-def]
    """What an editor does with « sort inconnu »: check the mailbox, then resolve."""
    unknown = [d.email for d in stores(app).ledger.rows(number, [DeliveryStatus.SENDING])]
    if not unknown:
        return []
    _quiet(sink)  # a message whose last line went out may still be in the server's hands
    received = sink.per_recipient()
    arrived = [e for e in unknown if received[e]]
    missing = [e for e in unknown if not received[e]]
    if arrived:
        app.bulletin_resolve(number, arrived, delivered=True)
    if missing:
        app.bulletin_resolve(number, missing, delivered=False)
    return unknown


def _quiet(sink, still: float = 0.3) -> None:  # type: ignore[no-untyped-def]
    count, since = sink.count, time.monotonic()
    while time.monotonic() - since < still:
        time.sleep(0.02)
        if sink.count != count:
            count, since = sink.count, time.monotonic()


def _assert_exactly_once(app: Veille, number: int, sink) -> None:  # type: ignore[no-untyped-def]
    received = sink.per_recipient()
    expected = {d.email for d in stores(app).ledger.rows(number)}
    assert len(expected) == READERS
    assert {e: n for e, n in received.items() if n != 1} == {}, "a second copy"
    assert set(received) == expected, "someone was skipped"
    counts = stores(app).ledger.counts(number)
    assert (
        counts[DeliveryStatus.SENT] == READERS
        and stores(app).issues.get(number).state is IssueState.PUBLISHED
    )


def test_killed_at_random_points_many_times_each_reader_gets_exactly_one(app, sink):
    number = app.bulletin_new(START, END).number
    app.bulletin_ready(number)
    rng = random.Random(20261124)
    kills = 0
    progress: list[int] = []
    for attempt in range(40):  # 15 runs killed at a random moment, then let it finish
        if stores(app).issues.get(number).state is IssueState.PUBLISHED:
            break
        code = _run_and_kill(app, number, sink, rng) if attempt < 15 else _run(app, number)
        kills += code == -signal.SIGKILL
        assert max(sink.per_recipient().values(), default=0) <= 1, "a second copy"
        _settle_unknown(app, number, sink)
        progress.append(sink.count)
    else:
        pytest.fail(f"not published after 40 runs: {progress}")
    assert kills >= 5, f"the sender must really have been killed mid-run ({kills} kills)"
    assert any(0 < n < READERS for n in progress), "kills landed in the middle of sending"
    _assert_exactly_once(app, number, sink)


@pytest.mark.parametrize(
    "sabotage,arrived", [("after-server-accepted", True), ("before-last-line", False)]
)
def test_a_kill_inside_the_window_is_reported_by_address(app, sink, sabotage, arrived):
    number = app.bulletin_new(START, END).number
    assert _run(app, number, sabotage=sabotage) == 9
    (unknown,) = stores(app).ledger.rows(number, [DeliveryStatus.SENDING])
    assert (sink.per_recipient()[unknown.email] == 1) is arrived
    before = sink.count
    report = app.bulletin_publish(number)  # resume: the others go, the unknown one does not
    assert report.unknown == [unknown.email]
    assert report.state is IssueState.PUBLISHING
    assert sink.count == before + report.sent
    assert sink.per_recipient()[unknown.email] == int(arrived), "not resent on its own"
    app.bulletin_resolve(number, [unknown.email], delivered=arrived)
    final = app.bulletin_publish(number)
    assert final.sent == (0 if arrived else 1) and final.state is IssueState.PUBLISHED
    _assert_exactly_once(app, number, sink)


def test_two_senders_at_once_never_send_the_same_message_twice(app, sink):
    number = app.bulletin_new(START, END).number
    app.bulletin_ready(number)
    first = FORK.Process(target=_publish_in_child, args=(app.settings, number))
    first.start()
    time.sleep(0.05)
    second = FORK.Process(target=_publish_in_child, args=(app.settings, number))
    second.start()
    first.join(60)
    second.join(60)
    _settle_unknown(app, number, sink)
    if stores(app).issues.get(number).state is not IssueState.PUBLISHED:
        app.bulletin_publish(number)
    _assert_exactly_once(app, number, sink)
