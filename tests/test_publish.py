"""An issue from draft to every reader's inbox, on SQLite and PostgreSQL, through a real
SMTP server on loopback."""

from __future__ import annotations

import multiprocessing
import socket
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from sqlalchemy import text

from veille.bulletin.rules import DeliveryStatus, IssueState, SubscriberStatus
from veille.errors import BulletinError, LinkError, NotFoundError
from veille.testing.stores import stores

from .bulletin_data import NOW, SOURCES, seed
from .conftest import mail_settings

FORK = multiprocessing.get_context("fork")

START, END = (NOW - timedelta(days=13)).date(), NOW.date()


@pytest.fixture
def app(make_app, sink, tmp_path):
    app = make_app(*SOURCES, **mail_settings(sink, tmp_path))
    app.ids = seed(app)
    return app


def readers(app, **themes_by_email):
    """Active subscribers with the given themes (consent recorded)."""
    from veille.bulletin.rules import SubscriberStatus as S

    for email, themes in themes_by_email.items():
        stores(app).subscribers.add(
            email.replace("_", "@") + ".example", themes, S.ACTIVE, "test", NOW, NOW
        )


def mails(sink):
    return {
        m.recipients[0]: message_from_bytes(m.data, policy=policy.default) for m in sink.received
    }


def test_new_issue_proposes_the_periods_story_leads_by_theme(app):
    opened = app.bulletin_new(START, END)
    number, proposed = opened.number, opened.proposed
    view = app.bulletin(number)
    record, content = view.record, view.content
    assert number == 1 and record.state is IssueState.DRAFT and proposed == 5
    titles = {s.theme: [e.title for e in s.entries] for s in content.sections}
    # the second outlet's copy of the story, the off-topic item and the old one are left out
    assert titles == {
        "cyber": [
            "Rançongiciel : une PME de l'Orne paralysée",
            "Faille critique dans des pare-feu VPN",
            "Hameçonnage aux couleurs de l'Urssaf",
        ],
        "ai": ["L'IA générative entre dans les PME"],
        "blockchain": ["MiCA : premiers agréments"],
    }
    lead = content.sections[0].entries[0]
    assert lead.also_at == ("Source b",)
    assert lead.partner == "", "nobody proposed it: no « proposé par » (not its source's owner)"
    with pytest.raises(BulletinError, match="N° 1 est déjà un brouillon ouvert"):
        app.bulletin_new(START, END)  # one draft at a time
    app.bulletin_cancel(number)
    assert app.bulletin_new(START, END).number == 2, "numbers follow each other"


def test_new_issue_caps_items_per_theme(make_app, sink, tmp_path):
    app = make_app(*SOURCES, bulletin_per_theme=1, **mail_settings(sink, tmp_path))
    seed(app)
    opened = app.bulletin_new(START, END)
    number, proposed = opened.number, opened.proposed
    content = app.bulletin(number).content
    assert proposed == 3 and [len(s.entries) for s in content.sections] == [1, 1, 1]
    assert content.sections[0].entries[0].title.startswith("Rançongiciel"), (
        "the story told by two outlets comes first"
    )


def test_editing_a_draft(app):
    number = app.bulletin_new(START, END).number
    ids = app.ids
    app.bulletin_remove(number, ids["a3"])
    app.bulletin_add(number, ids["c2"], "blockchain")  # off-topic: the editor decides
    with pytest.raises(BulletinError, match="pas de thème"):
        app.bulletin_add(number, ids["c2"])
    app.bulletin_move(number, ids["a2"], 1)
    app.bulletin_note(number, ids["a2"], "Mettez à jour vos VPN cette semaine.")
    app.bulletin_intro(number, "Bonjour,\n\nUn numéro chargé.")
    content = app.bulletin(number).content
    cyber = content.sections[0].entries
    assert [e.item_id for e in cyber] == [ids["a2"], ids["a1"]]
    assert cyber[0].note == "Mettez à jour vos VPN cette semaine."
    assert [e.title for e in content.sections[2].entries] == [
        "MiCA : premiers agréments",
        "Le prix du blé",
    ]
    assert content.intro == "Bonjour,\n\nUn numéro chargé."
    with pytest.raises(NotFoundError, match="article 999999 introuvable"):
        app.bulletin_add(number, 999_999, "cyber")
    with pytest.raises(BulletinError, match="pas dans le numéro"):
        app.bulletin_move(number, ids["a3"], 1)


