"""One render() for preview, test send, publish and archive: escaping, parts, size."""

import re
from datetime import UTC, date, datetime

import feedparser
import pytest
from lxml import html as lxml_html

from veille.bulletin.render import (
    PREFERENCES_MARK,
    UNSUBSCRIBE_MARK,
    Identity,
    Renderer,
    safe_url,
)
from veille.bulletin.rules import HTML_LIMIT, Entry, IssueContent, Section
from veille.text_fr import date_fr

LABELS = {"cyber": "Cybersécurité", "ai": "Intelligence artificielle", "blockchain": "Blockchain"}
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def entry(i, title="Titre", url="https://news.example/a?x=1&y=2", note="", summary="Résumé"):
    return Entry(
        i, title, url, "Outlet & Co", date(2026, 11, 3), summary, note, "CCI Normandie", ()
    )


def content(sections, intro="Bonjour.\n\nSecond paragraphe."):
    return IssueContent(
        12,
        "Bulletin",
        date(2026, 11, 1),
        date(2026, 11, 15),
        intro,
        tuple(sections),
        ("CCI Normandie", "Pôle TES", "NAE"),
        datetime(2026, 11, 16, tzinfo=UTC),
    )


@pytest.fixture(scope="module")
def renderer():
    return Renderer(Identity("Réseau normand", "Bulletin de veille", "https://veille.example"))


def test_everything_from_outside_is_escaped_and_only_http_links_survive(renderer):
    c = content(
        [
            Section(
                "cyber",
                "Cybersécurité",
                (
                    entry(1, title=HOSTILE, summary=HOSTILE),
                    entry(2, title="Lien piégé", url="javascript:alert(1)", note=HOSTILE),
                    entry(3, title="Données", url="data:text/html,<b>x</b>"),
                ),
            )
        ],
        intro=HOSTILE,
    )
    page = renderer.render(c, LABELS).html
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;" in page, "shown as text, not dropped"
    tree = lxml_html.fromstring(page)
    assert not tree.xpath("//script") and not tree.xpath("//img")
    hrefs = tree.xpath("//a/@href")
    assert not [h for h in hrefs if not h.startswith("https://")]
    assert "Lien piégé" in page and "javascript:" not in page and "data:text" not in page


def test_html_email_is_built_for_mail_clients(renderer):
    c = content([Section("cyber", "Cybersécurité", (entry(1, note="Parce que."),))])
    r = renderer.render(c, LABELS)
    tree = lxml_html.fromstring(r.html)
    assert tree.get("lang") == "fr"
    assert tree.xpath("//table[@width='600']"), "a 600 px table layout"
    # CSS inlined on the elements; only media queries (phones, dark mode) stay in <style>
    assert "color:#0b5cad" in tree.xpath("//p[@class='entry-title']/a")[0].get("style")
    style = "".join(tree.xpath("//style/text()"))
    assert "prefers-color-scheme: dark" in style and "max-width: 620px" in style
    assert ".entry-title a {" not in style.split("@media", 1)[0]
    assert tree.xpath("//meta[@name='color-scheme']")
    preheader = tree.xpath("//div[@class='preheader']")[0]
    assert (
        "display:none" in preheader.get("style")
        and preheader.text_content() == "Bonjour. Second paragraphe."
    )
    assert not tree.xpath("//img"), "nothing needs images"
    assert r.subject == "N° 12 · Cybersécurité — Bulletin de veille"


def test_each_item_shows_source_date_note_credit_and_other_outlets(renderer):
    e = Entry(
        1,
        "Rançongiciel à Caen",
        "https://a.example/1",
        "Ouest-France",
        date(2026, 11, 3),
        "Résumé de l'article",
        "Les PME sont visées.",
        "CCI Normandie",
        ("Tendance Ouest", "France 3"),
    )
    r = renderer.render(content([Section("cyber", "Cybersécurité", (e,))]), LABELS)
    text = " ".join(lxml_html.fromstring(r.html).text_content().split())
    for expected in (
        "Cybersécurité",
        "Rançongiciel à Caen",
        "Ouest-France · 3 novembre 2026",
        "aussi chez Tendance Ouest, France 3",
        "Pourquoi c'est important : Les PME sont visées.",
        "Proposé par CCI Normandie",
        "CCI Normandie, Pôle TES, NAE",
        "Se désabonner",
        "Choisir mes thèmes",
    ):
        assert expected in text, expected
    for expected in (
        "== CYBERSÉCURITÉ ==",
        "* Rançongiciel à Caen",
        "Ouest-France, 3 novembre 2026 — aussi chez Tendance Ouest, France 3",
        "https://a.example/1",
        "Pourquoi c'est important : Les PME sont visées.",
        f"Se désabonner : {UNSUBSCRIBE_MARK}",
    ):
        assert expected in r.text, expected
    assert "<" not in r.text, "the text part is not stripped HTML"


def test_reader_themes_choose_sections_and_the_footer_reason(renderer):
    c = content(
        [
            Section("cyber", "Cybersécurité", (entry(1, title="Cyber item"),)),
            Section("ai", "Intelligence artificielle", (entry(2, title="IA item"),)),
        ]
    )
    r = renderer.render(c, LABELS, ["ai", "blockchain"])
    assert "IA item" in r.html and "Cyber item" not in r.html
    assert "Cyber item" not in r.text and "IA item" in r.text
    assert "pour Intelligence artificielle, Blockchain." in r.text
    assert "Dans ce numéro" not in r.text, "one section: no summary"
    full = renderer.render(c, LABELS, None)
    toc = "Dans ce numéro : Cybersécurité (1) · Intelligence artificielle (1)"
    assert toc in full.text and "Dans ce numéro :</strong> Cybersécurité (1)" in full.html


