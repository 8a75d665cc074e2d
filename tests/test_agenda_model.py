"""What the agenda learns from people's readings (veille/analyse/agenda_model.py): the
model itself, and the agenda over a real database once partners have read enough items.
The sentences are written for these tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from veille.analyse.agenda_model import (
    FOLDS,
    LEARNT,
    MIN_EXAMPLES,
    AgendaModel,
    Example,
    cross_check,
    document,
    learnt,
    signature,
)
from veille.analyse.opportunities import detect
from veille.curation.records import InboxFilter
from veille.testing.stores import stores
from veille.types import SourceState

from .agenda_data import MEETINGS, NEWS, SCHEMES, STREAM, STREAM_LIKE, UNSEEN
from .bulletin_data import make_item


def examples() -> list[Example]:
    return (
        [Example(t, s, "call") for t, s in SCHEMES]
        + [Example(t, s, "event") for t, s in MEETINGS]
        + [Example(t, s, "none") for t, s in NEWS]
    )


def test_nothing_is_learnt_from_too_few_readings():
    """Under MIN_EXAMPLES readings, or without both announcements and other items among
    them, there is no model: the agenda keeps to its rules."""
    assert AgendaModel.train(examples()[: MIN_EXAMPLES - 1]) is None
    only_news = [Example(t, s, "none") for t, s in NEWS * 3]
    assert AgendaModel.train(only_news) is None
    with pytest.raises(ValueError, match="unknown kinds"):
        AgendaModel.train([*examples(), Example("x", "y", "salon")])


def test_the_model_reads_an_unseen_scheme_as_a_call_and_news_as_neither():
    model = AgendaModel.train(examples())
    assert model is not None and model.examples == 25
    (call, p_call), (news, _) = model.kinds(
        [document(*UNSEEN), document("Rançongiciel : une usine à l'arrêt", "Production arrêtée.")]
    )
    assert (call, news) == ("call", "none")
    assert p_call >= 0.5
    assert model.kinds([]) == []


def test_the_networks_unread_news_teaches_the_model_what_is_neither():
    """Readings hold more calls than the stream does: news like the network's own, which
    the readings alone take for a scheme, is neither once the model has also learnt from
    the recent items nobody read; a real scheme stays a call, even unread among them (the
    readings alone would rescue it, so it is not learnt as neither). The background never
    makes up for too few readings, nor changes what the model is said to be learnt from."""
    alone = AgendaModel.train(examples())
    unread = [Example(t, s, "none") for t, s in [*STREAM, UNSEEN]]
    with_stream = AgendaModel.train(examples(), unread)
    assert alone is not None and with_stream is not None
    docs = [document(*STREAM_LIKE), document(*UNSEEN)]
    assert [kind for kind, _ in alone.kinds(docs)] == ["call", "call"]
    assert [kind for kind, _ in with_stream.kinds(docs)] == ["none", "call"]
    assert (with_stream.examples, with_stream.version) == (alone.examples, alone.version)
    few = examples()[: MIN_EXAMPLES - 1]
    assert AgendaModel.train(few, [Example(t, s, "none") for t, s in STREAM * 10]) is None


def test_the_agenda_checks_itself_on_readings_it_did_not_learn_from(monkeypatch):
    """Each reading is read by a model trained on the other folds only, once; the figures
    say what the readings hold (real kinds read better than shuffled ones); nothing is
    checked before enough items are read."""
    import random

    assert cross_check(examples()[: MIN_EXAMPLES - 1]) is None
    trained: list[set[str]] = []
    asked: list[list[str]] = []
    train, kinds = AgendaModel.train, AgendaModel.kinds

    def recording_train(examples_, background=()):  # type: ignore[no-untyped-def]
        trained.append({document(e.title, e.text) for e in examples_})
        return train(examples_, background)

    def recording_kinds(self, documents):  # type: ignore[no-untyped-def]
        asked.append(list(documents))
        return kinds(self, documents)

    monkeypatch.setattr(AgendaModel, "train", staticmethod(recording_train))
    monkeypatch.setattr(AgendaModel, "kinds", recording_kinds)
    check = cross_check(examples())
    monkeypatch.undo()
    assert check is not None
    assert (check.readings, check.announcing) == (25, len(SCHEMES) + len(MEETINGS))
    assert len(trained) == len(asked) == FOLDS
    for learnt_from, read in zip(trained, asked, strict=True):
        assert not learnt_from & set(read)
    every = sorted(d for read in asked for d in read)
    assert every == sorted(document(e.title, e.text) for e in examples())
    assert check == cross_check(examples())  # the same folds every time

    shuffled = [e.kind for e in examples()]
    random.Random(1).shuffle(shuffled)
    relabelled = [Example(e.title, e.text, k) for e, k in zip(examples(), shuffled, strict=True)]
    noise = cross_check(relabelled)
    assert noise is not None
    assert check.recall > noise.recall and check.precision > noise.precision


def test_a_learnt_reading_is_the_kind_with_the_date_the_item_states():
    """A call with its closing date; an event on its day to come, never without one (a
    report); nothing for « none », too little confidence, or a call's winners."""
    published = date(2026, 3, 2)
    found = learnt("call", 0.8, "Fonds export", "Dossier à déposer jusqu'au 15 avril.", published)
    assert found is not None
    assert (found.kind, found.label, found.deadline, found.phrase) == (
        "call",
        "Appel à projets",
        date(2026, 4, 15),
        LEARNT,
    )
    event = learnt("event", 0.7, "Rencontre", "Rendez-vous le 20 mars au technopôle.", published)
    assert event is not None and (event.kind, event.when) == ("event", date(2026, 3, 20))
    assert (
        learnt("event", 0.9, "Rencontre", "La rencontre a réuni 300 dirigeants.", published) is None
    )
    assert learnt("none", 0.9, "Fonds export", "Dossier.", published) is None
    assert learnt("call", 0.49, "Fonds export", "Dossier.", published) is None
    assert learnt("call", 0.9, "Les lauréats du fonds export", "Dossier.", published) is None