def test_ready_freezes_the_content_and_reopen_thaws_it(app):
    number = app.bulletin_new(START, END).number
    app.bulletin_ready(number)
    for edit in (
        lambda: app.bulletin_intro(number, "x"),
        lambda: app.bulletin_remove(number, app.ids["a1"]),
        lambda: app.bulletin_add(number, app.ids["c2"], "cyber"),
    ):
        with pytest.raises(BulletinError, match="prêt"):
            edit()
    with app.engine.begin() as conn:  # the source changes the title after « ready »
        conn.execute(text("UPDATE items SET title = 'Changé' WHERE id = :i"), {"i": app.ids["a1"]})
    frozen = app.bulletin(number).content
    assert frozen.sections[0].entries[0].title.startswith("Rançongiciel")
    app.bulletin_reopen(number)
    live = app.bulletin(number).content
    assert live.sections[0].entries[0].title == "Changé"
    app.bulletin_cancel(number)
    with pytest.raises(BulletinError, match="annulé"):
        app.bulletin_publish(number)


def test_publish_sends_each_reader_their_themes_once_and_archives(app, sink, tmp_path):
    readers(app, cyber_pme=["cyber"], all_pme=["cyber", "ai", "blockchain"], bc_pme=["blockchain"])
    stores(app).subscribers.add(
        "pending@pme.example", ["cyber"], SubscriberStatus.PENDING, "t", NOW
    )
    stores(app).subscribers.add(
        "gone@pme.example", ["cyber"], SubscriberStatus.UNSUBSCRIBED, "t", NOW
    )
    number = app.bulletin_new(START, END).number
    app.bulletin_remove(number, app.ids["c1"])  # nothing left for the blockchain reader
    report = app.bulletin_publish(number)
    assert report.state is IssueState.PUBLISHED and report.sent == 2
    assert report.queued == 2 and report.nothing_for == 1 and not report.failed
    got = mails(sink)
    assert sorted(got) == ["all@pme.example", "cyber@pme.example"]
    cyber_only, everything = got["cyber@pme.example"], got["all@pme.example"]
    assert cyber_only["Subject"] == "N° 1 · Cybersécurité — Bulletin de veille collaborative"
    assert everything["Subject"] == (
        "N° 1 · Cybersécurité · Intelligence artificielle — Bulletin de veille collaborative"
    ), "the themes this reader receives (the blockchain section is empty)"
    for msg in got.values():
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert (
            msg["List-Unsubscribe"].strip().startswith("<https://veille.example/desabonnement?t=")
        )
        assert msg.get_body(("plain",)) and msg.get_body(("html",))
    html = cyber_only.get_body(("html",)).get_content()
    assert "Rançongiciel" in html and "IA générative" not in html
    assert "IA générative" in everything.get_body(("html",)).get_content()
    unsubscribe = cyber_only["List-Unsubscribe"].strip()[1:-1]
    assert unsubscribe.replace("&", "&amp;") in html, "the footer link is the reader's own"
    found = app.bulletin_deliveries(number)
    counts, rows = found.counts, found.rows
    assert counts[DeliveryStatus.SENT] == 2
    assert {r.message_id for r in rows} == {m["Message-ID"] for m in got.values()}
    archive = tmp_path / "archive"
    page = (archive / "numero-1.html").read_text()
    assert "IA générative" in page and "desabonnement" not in page
    assert "numero-1.html" in (archive / "index.html").read_text()
    assert "numero-1.html" in (archive / "feed.atom").read_text()
    with pytest.raises(BulletinError, match="déjà publié"):
        app.bulletin_publish(number)
    assert len(sink.received) == 2


