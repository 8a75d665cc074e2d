"""Vulnerability catalogues as sources (KEV, EPSS, EUVD served from loopback), CERT-FR
alerts, « Vulnérabilités à corriger » and flash alerts to readers who watch a product,
with a real database (SQLite and PostgreSQL) and a real SMTP server."""

from __future__ import annotations

import gzip
import multiprocessing
import os
import random
import signal
import time
from datetime import UTC, date, datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from veille.app.facade import Veille
from veille.bulletin.rules import SubscriberStatus
from veille.bulletin.subscribers import ImportRow
from veille.collect.catalogues import parse_epss, parse_euvd, parse_kev
from veille.errors import BulletinError, ParseError
from veille.testing.loopback import Route
from veille.testing.stores import stores
from veille.types import OutcomeStatus

from .conftest import mail_settings, source_yaml

DATA = Path(__file__).parent / "data" / "vulns"
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
JSON = "application/json"
RSS = "application/rss+xml; charset=utf-8"
FORK = multiprocessing.get_context("fork")


def data(name: str) -> bytes:
    return (DATA / name).read_bytes()


# -- parsers -------------------------------------------------------------------------------
def test_kev_rows_become_facts_and_a_row_without_id_is_skipped():
    rows = parse_kev(data("kev.json"))
    fortios = next(f for f in rows.facts if f.cve == "CVE-2026-20345")
    assert (fortios.vendor, fortios.product, fortios.ransomware) == ("Fortinet", "FortiOS", True)
    assert fortios.kev_added == date(2026, 11, 18) and fortios.due == date(2026, 12, 9)
    assert {f.cve for f in rows.facts} == {"CVE-2026-20345", "CVE-2026-21001", "CVE-2021-44228"}


def test_epss_reads_plain_and_gzipped_csv_with_its_date_and_skips_bad_rows():
    plain = parse_epss(data("epss-day1.csv"))
    zipped = parse_epss(gzip.compress(data("epss-day1.csv")))
    assert plain == zipped
    assert plain.day == date(2026, 11, 18)
    assert [s.cve for s in plain.scores] == [
        "CVE-2026-20345",
        "CVE-2026-21001",
        "CVE-2026-30000",
        "CVE-2021-44228",
    ]


def test_euvd_gives_cvss_and_names_by_cve_alias():
    rows = parse_euvd(data("euvd.json"))
    assert [(f.cve, f.cvss, f.product) for f in rows.facts] == [
        ("CVE-2026-20345", 9.8, "FortiOS"),
        ("CVE-2026-30000", 7.5, "PrestaShop"),
    ]


@pytest.mark.parametrize(
    ("parser", "body", "words"),
    [
        (parse_kev, b"<html>not json</html>", "JSON illisible"),
        (parse_kev, b'{"title": "something else"}', "vulnerabilities"),
        (parse_epss, b"a,b,c\n1,2,3\n", "cve,epss,percentile"),
        (parse_epss, b"\x1f\x8bbroken", "gzip"),
        (parse_euvd, b"[1, 2", "JSON illisible"),
    ],
)
def test_a_broken_catalogue_is_a_clear_parse_error(parser, body, words):
    with pytest.raises(ParseError, match=words):
        parser(body)


# -- the whole chain -------------------------------------------------------------------------
def catalogue_sources(server) -> list[str]:  # type: ignore[no-untyped-def]
    server.routes["/kev.json"] = Route(body=data("kev.json"), content_type=JSON)
    server.routes["/epss.csv.gz"] = Route(
        body=gzip.compress(data("epss-day1.csv")), content_type="application/gzip"
    )
    server.routes["/euvd.json"] = Route(body=data("euvd.json"), content_type=JSON)
    server.routes["/certfr.rss"] = Route(body=data("certfr.rss"), content_type=RSS)
    return [
        source_yaml("kev", server.url("/kev.json"), kind="kev", themes="[]"),
        source_yaml("epss", server.url("/epss.csv.gz"), kind="epss", themes="[]"),
        source_yaml("euvd", server.url("/euvd.json"), kind="euvd", themes="[]"),
        source_yaml("certfr", server.url("/certfr.rss"), themes="[cyber]"),
    ]


@pytest.fixture
def chain(server, make_app, sink, tmp_path):  # type: ignore[no-untyped-def]
    """Catalogues and CERT-FR collected on 20 Nov 2026, analysed; EPSS moves the next day."""
    base = make_app(
        *catalogue_sources(server),
        **mail_settings(sink, tmp_path),
        model_file=str(tmp_path / "themes.model"),
        flash_max_age_days=3650,  # forked senders run on today's clock
    )
    app = Veille(base.settings, clock=lambda: NOW)
    report = app.collect()
    assert report.ok, [(o.source_id, o.error_message) for o in report.outcomes]
    app.analyse_new()
    server.routes["/epss.csv.gz"] = Route(
        body=gzip.compress(data("epss-day2.csv")), content_type="application/gzip"
    )
    app.collect(["epss"])
    yield app
    app.close()