def test_a_learnt_call_needs_a_calls_word_or_its_closing_date():
    """What the model takes for a call in an item that names no call at all and gives no
    closing date is news (a headline read on a real stream: "AI is more likely than humans
    to form biases when hiring"); a call's word or a closing date keeps it, and words that
    news use too ("to challenge AWS", "funding") only when the model is sure."""
    published = date(2026, 3, 2)
    assert (
        learnt("call", 0.62, "AI is more likely than humans to form biases", "", published) is None
    )
    grant = learnt("call", 0.62, "Fonds export", "Une subvention pour les PME.", published)
    assert grant is not None and grant.kind == "call" and grant.deadline is None
    dated = learnt("call", 0.62, "Fonds export", "Dossier à déposer jusqu'au 15 avril.", published)
    assert dated is not None and dated.deadline == date(2026, 4, 15)
    # only words news use too ("to challenge", "funding"): the model has to be surer
    news = ("Railway secures $100 million to challenge AWS", "The funding round values it at $1bn.")
    assert learnt("call", 0.62, *news, published) is None
    sure = learnt("call", 0.85, *news, published)
    assert sure is not None and sure.kind == "call"


def test_a_learnt_event_without_an_events_word_needs_a_surer_model():
    """What the model takes for an event in an item that names none, on a day the item gives,
    is mostly news of a day (a headline read on a real stream: "Brown names 16 March for
    budget"); an event's word keeps it, and without one the model has to be sure."""
    published = date(2026, 3, 2)
    news = ("Brown names 16 March for budget", "The chancellor will deliver his budget.")
    assert learnt("event", 0.59, *news, published) is None
    sure = learnt("event", 0.85, *news, published)
    assert sure is not None and sure.kind == "event" and sure.when == date(2026, 3, 16)
    meeting = learnt("event", 0.59, "Les Rencontres du numérique", "Le 16 mars à Caen.", published)
    assert meeting is not None and meeting.when == date(2026, 3, 16)


def test_the_model_is_trained_again_when_a_reading_changes():
    base = examples()
    changed = [*base[:-1], Example(base[-1].title, base[-1].text, "event")]
    assert signature(base) == signature(list(base))
    assert signature(base) != signature(changed)


def test_the_agenda_learns_from_partners_readings(make_app):
    """Once partners have read enough items, an item like the calls they read, which the
    rules miss, is in the agenda as a call (« appris »), and the network's unread news is
    not, even news the readings alone would take for a call; a person's reading still
    wins. SQLite and PostgreSQL."""
    from veille.curation.rules import Role

    from .conftest import source_yaml

    app = make_app(source_yaml("a", "https://a.example/f"))
    app.sources_sync()
    now = app.now()
    published = now - timedelta(days=2)
    read = [*SCHEMES, *MEETINGS, *NEWS]
    items = [make_item("a", f"r{i}", t, published, s) for i, (t, s) in enumerate(read)]
    items.append(make_item("a", "unseen", UNSEEN[0], published, UNSEEN[1]))
    # the network's ordinary news, that nobody reads for the agenda
    unread = [*STREAM, STREAM_LIKE]
    items += [make_item("a", f"s{i}", t, published, s) for i, (t, s) in enumerate(unread)]
    stores(app).store.record(SourceState("a", "https://a.example/f"), items, now)
    assert detect(UNSEEN[0], UNSEEN[1], published.date()) is None  # the rules miss it
    assert UNSEEN[0] not in {r.title for r in app.agenda()}
    assert app.agenda_model() is None

    ids = {r.title: r.id for r in app.items_search(InboxFilter(), limit=100)}
    camille_id = app.users_add(
        "agenda@cci.example", "Camille", Role.PARTNER, "cci", "mot-de-passe-1234"
    )
    camille = app.users_get(camille_id)
    assert camille is not None
    later = (now + timedelta(days=30)).date()
    for title, _ in SCHEMES:
        app.items_agenda_set(camille, ids[title], "Appel à projets", later)
    for title, _ in MEETINGS:
        app.items_agenda_set(camille, ids[title], "Événement", later)
    for title, _ in NEWS:
        app.items_agenda_set(camille, ids[title], "", None)

    model = app.agenda_model()
    assert model is not None and model.examples == len(read)
    rows = {r.title: r for r in app.agenda()}
    assert (rows[UNSEEN[0]].kind, rows[UNSEEN[0]].label) == ("call", "Appel à projets")
    found, said = app.item_agenda(ids[UNSEEN[0]])
    assert found is not None and (found.phrase, said) == (LEARNT, False)
    assert not {t for t, _ in NEWS} & set(rows)  # read as neither
    # news like the stream's: the readings alone would take it for a call
    assert not {t for t, _ in unread} & set(rows)
    check = app.agenda_check()  # how it reads the partners' readings it did not learn
    assert check is not None and check.readings == len(read)
    assert check.announcing == len(SCHEMES) + len(MEETINGS)
    assert 0 < check.found <= check.rows

    app.items_agenda_set(camille, ids[UNSEEN[0]], "", None)
    assert UNSEEN[0] not in {r.title for r in app.agenda()}
    # one more reading: the model learns it, the check waits for five more
    assert app.agenda_model() is not None and app.agenda_model().examples == len(read) + 1
    assert app.agenda_check() is check
    for title, _ in STREAM[:4]:
        app.items_agenda_set(camille, ids[title], "", None)
    again = app.agenda_check()
    assert again is not None and again.readings == len(read) + 5