def test_a_temporary_refusal_is_retried_and_a_permanent_one_bounces(app, sink):
    readers(app, slow_pme=["cyber"], ok_pme=["cyber"], bad_pme=["cyber"], spam_pme=["cyber"])
    sink.refuse(
        "slow@pme.example",
        ("rcpt", "451 4.3.0 Try again later"),
        ("data", "452 4.3.1 Out of space"),
    )
    sink.refuse("bad@pme.example", ("rcpt", "550 5.1.1 No such user"))
    sink.refuse("spam@pme.example", ("data", "554 5.7.1 Message refused"))
    number = app.bulletin_new(START, END).number
    report = app.bulletin_publish(number)
    assert sorted(mails(sink)) == ["ok@pme.example", "slow@pme.example"]
    assert report.sent == 2 and report.bounced == ["bad@pme.example"]
    assert sorted(a for a, _ in report.failed) == ["bad@pme.example", "spam@pme.example"]
    rows = app.bulletin_deliveries(number).rows
    by_email = {r.email: r for r in rows}
    assert by_email["slow@pme.example"].status is DeliveryStatus.SENT
    assert by_email["slow@pme.example"].attempts == 3, "attempts counts SMTP attempts"
    assert by_email["ok@pme.example"].attempts == 1
    assert by_email["bad@pme.example"].status is DeliveryStatus.FAILED
    assert "550" in (by_email["bad@pme.example"].last_error or "")
    assert stores(app).subscribers.by_email("bad@pme.example").status is SubscriberStatus.BOUNCED
    assert stores(app).subscribers.by_email("spam@pme.example").status is SubscriberStatus.ACTIVE
    assert report.state is IssueState.PUBLISHED, "failures do not hold the issue back"


def test_retries_give_up_after_the_configured_attempts(make_app, sink, tmp_path):
    app = make_app(*SOURCES, **{**mail_settings(sink, tmp_path), "smtp_retries": 1})
    seed(app)
    readers(app, busy_pme=["cyber"])
    sink.refuse("busy@pme.example", *[("rcpt", "451 4.3.0 Busy")] * 2)
    number = app.bulletin_new(START, END).number
    report = app.bulletin_publish(number)
    assert report.failed and "451" in report.failed[0][1] and not sink.received
    assert report.state is IssueState.PUBLISHED
    later = app.bulletin_publish(number, retry_failed=True)  # the server takes it now
    assert later.sent == 1 and later.state is IssueState.PUBLISHED
    assert sink.per_recipient() == {"busy@pme.example": 1}
    assert app.bulletin_publish(number, retry_failed=True).sent == 0, "sent rows stay sent"


def test_server_down_stops_the_run_and_publish_resumes_later(app, sink):
    readers(app, one_pme=["cyber"], two_pme=["ai"])
    number = app.bulletin_new(START, END).number
    port = sink.port
    sink.stop()
    report = app.bulletin_publish(number)
    assert report.stopped and "injoignable" in report.stopped and report.sent == 0
    assert report.state is IssueState.PUBLISHING
    assert app.bulletin_deliveries(number).counts[DeliveryStatus.PENDING] == 2
    sink._port = port
    sink.start()
    again = app.bulletin_publish(number)
    assert again.sent == 2 and again.state is IssueState.PUBLISHED and again.queued == 0
    assert sorted(mails(sink)) == ["one@pme.example", "two@pme.example"]


def test_an_unknown_fate_is_reported_and_settled_by_the_editor(app, sink):
    readers(app, one_pme=["cyber"], two_pme=["cyber"])
    number = app.bulletin_new(START, END).number
    app.bulletin_ready(number)
    publisher = app._publisher()  # to simulate a run killed after queuing
    from veille.bulletin.rules import IssueContent

    record = stores(app).issues.get(number)
    publisher.start(number, IssueContent.from_json(record.content), NOW)
    first = stores(app).ledger.rows(number)[0]
    stores(app).ledger.mark(
        number, first.subscriber_id, DeliveryStatus.SENDING, NOW
    )  # as if killed
    report = app.bulletin_publish(number)
    assert report.unknown == [first.email] and report.sent == 1
    assert report.state is IssueState.PUBLISHING, "not published while a fate is unknown"
    assert first.email not in mails(sink), "never resent on its own"
    with pytest.raises(BulletinError, match="sort inconnu"):
        app.bulletin_resolve(number, ["nobody@pme.example"], delivered=False)
    assert app.bulletin_resolve(number, [first.email], delivered=False) == 1
    final = app.bulletin_publish(number)
    assert final.sent == 1 and final.state is IssueState.PUBLISHED
    assert sink.per_recipient() == {"one@pme.example": 1, "two@pme.example": 1}