def test_catalogues_are_stored_and_only_news_becomes_an_event(chain):
    counts = chain.vulnerabilities_counts()
    assert counts["kev"] == 3 and counts["cvss"] == 2 and counts["epss"] == 4
    events = stores(chain).vulns.events_since(datetime(2026, 1, 1, tzinfo=UTC))
    kinds = sorted((e.kind, e.cve or e.title) for e in events)
    assert kinds == [
        ("alert", "Vulnérabilité dans Fortinet FortiOS (18 novembre 2026)"),
        ("epss", "CVE-2026-30000"),  # crossed 0.95 on day 2; day 1 was the baseline
        ("kev", "CVE-2026-20345"),
        ("kev", "CVE-2026-21001"),  # Log4j was added in 2021: history, not news
    ]


def test_a_broken_catalogue_download_keeps_the_facts_stored_before(chain, server):
    server.routes["/kev.json"] = Route(body=b'{"oops": []}', content_type=JSON)
    report = chain.collect(["kev"])
    outcome = report.outcomes[0]
    assert outcome.status is OutcomeStatus.ERROR and "vulnerabilities" in outcome.error_message
    assert chain.vulnerabilities_counts()["kev"] == 3


def test_items_cite_cves_and_cert_fr_advisories(chain):
    rows = {r.title: r for r in chain.items_latest(50)}
    alert = rows["Vulnérabilité dans Fortinet FortiOS (18 novembre 2026)"]
    assert alert.cves == ("CVE-2026-20345", "CERTFR-2026-ALE-012")


def test_fixes_table_is_ordered_by_urgency_and_reproducible(chain):
    opened = chain.bulletin_new(date(2026, 11, 16), date(2026, 11, 19))
    content = chain.bulletin(opened.number).content
    rows = [(f.cve, f.exploited, f.ransomware) for f in content.fixes]
    assert rows[:3] == [
        ("CVE-2026-20345", True, True),
        ("CVE-2026-21001", True, False),
        ("CVE-2026-30000", False, False),
    ]
    assert rows[3][0] == "CVE-2026-30002"  # nothing known: last
    first = content.fixes[0]
    assert first.product == "FortiGate (pare-feu Fortinet)"
    assert first.advisory == "CERTFR-2026-ALE-012" and first.cvss == 9.8
    assert first.action.startswith("Appliquer les mesures de l'éditeur")
    assert chain.bulletin(opened.number).content.fixes == content.fixes  # same inputs


def test_the_editor_hides_a_row_and_notes_another(chain):
    number = chain.bulletin_new(date(2026, 11, 16), date(2026, 11, 19)).number
    chain.bulletin_fix_edit(number, "cve-2026-30002", hidden=True)
    chain.bulletin_fix_edit(number, "CVE-2026-20345", note="Nos adhérents l'utilisent.")
    fixes = chain.bulletin(number).content.fixes
    assert "CVE-2026-30002" not in [f.cve for f in fixes]
    assert fixes[0].note == "Nos adhérents l'utilisent."
    with pytest.raises(BulletinError, match="rien à changer"):
        chain.bulletin_fix_edit(number, "CVE-2026-20345")


def test_fixes_reach_cyber_readers_in_mail_text_and_archive(chain):
    number = chain.bulletin_new(date(2026, 11, 16), date(2026, 11, 19)).number
    content = chain.bulletin(number).content
    renderer = chain._renderer()
    labels = chain.sources().theme_labels()
    cyber = renderer.render(content, labels, ["cyber"])
    for part in (cyber.html, cyber.text):
        assert "vulnérabilités à corriger" in part.lower() and "CVE-2026-20345" in part
    assert "EXPLOITÉE, rançongiciels" in cyber.text
    archive = renderer.render(content, labels, None, variant="archive")
    assert "Vulnérabilités à corriger" in archive.html
    assert "Vulnérabilités à corriger" not in renderer.render(content, labels, ["ai"]).html


# -- flash alerts ----------------------------------------------------------------------------
def add_watchers(app: Veille, products: dict[str, tuple[str, ...]]) -> None:
    store = stores(app).subscribers
    store.import_rows(
        [
            ImportRow(i, email, ("cyber",), SubscriberStatus.ACTIVE, NOW, "test")
            for i, email in enumerate(products, 1)
        ],
        NOW,
    )
    for email, watched in products.items():
        reader = store.by_email(email)
        assert reader is not None
        app.subscribers_set_products(reader.id, list(watched))