def test_personalise_fills_in_one_readers_links_escaped(renderer):
    r = renderer.render(content([Section("cyber", "C", (entry(1),))]), LABELS)
    assert r.html.count(UNSUBSCRIBE_MARK) == 1 and PREFERENCES_MARK in r.text
    p = r.personalise("https://v.example/desabonnement?t=a.b&x=1", "https://v.example/p?t=c")
    assert UNSUBSCRIBE_MARK not in p.html + p.text and PREFERENCES_MARK not in p.html + p.text
    assert 'href="https://v.example/desabonnement?t=a.b&amp;x=1"' in p.html
    assert "Se désabonner : https://v.example/desabonnement?t=a.b&x=1" in p.text


def test_a_full_issue_stays_under_the_clipping_limit(renderer):
    long = "Une phrase de résumé assez longue pour remplir la place. " * 6
    sections = [
        Section(
            t,
            LABELS[t],
            tuple(
                entry(
                    i,
                    title=f"Un titre d'article assez long numéro {i} pour le test",
                    summary=long,
                    note="Une note éditoriale de deux lignes pour expliquer l'enjeu."
                    if i % 2
                    else "",
                )
                for i in range(10)
            ),
        )
        for t in LABELS
    ]
    r = renderer.render(content(sections), LABELS)
    assert r.html_bytes < HTML_LIMIT, r.html_bytes


def test_archive_page_index_and_atom_feed(renderer):
    c = content([Section("cyber", "Cybersécurité", (entry(1, title="Archivé"),))])
    page = renderer.render(c, LABELS, variant="archive").html
    assert "Archivé" in page and UNSUBSCRIBE_MARK not in page
    assert 'href="index.html"' in page and "https://veille.example/abonnement" in page
    index = renderer.archive_index([c])
    assert 'href="numero-12.html"' in index and "N° 12" in index
    feed = feedparser.parse(renderer.archive_feed([c]))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "Bulletin de veille"
    assert feed.entries[0].link == "https://veille.example/archives/numero-12.html"


def test_atom_feed_escapes_outside_text(renderer):
    c = content([Section("cyber", "Cyber <b>&", (entry(1),))], intro=HOSTILE)
    feed = renderer.archive_feed([c])
    assert "<script>" not in feed and not feedparser.parse(feed).bozo


def test_helpers():
    assert date_fr(date(2026, 3, 1)) == "1er mars 2026"
    assert date_fr(datetime(2026, 12, 25, tzinfo=UTC)) == "25 décembre 2026"
    assert safe_url(" https://a.example/x ") == "https://a.example/x"
    for bad in ("javascript:alert(1)", "//a.example/x", "/relative", "mailto:a@b.c", "", None):
        assert safe_url(bad) is None


def test_confirmation_mail_carries_the_link(renderer):
    r = renderer.confirmation(
        "https://veille.example/abonnement/confirmer?t=abc", ["Cybersécurité"], 7
    )
    assert "https://veille.example/abonnement/confirmer?t=abc" in r.text
    assert re.search(r'href="https://veille\.example/abonnement/confirmer\?t=abc"', r.html)
    assert "7 jours" in r.text and "Cybersécurité" in r.html


def test_the_introduction_and_subject_follow_the_readers_themes(renderer):
    from veille.bulletin.rules import intro_for

    intro = "Bonjour,\n\n[cyber] Alerte : corrigez vos VPN.\n\n[ai] L'appel IA ferme bientôt."
    assert intro_for(intro, {"ai"}) == "Bonjour,\n\nL'appel IA ferme bientôt."
    assert intro_for(intro, None) == (
        "Bonjour,\n\nAlerte : corrigez vos VPN.\n\nL'appel IA ferme bientôt."
    )
    c = content(
        [
            Section("cyber", "Cybersécurité", (entry(1),)),
            Section("ai", "Intelligence artificielle", (entry(2),)),
        ],
        intro=intro,
    )
    cyber = renderer.render(c, LABELS, ["cyber"])
    assert "corrigez vos VPN" in cyber.text and "appel IA" not in cyber.text
    assert "[cyber]" not in cyber.html and "[cyber]" not in cyber.text
    assert cyber.subject == "N° 12 · Cybersécurité — Bulletin de veille"
    both = renderer.render(c, LABELS)
    assert both.subject == "N° 12 · Cybersécurité · Intelligence artificielle — Bulletin de veille"
    archive = renderer.render(c, LABELS, variant="archive")
    assert "corrigez vos VPN" in archive.html and "appel IA" in archive.html
    assert "[ai]" not in archive.html


def test_links_reach_readers_without_tracking_parameters(renderer):
    tracked = "https://ex.example/a?id=7&utm_source=rss&utm_medium=feed&fbclid=x"
    c = content([Section("cyber", "Cybersécurité", (entry(1, url=tracked),))])
    r = renderer.render(c, LABELS)
    assert "https://ex.example/a?id=7" in r.text and "utm_" not in r.text + r.html
    assert "fbclid" not in r.text + r.html


def test_the_text_part_keeps_every_line_within_76_characters(renderer):
    note = "Des aides régionales existent : la Région finance un diagnostic " * 3
    rendered = renderer.render(
        content([Section("cyber", "Cybersécurité", (entry(1, note=note.strip()),))]),
        {"cyber": "Cybersécurité"},
    )
    lines = rendered.text.splitlines()
    why = next(i for i, line in enumerate(lines) if "Pourquoi c'est important" in line)
    assert lines[why].startswith("  Pourquoi c'est important : Des aides")
    assert all(len(line) <= 76 for line in lines[why : why + 4])