def test_a_reader_who_leaves_before_their_turn_is_skipped(app, sink):
    readers(app, stay_pme=["cyber"], leave_pme=["cyber"])
    number = app.bulletin_new(START, END).number
    app.bulletin_ready(number)
    from veille.bulletin.rules import IssueContent

    app._publisher().start(  # simulate a run killed after queuing
        number, IssueContent.from_json(stores(app).issues.get(number).content), NOW
    )
    leaving = stores(app).subscribers.by_email("leave@pme.example")
    stores(app).subscribers.set_status(leaving.id, SubscriberStatus.UNSUBSCRIBED, NOW)
    report = app.bulletin_publish(number)
    assert report.sent == 1 and report.skipped == 1 and list(mails(sink)) == ["stay@pme.example"]


def test_preview_and_test_send_show_what_readers_get(app, sink, tmp_path):
    number = app.bulletin_new(START, END).number
    preview = app.bulletin_preview(number, tmp_path / "preview", ["ai"])
    html = preview.files["html"].read_text()
    assert "IA générative" in html and "Rançongiciel" not in html
    assert "https://veille.example/desabonnement?t=essai" in html
    assert "veille.invalid" not in html + preview.files["text"].read_text()
    headers = preview.files["headers"].read_text()
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in headers
    app.bulletin_send_test(number, "editeur@cci.example")
    (test_mail,) = mails(sink).values()
    assert test_mail["To"] == "editeur@cci.example"
    assert test_mail["Subject"].startswith("[ESSAI] "), "a test send says so"
    assert "[ESSAI]" not in headers, "the preview shows the readers' subject"
    assert "IA générative" in test_mail.get_body(("html",)).get_content()
    assert app.bulletin_deliveries(number).counts[DeliveryStatus.SENT] == 0, "not in the ledger"
    with pytest.raises(BulletinError, match="invalide"):
        app.bulletin_send_test(number, "pas une adresse")


def test_double_opt_in_confirm_unsubscribe_preferences(app, sink):
    import re

    added = app.subscribers_add("Nouveau@PME.example", ["ai"], "test")
    subscriber, due = added.subscriber, added.confirmation_due
    assert due and subscriber.status is SubscriberStatus.PENDING
    (mail,) = mails(sink).values()
    body = mail.get_body(("plain",)).get_content()
    token = re.search(r"abonnement/confirmer\?t=(\S+)", body).group(1)
    assert app.subscribers_confirm(token).status is SubscriberStatus.ACTIVE
    with pytest.raises(LinkError, match="déjà utilisé"):
        app.subscribers_confirm(token)  # a confirmation link works once
    added = app.subscribers_add("nouveau@pme.example", ["cyber"], "test")
    again, due = added.subscriber, added.confirmation_due
    assert not due and again.themes == ("ai",), "an active reader is not signed up twice"
    prefs = app.subscribers_link("preferences", subscriber.id).split("t=")[1]
    assert app.subscribers_set_preferences(prefs, ["cyber", "blockchain"]).themes == (
        "cyber",
        "blockchain",
    )
    with pytest.raises(BulletinError, match="au moins un"):
        app.subscribers_set_preferences(prefs, [])
    leave = app.subscribers_link("unsubscribe", subscriber.id).split("t=")[1]
    gone = app.subscribers_unsubscribe(leave, "test")
    assert gone.status is SubscriberStatus.UNSUBSCRIBED and gone.status_reason == "test"
    with pytest.raises(LinkError, match="plus valable"):
        app.subscribers_confirm(token)