def test_a_flash_goes_only_to_readers_of_the_product_once_a_day(chain, sink):
    add_watchers(
        chain,
        {
            "pare-feu@pme.example": ("fortigate",),
            "boutique@pme.example": ("prestashop",),
            "autre@pme.example": ("wordpress",),
        },
    )
    report = chain.flash_send()
    assert report.sent == 2 and not report.failed
    received = {m.recipients[0]: message_from_bytes(m.data, policy=default) for m in sink.received}
    assert set(received) == {"pare-feu@pme.example", "boutique@pme.example"}
    fortigate = received["pare-feu@pme.example"]
    text = fortigate.get_body(("plain",)).get_content()
    assert "CVE-2026-20345" in text and "alerte du CERT-FR" in text
    assert "PrestaShop" not in text
    assert fortigate["List-Unsubscribe"].startswith("<https://veille.example/alertes/arret?t=")
    assert chain.flash_send().sent == 0  # same day, nothing new: nothing sent


def test_stopping_flashes_keeps_the_bulletin(chain, sink):
    add_watchers(chain, {"pare-feu@pme.example": ("fortigate",)})
    reader = stores(chain).subscribers.by_email("pare-feu@pme.example")
    token = chain.subscribers_link("flash", reader.id).split("t=", 1)[1]
    stopped = chain.subscribers_stop_flash(token)
    assert stopped.flash is False and stopped.status is SubscriberStatus.ACTIVE
    assert chain.flash_send().sent == 0


def test_unknown_products_are_refused(chain):
    add_watchers(chain, {"pare-feu@pme.example": ("fortigate",)})
    reader = stores(chain).subscribers.by_email("pare-feu@pme.example")
    with pytest.raises(BulletinError, match="inconnu"):
        chain.subscribers_set_products(reader.id, ["fortigate", "minitel"])


def _flash_in_child(settings) -> None:  # type: ignore[no-untyped-def]
    Veille(settings).flash_send()
    os._exit(0)


def test_killed_flash_sends_resume_without_a_second_copy(chain, sink):
    readers = {f"lecteur{i:02d}@pme.example": ("fortigate",) for i in range(40)}
    add_watchers(chain, readers)
    rng = random.Random(16)
    for _ in range(4):
        before = sink.count
        child = FORK.Process(target=_flash_in_child, args=(chain.settings,))
        child.start()
        deadline = time.monotonic() + 30
        while sink.count == before and child.is_alive() and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(rng.uniform(0.0, 0.02))
        if child.is_alive():
            os.kill(child.pid, signal.SIGKILL)
        child.join(30)
        unknown = [r.email for r in stores(chain).flashes.rows(None, ["sending"])]
        if unknown:  # what an administrator does: check the mailboxes, then settle
            time.sleep(0.3)
            got = sink.per_recipient()
            chain.flash_resolve([e for e in unknown if got[e]], delivered=True)
            chain.flash_resolve([e for e in unknown if not got[e]], delivered=False)
    Veille(chain.settings).flash_send()
    received = sink.per_recipient()
    assert {e: n for e, n in received.items() if n != 1} == {}, "a second flash"
    assert set(received) == set(readers), "someone was skipped"
    assert chain.flash_counts() == {"sent": 40}


def test_a_full_size_catalogue_is_read_in_one_pass_with_the_same_result(
    server, make_app, tmp_path, monkeypatch
):
    import veille.storage.vulns

    monkeypatch.setattr(veille.storage.vulns, "WHOLE_TABLE_FROM", 0)  # as for 250,000 rows
    base = make_app(*catalogue_sources(server), model_file=str(tmp_path / "m.model"))
    app = Veille(base.settings, clock=lambda: NOW)
    assert app.collect().ok
    server.routes["/epss.csv.gz"] = Route(body=data("epss-day2.csv"), content_type="text/csv")
    app.collect(["epss"])
    events = stores(app).vulns.events_since(datetime(2026, 1, 1, tzinfo=UTC))
    assert sorted(e.cve for e in events if e.kind != "alert") == [
        "CVE-2026-20345",
        "CVE-2026-21001",
        "CVE-2026-30000",
    ]
    app.close()


def test_a_flash_queued_then_left_unsent_is_skipped_once_the_reader_has_left(chain, sink):
    from veille.errors import DeliveryError

    add_watchers(
        chain, {"pare-feu@pme.example": ("fortigate",), "autre@pme.example": ("fortigate",)}
    )
    down = Veille(chain.settings.with_overrides(smtp_port=9, smtp_retries=0), clock=lambda: NOW)
    try:  # the mail server is down: the day's flashes are queued, none sent
        down.flash_send()
    except DeliveryError:
        pass
    finally:
        down.close()
    assert chain.flash_counts() == {"pending": 2} and not sink.received
    reader = stores(chain).subscribers.by_email("autre@pme.example")
    chain.subscribers_stop_flash(chain.subscribers_link("flash", reader.id).split("t=", 1)[1])
    report = chain.flash_send()
    assert (report.sent, report.skipped) == (1, 1)
    assert [m.recipients for m in sink.received] == [["pare-feu@pme.example"]]
    assert chain.flash_counts() == {"sent": 1, "skipped": 1}
