"""Readership without surveillance: the mail's links to articles go through a signed
counter (no open redirect), clicks are counted per issue and item once per reader and day,
nothing per person is kept; the « Lectorat » page and its CSV. Real server, real database."""

from __future__ import annotations

import re

import httpx
import pytest

from veille.bulletin.clicks import link_signature
from veille.bulletin.rules import SubscriberStatus
from veille.curation.rules import Role
from veille.testing.stores import stores

from .bulletin_data import NOW


@pytest.fixture
def published(web_site, sink):  # type: ignore[no-untyped-def]
    from .test_publish import END, START

    app, base = web_site
    stores(app).subscribers.add(
        "lecteur@pme.example", ("cyber", "ai", "blockchain"), SubscriberStatus.ACTIVE, "t", NOW, NOW
    )
    number = app.bulletin_new(START, END).number
    app.bulletin_publish(number)
    (mail,) = sink.received
    html = mail.message().get_body(("html",)).get_content()
    links = re.findall(r'href="(http://127\.0\.0\.1:\d+/l/\d+/\d+\?s=[0-9a-f]+)"', html)
    return app, base, number, links, mail


def test_the_mail_links_articles_through_the_counter_and_the_archive_does_not(published, tmp_path):
    app, _, number, links, mail = published
    entries = [e for s in app.bulletin(number).content.sections for e in s.entries]
    assert len(links) == len([e for e in entries if e.url])
    text = mail.message().get_body(("plain",)).get_content()
    assert f"/l/{number}/" in text
    archive = (tmp_path / "archive" / f"numero-{number}.html").read_text()
    assert "/l/" not in archive and entries[0].url in archive


def test_a_click_counts_once_per_reader_and_day_and_leads_to_the_article(published):
    app, base, number, links, _ = published
    path = "/" + links[0].split("/", 3)[3]
    item_id = int(path.split("/")[3].split("?")[0])
    entry = next(
        e for s in app.bulletin(number).content.sections for e in s.entries if e.item_id == item_id
    )
    with httpx.Client(base_url=base, headers={"User-Agent": "lecteur A"}) as a:
        first = a.get(path)
        assert first.status_code == 302 and first.headers["location"] == entry.url
        assert a.get(path).status_code == 302  # the same reader again, the same day
    with httpx.Client(base_url=base, headers={"User-Agent": "lecteur B"}) as b:
        b.get(path)
    editor = app.users_get(
        app.users_add("r@cci.example", "R", Role.EDITOR, "cci", "pommes-poires-42")
    )
    view = app.readership(editor)
    assert [(i.item_id, i.clicks) for i in view.items] == [(item_id, 2)]
    assert view.per_issue == [(number, 2)]
    csv_text = app.readership_csv(editor)
    assert csv_text.splitlines()[0] == "numero,article,titre,theme,partenaires,clics"
    assert csv_text.splitlines()[1].startswith(
        f"{number},{item_id},"
    ) and csv_text.strip().endswith(",2")
    from sqlalchemy import inspect

    columns = {c["name"] for c in inspect(app.engine).get_columns("clicks")}
    assert columns == {"issue_number", "item_id", "day", "count"}, "counts, nobody's name"


def test_the_counter_is_no_open_redirect(published):
    app, base, number, links, _ = published
    path = "/" + links[0].split("/", 3)[3]
    with httpx.Client(base_url=base) as c:
        tampered = c.get(path[:-2] + ("00" if not path.endswith("00") else "11"))
        assert tampered.status_code == 404 and "altéré" in tampered.text
        other = 999_999  # a signed link to something that is not in this issue
        signature = link_signature(app._click_key(), number, other)
        assert c.get(f"/l/{number}/{other}?s={signature}").status_code == 404
        elsewhere = c.get(path + "&url=https://evil.example/")
        assert elsewhere.headers["location"] != "https://evil.example/"


def test_without_counting_the_mail_links_articles_directly(make_app, sink, tmp_path):
    from .bulletin_data import SOURCES, seed
    from .conftest import mail_settings
    from .test_publish import END, START

    app = make_app(*SOURCES, **mail_settings(sink, tmp_path), count_clicks=False)
    seed(app)
    stores(app).subscribers.add("l@pme.example", ("cyber",), SubscriberStatus.ACTIVE, "t", NOW, NOW)
    app.bulletin_publish(app.bulletin_new(START, END).number)
    (mail,) = sink.received
    assert "/l/" not in mail.message().get_body(("html",)).get_content()
    notice = " ".join(app.subscription_intro().notice)
    assert "Aucun pistage des ouvertures ni des clics" in notice


def test_the_privacy_notice_says_what_is_counted(web_site):
    app, _ = web_site
    notice = " ".join(app.subscription_intro().notice)
    assert "Les clics sur les articles du bulletin sont comptés" in notice
    assert "aucune trace individuelle" in notice