def test_import_export_and_erase(app, tmp_path):
    csv_file = tmp_path / "abonnes.csv"
    csv_file.write_text(
        "email,themes,consent_at\na@pme.example,cyber,2026-01-02\n"
        "broken,,\nb@pme.example,ai;blockchain,\n",
        encoding="utf-8",
    )
    report = app.subscribers_import(str(csv_file), "salon")
    assert report.added == 2 and [p.line for p in report.problems] == [3]
    assert len(report.to_confirm) == 1
    again = app.subscribers_import(str(csv_file), "salon")
    assert again.added == 0 and again.already_known == ["a@pme.example", "b@pme.example"]
    exported = app.subscribers_export()
    assert exported.splitlines()[0].startswith("email,themes,status,consent_at")
    assert "a@pme.example,cyber,active,2026-01-02T00:00:00+00:00,salon" in exported
    number = app.bulletin_new(START, END).number
    app.bulletin_publish(number)
    assert app.bulletin_deliveries(number).counts[DeliveryStatus.SENT] == 1
    assert app.subscribers_erase("A@pme.example")
    assert stores(app).subscribers.by_email("a@pme.example") is None
    assert app.bulletin_deliveries(number).rows == [], "the ledger forgets them too"
    assert not app.subscribers_erase("a@pme.example")


def test_a_refused_sender_stops_the_run_without_failing_anyone(app, sink):
    readers(app, one_pme=["cyber"], two_pme=["cyber"])
    sink.refuse("bulletin@veille.example", ("mail", "550 5.7.1 Relay denied"))
    number = app.bulletin_new(START, END).number
    report = app.bulletin_publish(number)
    assert report.stopped and "550" in report.stopped and not report.failed
    assert app.bulletin_deliveries(number).counts[DeliveryStatus.PENDING] == 2
    resumed = app.bulletin_publish(number)  # the relay was fixed
    assert resumed.sent == 2 and resumed.state is IssueState.PUBLISHED


def test_a_second_publisher_says_another_one_is_sending_and_sends_nothing(app, sink):
    readers(app, one_pme=["cyber"], two_pme=["cyber"])
    number = app.bulletin_new(START, END).number
    service = stores(app).service
    # another machine's publisher is sending this issue right now
    assert service.take_lease(f"publish-{number}", "other-host:4242", NOW, timedelta(minutes=5))
    with pytest.raises(
        BulletinError, match=r"en cours d'envoi par un autre processus \(other-host"
    ):
        app.bulletin_publish(number)
    assert sink.received == [] and app.bulletin_deliveries(number).rows == []
    # one that died on this machine is taken over at once
    dead = FORK.Process(target=lambda: None)
    dead.start()
    dead.join()
    service.job_finished(f"publish-{number}", True, "", NOW)
    assert service.take_lease(
        f"publish-{number}", f"{socket.gethostname()}:{dead.pid}", NOW, timedelta(minutes=5)
    )
    report = app.bulletin_publish(number)
    assert report.sent == 2 and report.unknown == [] and report.state is IssueState.PUBLISHED


def test_the_partners_note_and_names_reach_the_bulletin(app, sink):
    """A partner proposes with a note, another supports it: once an editor keeps the item,
    the issue carries the proposer's note and credits both organisations."""
    from veille.curation.rules import Role

    for email, partner in (("p@cci.example", "cci"), ("q@pole.example", "pole")):
        app.users_add(email, email[0].upper(), Role.PARTNER, partner, "brume sur le port")
    editor_id = app.users_add("e@cci.example", "E", Role.EDITOR, "cci", "brume sur le port")
    cci, pole = (
        app.users_authenticate(e, "brume sur le port") for e in ("p@cci.example", "q@pole.example")
    )
    item = app.ids["c1"]
    app.items_act(cci, item, "propose", "Les PME de l'Orne sont visées.")
    assert app.items_act(pole, item, "propose", "").action == "support"
    number = app.bulletin_new(START, END).number
    in_issue = {e.item_id for s in app.bulletin(number).content.sections for e in s.entries}
    if item in in_issue:  # proposed by the draft already: take it out, the editor keeps it
        app.bulletin_remove(number, item)
    app.board_select(app.users_get(editor_id), number, item, "cyber")
    (entry,) = [
        e for s in app.bulletin(number).content.sections for e in s.entries if e.item_id == item
    ]
    assert entry.note == "Les PME de l'Orne sont visées."
    assert entry.partner == "CCI Normandie, Pôle TES"
    readers(app, lecteur_pme=["cyber"])
    app.bulletin_publish(number)
    text = next(iter(mails(sink).values())).get_body(("plain",)).get_content()
    assert "Les PME de l'Orne sont visées." in text
    assert "Proposé par CCI Normandie, Pôle TES" in text


def test_an_item_or_its_story_is_never_published_twice_without_asking(app, sink):
    readers(app, lecteur_pme=["cyber"])
    ids = app.ids
    first = app.bulletin_new(START, END).number
    carried = {e.item_id for s in app.bulletin(first).content.sections for e in s.entries}
    assert ids["a1"] in carried
    app.bulletin_publish(first)
    second = app.bulletin_new(START, END).number
    app.bulletin_cancel(second)
    third = app.bulletin_new(START, END).number
    for section in app.bulletin(third).content.sections:
        for entry in section.entries:
            app.bulletin_remove(third, entry.item_id)
    with pytest.raises(BulletinError, match=rf"déjà dans le N° {first} .*--repeter"):
        app.bulletin_add(third, ids["a1"], "cyber")
    with pytest.raises(BulletinError, match=rf"N° {first} \(même histoire : article {ids['a1']}\)"):
        app.bulletin_add(third, ids["b2"], "cyber")  # the same story, told by another outlet
    assert app.bulletin_add(third, ids["a1"], "cyber", repeat=True) == "cyber"
    app.bulletin_remove(third, ids["a1"])
    app.bulletin_add(third, ids["b2"], "cyber", repeat=True)
    with pytest.raises(BulletinError, match=rf"déjà dans le N° {first}"):
        app.bulletin_add(third, ids["a1"], "cyber")  # refused again, by its first issue
    assert ids["aold"] not in carried
    app.bulletin_add(third, ids["aold"], "cyber")
    app.bulletin_add(third, ids["aold"], "ai")  # the item itself: a move to another section


def test_editors_rewrite_an_english_item_in_french_for_the_bulletin(app, sink):
    readers(app, lecteur_pme=["ai"])
    with app.engine.begin() as conn:  # the AI item comes from an English outlet
        conn.execute(text("update items set language = 'en' where id = :i"), {"i": app.ids["b1"]})
    number = app.bulletin_new(START, END).number
    (entry,) = app.bulletin(number).content.sections[1].entries
    assert entry.item_id == app.ids["b1"] and entry.language_note == "en anglais"
    app.bulletin_edit(
        number,
        entry.item_id,
        title="L'IA générative arrive dans les PME",
        summary="Ce qu'en retirent trois dirigeants normands.",
        note="Un premier pas à votre portée.",
    )
    (entry,) = app.bulletin(number).content.sections[1].entries
    assert entry.title == "L'IA générative arrive dans les PME" and entry.language_note == ""
    assert entry.summary == "Ce qu'en retirent trois dirigeants normands."
    assert entry.note == "Un premier pas à votre portée."
    original = stores(app).store.items_by_id([entry.item_id])[0]["title"]
    assert original == "L'IA générative entre dans les PME", "the item keeps its own text"
    app.bulletin_edit(number, entry.item_id, title="")  # back to the item's own
    (entry,) = app.bulletin(number).content.sections[1].entries
    assert entry.title == original and entry.language_note == "en anglais"
    app.bulletin_publish(number)
    body = next(iter(mails(sink).values())).get_body(("plain",)).get_content()
    assert "(en anglais)" in body and "Un premier pas à votre portée." in body


def test_a_pending_proposal_of_any_date_opens_the_draft_and_says_why(app):
    from veille.curation.rules import Role

    app.users_add("p@cci.example", "P", Role.PARTNER, "cci", "brume sur le port")
    partner = app.users_authenticate("p@cci.example", "brume sur le port")
    plain = app.bulletin_new(START, END)
    assert not plain.from_partners and "classement automatique" in plain.why
    app.bulletin_cancel(plain.number)
    app.items_act(partner, app.ids["aold"], "propose", "Toujours d'actualité.")  # 40 days old
    opened = app.bulletin_new(START, END)
    assert opened.from_partners and opened.why == "les propositions des partenaires"
    entries = [e for s in app.bulletin(opened.number).content.sections for e in s.entries]
    assert [e.item_id for e in entries] == [app.ids["aold"]], "never dropped for its date"
    assert entries[0].note == "Toujours d'actualité."
