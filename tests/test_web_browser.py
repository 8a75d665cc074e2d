"""The web app in a real browser: Debian's chromium driven by Playwright, against the app
served on loopback with a real database and a real SMTP server."""

from __future__ import annotations

import os
import re
import shutil
from datetime import UTC, datetime

import pytest

from veille.bulletin.rules import SubscriberStatus
from veille.curation.rules import Curation, Role
from veille.testing.stores import stores
from veille.types import Item, SourceState

from .bulletin_data import make_item

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PASSWORD = "mot-de-passe-de-test"
REQUIRE = os.environ.get("VEILLE_REQUIRE_BROWSER") == "1"


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:  # pragma: no cover - depends on the machine
        if REQUIRE:
            pytest.fail(f"Playwright required (VEILLE_REQUIRE_BROWSER=1): {exc}")
        pytest.skip("Playwright for Python is not installed; CI installs it with the dev extras")
    if not shutil.which(CHROMIUM):  # pragma: no cover - depends on the machine
        if REQUIRE:
            pytest.fail(f"{CHROMIUM} required (VEILLE_REQUIRE_BROWSER=1)")
        pytest.skip(f"{CHROMIUM} not found; CI installs Debian's chromium (.ci/run)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def site(web_site):
    app, base = web_site
    app.users_add("camille@cci.example", "Camille", Role.PARTNER, "cci", PASSWORD)
    app.users_add("noe@pole.example", "Noé", Role.PARTNER, "pole", PASSWORD)
    app.users_add("redaction@cci.example", "Rédaction", Role.EDITOR, "cci", PASSWORD)
    return app, base


def go(locator) -> None:
    """Click a link or a form's button and wait until the page it leads to has loaded."""
    with locator.page.expect_navigation():
        locator.click()


def shows(page, text: str) -> None:
    """The page (once its navigation has finished) shows ``text``: waits up to 10 s, so a
    loaded machine cannot read a page in the middle of loading."""
    from playwright.sync_api import expect

    expect(page.locator("body")).to_contain_text(text, timeout=10_000)


def login(page, base, email):
    page.goto(f"{base}/connexion")
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    go(page.get_by_role("button", name="Se connecter"))


def test_partners_curate_and_the_editor_assembles(site, browser):
    app, base = site
    ids = app.ids
    camille = browser.new_page()
    login(camille, base, "camille@cci.example")
    assert camille.get_by_role("heading", name="Articles collectés").is_visible()
    camille.get_by_label("Thème").select_option("ai")
    go(camille.get_by_role("button", name="Filtrer"))
    titles = camille.locator("ol.items .title").all_inner_texts()
    assert titles == ["L'IA générative entre dans les PME"]
    camille.get_by_label("Thème").select_option("")
    camille.get_by_label("Recherche").fill("rançongiciel")
    go(camille.get_by_role("button", name="Filtrer"))
    shows(camille, "Rançongiciel : une PME de l'Orne paralysée")
    go(camille.get_by_role("link", name="Rançongiciel : une PME de l'Orne paralysée"))
    camille.get_by_label("Pourquoi c'est important").fill("Les PME de l'Orne sont visées.")
    go(camille.get_by_role("button", name="Proposer pour le bulletin"))
    shows(camille, "Article proposé")
    assert (
        "CCI Normandie propose (Camille) : « Les PME de l'Orne sont visées. »"
        in camille.inner_text("body")
    )
    # reject another one, with a reason; correct a third one's themes
    camille.goto(f"{base}/veille/article/{ids['a3']}")
    camille.get_by_label("Raison pour l'écarter").fill("Déjà traité le mois dernier")
    go(camille.get_by_role("button", name="Écarter"))
    shows(camille, "Article écarté")
    camille.goto(f"{base}/veille/article/{ids['c2']}")
    camille.get_by_label("Blockchain").check()
    go(camille.get_by_role("button", name="Enregistrer les thèmes"))
    shows(camille, "Thèmes corrigés")

    noe = browser.new_page()
    login(noe, base, "noe@pole.example")
    noe.goto(f"{base}/veille/article/{ids['a1']}")
    go(noe.get_by_role("button", name="Soutenir (+1)"))
    shows(noe, "Soutien enregistré")
    assert not noe.get_by_role("button", name="Écarter").count(), (
        "a partner cannot reject another partner's proposal"
    )
    assert noe.goto(f"{base}/redaction").status == 403

    editor = browser.new_page()
    login(editor, base, "redaction@cci.example")
    editor.goto(f"{base}/redaction")
    go(editor.get_by_role("button", name="Ouvrir le numéro suivant"))
    shows(editor, "Brouillon N° 1 ouvert")
    assert stores(app).curation.item(ids["a1"]).row.curation is Curation.SELECTED, (
        "the partners' proposal opened the draft"
    )
    redaction = stores(app).users.credentials("redaction@cci.example")[0]
    for item_id in (ids["a2"], ids["b1"]):
        stores(app).curation.act(redaction, item_id, "propose", datetime.now(UTC), "À retenir")
    editor.reload()
    editor.get_by_label("Texte d'introduction").fill("Bonjour à toutes et à tous.")
    go(editor.get_by_role("button", name="Enregistrer l'introduction"))
    shows(editor, "Introduction enregistrée")
    for _ in range(2):
        go(editor.locator("form[action*='/retenir/']").first.get_by_role("button"))
        shows(editor, "Article retenu")
    content = app.bulletin(1).content
    assert [[e.item_id for e in s.entries] for s in content.sections] == [
        [ids["a1"], ids["a2"]],
        [ids["b1"]],
    ]
    first, second = content.sections[0].entries[:2]
    go(editor.get_by_role("button", name=f"Descendre « {first.title} »"))
    content = app.bulletin(1).content
    assert [e.item_id for e in content.sections[0].entries[:2]] == [second.item_id, first.item_id]
    go(editor.get_by_role("link", name="Aperçu du courriel"))
    shows(editor, "Bonjour à toutes et à tous.")
    assert "Proposé par CCI Normandie" in editor.inner_text("body")
    editor.go_back()
    go(editor.get_by_role("button", name="Retirer").first)
    assert stores(app).curation.item(second.item_id).row.curation is Curation.PROPOSED
    go(editor.get_by_role("button", name="Figer le numéro (prêt à publier)"))
    shows(editor, "N° 1 prêt")
    assert stores(app).issues.get(1).state.value == "ready"
    assert "veille bulletin publish 1" in editor.inner_text("body")
    history = stores(app).curation.item(ids["a1"]).events
    assert [(e.kind, e.user_name) for e in history] == [("propose", "Camille"), ("support", "Noé")]


def test_hostile_items_render_inert(site, browser):
    app, base = site
    hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    now = datetime.now(UTC)
    stores(app).store.record(
        SourceState("a", "https://a.example/f"),
        [
            Item(
                source_id="a",
                key="evil",
                url="javascript:window.__pwned=3",
                canonical_url=None,
                title=hostile,
                summary_html=hostile,
                summary_text=hostile,
                content_text="",
                author=None,
                published_at=now,
                date_from_source=True,
                language="fr",
                content_hash="evil",
            )
        ],
        now,
    )
    evil = max(int(r["id"]) for r in stores(app).store.items(limit=100))  # type: ignore[call-overload]
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    login(page, base, "camille@cci.example")
    page.goto(f"{base}/veille?vue=tous")  # not classified yet: not « à traiter »
    assert hostile in page.inner_text("body"), "shown as text"
    page.goto(f"{base}/veille/article/{evil}")
    assert page.evaluate("window.__pwned") is None and not dialogs
    assert not page.locator("img").count() and not page.locator("a[href^='javascript']").count()


def test_login_failures_are_limited_and_say_nothing_about_accounts(site, browser):
    _, base = site
    page = browser.new_page()
    page.goto(f"{base}/veille")
    assert re.search(r"/connexion\?next=", page.url), "anonymous users are sent to log in"
    for _ in range(5):
        page.get_by_label("Adresse électronique").fill("camille@cci.example")
        page.get_by_label("Mot de passe").fill("wrong-password!")
        go(page.get_by_role("button", name="Se connecter"))
    shows(page, "Adresse ou mot de passe incorrect")
    page.get_by_label("Adresse électronique").fill("camille@cci.example")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    go(page.get_by_role("button", name="Se connecter"))
    shows(page, "Trop d'essais infructueux")
    page.get_by_label("Adresse électronique").fill("nobody@nowhere.example")
    page.get_by_label("Mot de passe").fill("wrong-password!")
    go(page.get_by_role("button", name="Se connecter"))
    shows(page, "Adresse ou mot de passe incorrect")


def test_a_reader_subscribes_confirms_chooses_themes_and_leaves(site, browser, sink):
    import httpx

    from veille.bulletin.rules import SubscriberStatus

    app, base = site
    page = browser.new_page(viewport={"width": 390, "height": 844})  # a phone
    page.goto(f"{base}/abonnement")
    page.get_by_label("Votre adresse électronique").fill("Dirigeante@PME.example")
    page.get_by_label("Blockchain").uncheck()
    go(page.get_by_role("button", name="M'abonner"))
    shows(page, "Vérifiez votre boîte de réception")
    (mail,) = sink.received
    body = mail.message().get_body(("plain",)).get_content()
    confirm = re.search(r"(http://127\.0\.0\.1:\d+/abonnement/confirmer\?t=\S+)", body).group(1)
    page.goto(confirm)
    shows(page, "Recevoir le bulletin")
    go(page.get_by_role("button", name="Confirmer mon abonnement"))
    shows(page, "Abonnement confirmé")
    reader = stores(app).subscribers.by_email("dirigeante@pme.example")
    assert reader.status is SubscriberStatus.ACTIVE and reader.themes == ("cyber", "ai")
    # the bulletin arrives with the reader's own links
    number = app.bulletin_new(date_range()[0], date_range()[1]).number
    app.bulletin_publish(number)
    issue = sink.received[-1].message()
    html = issue.get_body(("html",)).get_content()
    preferences = re.search(r'href="([^"]+/preferences\?t=[^"]+)"', html).group(1)
    page.goto(preferences.replace("&amp;", "&"))
    page.get_by_label("Intelligence artificielle").uncheck()
    go(page.get_by_role("button", name="Enregistrer"))
    shows(page, "Vos choix sont enregistrés")
    assert stores(app).subscribers.by_email("dirigeante@pme.example").themes == ("cyber",)
    # the mail client's one-click unsubscribe (RFC 8058): a POST, no browser, no cookie
    unsubscribe = issue["List-Unsubscribe"].strip()[1:-1]
    answer = httpx.post(unsubscribe, data={"List-Unsubscribe": "One-Click"})
    assert answer.status_code == 200
    assert (
        stores(app).subscribers.by_email("dirigeante@pme.example").status
        is SubscriberStatus.UNSUBSCRIBED
    )


def test_a_reader_picks_the_products_they_use_on_a_phone(site, browser):
    """« Mon parc » on the preferences page: search, tick, save; the other choices stay."""
    app, base = site
    reader = stores(app).subscribers.add(
        "atelier@pme.example", ("cyber",), SubscriberStatus.ACTIVE, "test", NOW, NOW
    )
    app.subscribers_set_products(reader, ["wordpress"])
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(base + "/" + app.subscribers_link("preferences", reader).split("/", 3)[3])
    shows(page, "Mon parc : les produits que vous utilisez")
    page.get_by_label("Chercher un produit de « Mon parc »").fill("pare-feu")
    go(page.get_by_role("button", name="Chercher"))
    assert page.get_by_label("FortiGate (pare-feu Fortinet)").is_visible()
    assert page.get_by_label("WordPress (site web)").count() == 0  # not in this search
    page.get_by_label("FortiGate (pare-feu Fortinet)").check()
    go(page.get_by_role("button", name="Enregistrer"))
    shows(page, "Vos choix sont enregistrés")
    after = stores(app).subscribers.get(reader)
    assert after.products == ("fortigate", "wordpress") and after.flash
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "nothing scrolls sideways on a phone"
    page.get_by_label("Recevoir les alertes flash").uncheck()
    go(page.get_by_role("button", name="Enregistrer"))
    shows(page, "Vos choix sont enregistrés")
    assert not stores(app).subscribers.get(reader).flash
    assert stores(app).subscribers.get(reader).status is SubscriberStatus.ACTIVE


def test_the_editor_trims_and_notes_the_vulnerabilities_table(site, browser):
    from veille.types import CatalogueRows, SourceKind, VulnFact

    app, base = site
    start, end = date_range()
    facts = tuple(
        VulnFact(cve, vendor, product, kev_added=start, ransomware=ransom, action="Apply updates")
        for cve, vendor, product, ransom in (
            ("CVE-2026-20345", "Fortinet", "FortiOS", True),
            ("CVE-2026-21001", "Microsoft", "Windows", False),
        )
    )
    stores(app).vulns.record_catalogue(SourceKind.KEV, CatalogueRows(facts), NOW, 0.95)
    number = app.bulletin_new(start, end).number
    page = browser.new_page(viewport={"width": 390, "height": 844})
    login(page, base, "redaction@cci.example")
    page.goto(f"{base}/redaction")
    shows(page, "Vulnérabilités à corriger")
    shows(page, "FortiGate (pare-feu Fortinet)")
    go(page.get_by_role("button", name="Retirer CVE-2026-21001 du tableau"))
    shows(page, "CVE-2026-21001 retirée du tableau")
    page.locator("summary", has_text="Note de la rédaction").first.click()
    page.get_by_label("Note sur CVE-2026-20345").fill("Vérifiez vos boîtiers VPN cette semaine.")
    go(page.get_by_role("button", name="Enregistrer la note"))
    shows(page, "Note enregistrée pour CVE-2026-20345")
    fixes = app.bulletin(number).content.fixes
    assert [(f.cve, f.note) for f in fixes] == [
        ("CVE-2026-20345", "Vérifiez vos boîtiers VPN cette semaine.")
    ]
    go(page.get_by_role("button", name="Remettre CVE-2026-21001 dans le tableau"))
    shows(page, "CVE-2026-21001 remise dans le tableau")
    assert len(app.bulletin(number).content.fixes) == 2
    partner = browser.new_page()
    login(partner, base, "camille@cci.example")
    answer = partner.request.post(f"{base}/redaction/{number}/vulnerabilite/CVE-2026-20345/retirer")
    assert answer.status in (400, 403), "a partner cannot edit the issue (nor without CSRF)"
    assert len(app.bulletin(number).content.fixes) == 2


def test_the_editor_takes_a_row_out_of_the_agenda_on_a_phone(site, browser):
    """The board shows the draft's « Appels à projets & agenda »; the editor takes out a row
    the detector got wrong and puts it back; a partner cannot."""
    from datetime import timedelta

    app, base = site
    start, end = date_range()
    later = (NOW + timedelta(days=30)).date()
    call = make_item(
        "a",
        "aap-board",
        "Appel à projets Cybersécurité des PME",
        NOW - timedelta(days=2),
        f"Dossiers jusqu'au {later.day}/{later.month}/{later.year}.",
    )
    stores(app).store.record(SourceState("a", "https://a.example/f"), [call], NOW)
    number = app.bulletin_new(start, end).number
    page = browser.new_page(viewport={"width": 390, "height": 844})
    login(page, base, "redaction@cci.example")
    page.goto(f"{base}/redaction")
    shows(page, "Appels à projets & agenda")
    retirer = "Retirer « Appel à projets Cybersécurité des PME » de l'agenda"
    go(page.get_by_role("button", name=retirer))
    shows(page, "Ligne retirée de l'agenda du numéro.")
    shows(page, "« Appel à projets Cybersécurité des PME » retiré de l'agenda")
    assert "Appel à projets Cybersécurité des PME" not in [
        a.title for a in app.bulletin(number).content.agenda
    ]
    remettre = "Remettre « Appel à projets Cybersécurité des PME » dans l'agenda"
    go(page.get_by_role("button", name=remettre))
    shows(page, "Ligne remise dans l'agenda du numéro.")
    item_id = next(
        a.item_id
        for a in app.bulletin(number).content.agenda
        if a.title == "Appel à projets Cybersécurité des PME"
    )
    partner = browser.new_page()
    login(partner, base, "camille@cci.example")
    answer = partner.request.post(f"{base}/redaction/{number}/agenda/{item_id}/retirer")
    assert answer.status in (400, 403), "a partner cannot edit the issue (nor without CSRF)"
    assert item_id in [a.item_id for a in app.bulletin(number).content.agenda]


def test_a_partner_puts_a_missed_call_into_the_agenda_on_a_phone(site, browser):
    """The item page says what the agenda reads; a partner corrects it with a kind and a
    date; the agenda page lists the call."""
    from datetime import timedelta

    from veille.text_fr import date_fr

    app, base = site
    missed = make_item("a", "missed-call", "Soutien régional aux PME", NOW - timedelta(days=1))
    stores(app).store.record(SourceState("a", "https://a.example/f"), [missed], NOW)
    item_id = next(
        int(r["id"])
        for r in stores(app).store.items(limit=100)  # type: ignore[call-overload]
        if r["title"] == missed.title
    )
    closing = (NOW + timedelta(days=40)).date()
    page = browser.new_page(viewport={"width": 390, "height": 844})
    login(page, base, "camille@cci.example")
    page.goto(f"{base}/veille/article/{item_id}")
    shows(page, "Lu automatiquement : ni appel ni événement")
    page.get_by_label("Ce que l'article annonce").select_option("Appel à projets")
    page.get_by_label("Date de clôture ou jour de l'événement").fill(closing.isoformat())
    go(page.get_by_role("button", name="Corriger l'agenda"))
    shows(page, f"Agenda corrigé : Appel à projets, {date_fr(closing)}.")
    shows(page, "Lu par un partenaire : Appel à projets")
    shows(page, "a corrigé l'agenda : Appel à projets")
    go(page.get_by_role("link", name="Agenda"))
    shows(page, "Soutien régional aux PME")
    shows(page, f"jusqu'au {date_fr(closing)}")
    shows(page, "à partir de 20 articles lus")


def test_the_agenda_shows_what_it_learnt_from_partners_on_a_phone(site, browser):
    """Once partners have read enough items, a scheme the rules miss is in the agenda; its
    page says the reading was learnt, and the agenda page says from how many items."""
    from datetime import timedelta

    from veille.curation.records import InboxFilter

    from .agenda_data import MEETINGS, NEWS, SCHEMES, UNSEEN

    app, base = site
    published = NOW - timedelta(days=2)
    read = [*SCHEMES, *MEETINGS, *NEWS]
    items = [make_item("a", f"read-{i}", t, published, s) for i, (t, s) in enumerate(read)]
    items.append(make_item("a", "unseen", UNSEEN[0], published, UNSEEN[1]))
    stores(app).store.record(SourceState("a", "https://a.example/f"), items, NOW)
    ids = {r.title: r.id for r in app.items_search(InboxFilter(), limit=200)}
    camille = next(u for u in app.users_list() if u.email == "camille@cci.example")
    later = (NOW + timedelta(days=30)).date()
    for title, label in [(t, "Appel à projets") for t, _ in SCHEMES] + [
        (t, "Événement") for t, _ in MEETINGS
    ]:
        app.items_agenda_set(camille, ids[title], label, later)
    for title, _ in NEWS:
        app.items_agenda_set(camille, ids[title], "", None)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    login(page, base, "camille@cci.example")
    go(page.get_by_role("link", name="Agenda"))
    shows(page, f"{len(read)} articles lus par les partenaires")
    check = app.agenda_check()
    assert check is not None
    shows(page, f"{check.found} de ses {check.rows} lignes sont justes")
    go(page.get_by_role("link", name=UNSEEN[0]))
    shows(page, "Lu automatiquement, appris des lectures des partenaires : Appel à projets")


def seed_rising_name(app) -> None:  # type: ignore[no-untyped-def]
    """Three outlets that have published for weeks start citing « Grimpeur »."""
    from datetime import timedelta

    def item(source: str, key: str, title: str, days: float) -> Item:
        return make_item(source, key, title, NOW - timedelta(days=days))

    for n, source in enumerate(("a", "b", "c")):
        items = [item(source, f"old-{source}", f"Une ancienne actualité de {source}", 20)]
        items.append(
            item(source, f"grimpeur-{source}", f"Le kit Grimpeur imite des factures ({n})", n / 2)
        )
        stores(app).store.record(SourceState(source, f"https://{source}.example/f"), items, NOW)


def test_the_trends_page_shows_a_rising_name_on_a_phone(site, browser):
    """The radar flags it under its theme with its sources, sparkline and items."""
    app, base = site
    seed_rising_name(app)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    login(page, base, "camille@cci.example")  # a partner reads the radar too
    go(page.get_by_role("link", name="Tendances"))
    shows(page, "Grimpeur")
    shows(page, "nouveau")
    assert page.locator("svg.spark").count() >= 1
    assert page.locator("svg.chart").count() == 2  # themes per week, the region per week
    shows(page, "Normandie : articles qui parlent de la région")
    assert page.get_by_role("link", name="Le kit Grimpeur imite des factures (0)").is_visible()
    assert page.get_by_role("button", name="Mettre « Grimpeur » dans le N° 1").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_the_editor_puts_a_rising_name_into_the_issue(site, browser):
    app, base = site
    seed_rising_name(app)
    number = app.bulletin_new(*date_range()).number
    page = browser.new_page()
    login(page, base, "redaction@cci.example")
    page.goto(f"{base}/tendances")
    go(page.get_by_role("button", name=f"Mettre « Grimpeur » dans le N° {number}"))
    shows(page, f"« Grimpeur » ajouté au bloc Tendances du N° {number}")
    page.goto(f"{base}/redaction")
    page.locator("summary", has_text="Note de la rédaction").first.click()
    page.get_by_label("Note sur « Grimpeur »").fill("Prévenez vos services comptables.")
    go(page.get_by_role("button", name="Enregistrer la note").first)
    shows(page, "Note de tendance enregistrée")
    content = app.bulletin(number).content
    assert [(t.label, t.note, len(t.outlets)) for t in content.trends] == [
        ("Grimpeur", "Prévenez vos services comptables.", 3)
    ]
    html = app.bulletin_html(number)
    assert "Tendances : ce qui monte" in html and "Prévenez vos services comptables." in html
    go(page.get_by_role("button", name="Retirer « Grimpeur » du bloc Tendances"))
    shows(page, "Tendance retirée du numéro")
    assert app.bulletin(number).content.trends == ()


def test_the_readership_page_shows_the_clicks_on_a_phone(site, browser, sink):
    import httpx

    from veille.bulletin.rules import SubscriberStatus

    app, base = site
    stores(app).subscribers.add(
        "lecteur@pme.example", ("cyber", "ai", "blockchain"), SubscriberStatus.ACTIVE, "t", NOW, NOW
    )
    number = app.bulletin_new(*date_range()).number
    app.bulletin_publish(number)
    html = sink.received[-1].message().get_body(("html",)).get_content()
    link = re.findall(r'href="(http://127\.0\.0\.1:\d+/l/\d+/\d+\?s=[0-9a-f]+)"', html)[0]
    assert httpx.get(link).status_code == 302
    page = browser.new_page(viewport={"width": 390, "height": 844})
    login(page, base, "noe@pole.example")  # a partner shows the funders the figures
    go(page.get_by_role("link", name="Lectorat"))
    shows(page, "Les articles les plus lus")
    assert page.locator("svg.chart").count() >= 2
    assert page.get_by_role("link", name="Télécharger les chiffres (CSV)").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def date_range():
    from .test_publish import END, START

    return START, END


def test_a_partners_note_reaches_the_readers_inbox_in_french(site, browser, sink):
    """The chain: a partner proposes with a note, another supports, the editor gives the
    English item a French title and reworks the note on the board, keeps it, previews,
    publishes; the mail a reader receives carries all of it, and both organisations."""
    from sqlalchemy import text

    from veille.bulletin.rules import SubscriberStatus

    app, base = site
    item = app.ids["b1"]
    with app.engine.begin() as conn:  # an item from an English outlet
        conn.execute(text("update items set language = 'en' where id = :i"), {"i": item})
    camille = browser.new_page()
    login(camille, base, "camille@cci.example")
    camille.goto(f"{base}/veille/article/{item}")
    camille.get_by_label("Pourquoi c'est important").fill("Des aides régionales existent.")
    go(camille.get_by_role("button", name="Proposer pour le bulletin"))
    shows(camille, "Article proposé")
    noe = browser.new_page()
    login(noe, base, "noe@pole.example")
    noe.goto(f"{base}/veille/article/{item}")
    go(noe.get_by_role("button", name="Soutenir (+1)"))
    shows(noe, "Soutien enregistré")

    editor = browser.new_page()
    login(editor, base, "redaction@cci.example")
    editor.goto(f"{base}/redaction")
    go(editor.get_by_role("button", name="Ouvrir le numéro suivant"))
    shows(editor, "en anglais")  # the partners' proposal is in the draft, still in English
    editor.get_by_text("Modifier le texte du bulletin").first.click()
    editor.get_by_label("Titre (en français)").first.fill("L'IA générative arrive dans les PME")
    editor.get_by_label("Pourquoi c'est important").first.fill(
        "Des aides régionales existent : la Région finance un diagnostic."
    )
    go(editor.get_by_role("button", name="Enregistrer le texte").first)
    shows(editor, "Texte de l'article enregistré")
    go(editor.get_by_role("link", name="Aperçu du courriel"))
    preview = editor.inner_text("body")
    assert "L'IA générative arrive dans les PME" in preview
    assert "la Région finance un diagnostic" in preview
    assert "Proposé par CCI Normandie, Pôle TES" in preview
    stores(app).subscribers.add(
        "dirigeante@pme.example", ["ai"], SubscriberStatus.ACTIVE, "test", app.now(), app.now()
    )
    number = app.bulletin_current_draft()
    app.bulletin_publish(number)
    (mail,) = [m for m in sink.received if "dirigeante@pme.example" in m.recipients]
    body = mail.message().get_body(("plain",)).get_content()
    flat = " ".join(body.split())  # the text part is wrapped at 76 characters
    assert "L'IA générative arrive dans les PME" in flat and "(en anglais)" not in flat
    assert "Pourquoi c'est important : Des aides régionales existent : la Région" in flat
    assert "Proposé par CCI Normandie, Pôle TES" in body


def _tab_counts(page) -> dict[str, int]:
    texts = page.locator("nav.tabs a").all_inner_texts()
    return {t.rsplit(" ", 1)[0].strip(): int(t.rsplit(" ", 1)[1]) for t in texts}


def test_the_inbox_opens_on_what_to_handle_with_quick_actions(site, browser):
    app, base = site
    ids = app.ids
    camille = browser.new_page()
    login(camille, base, "camille@cci.example")
    counts = _tab_counts(camille)
    assert list(counts) == ["À traiter", "Proposés", "Retenus", "Publiés", "Écartés", "Tous"]
    assert camille.locator("nav.tabs a[aria-current=page]").inner_text().startswith("À traiter")
    first = counts["À traiter"]
    assert first == len(camille.locator("ol.items > li").all()) > 0
    assert camille.locator("ol.items .excerpt").first.is_visible(), "a one-line excerpt"
    # propose from the list: back on the same tab, one fewer to handle, one more proposed
    title = stores(app).curation.item(ids["a2"]).row.title
    row = camille.locator("ol.items > li", has=camille.get_by_role("link", name=title))
    go(row.get_by_role("button", name="Proposer"))
    shows(camille, "Article proposé")
    assert camille.url.endswith("vue=a-traiter")
    after = _tab_counts(camille)
    assert (after["À traiter"], after["Proposés"]) == (first - 1, counts["Proposés"] + 1)
    assert stores(app).curation.item(ids["a2"]).row.curation is Curation.PROPOSED
    # set another aside with one of the offered reasons
    title = stores(app).curation.item(ids["b1"]).row.title
    row = camille.locator("ol.items > li", has=camille.get_by_role("link", name=title))
    row.get_by_text("Écarter…").click()
    row.get_by_label("Raison").select_option("pas pour les PME")
    go(row.get_by_role("button", name="Écarter"))
    shows(camille, "Article écarté")
    events = stores(app).curation.item(ids["b1"]).events
    assert [(e.kind, e.detail) for e in events] == [("reject", "pas pour les PME")]
    # another partner supports from the « Proposés » tab and sees who proposed
    noe = browser.new_page()
    login(noe, base, "noe@pole.example")
    go(noe.get_by_role("link", name=re.compile(r"^Proposés")))
    row = noe.locator(
        "ol.items > li",
        has=noe.get_by_role("link", name=stores(app).curation.item(ids["a2"]).row.title),
    )
    assert "proposé par CCI Normandie" in row.inner_text()
    go(row.get_by_role("button", name="Soutenir (+1)"))
    shows(noe, "Soutien enregistré")
    assert not row.get_by_role("button", name="Soutenir (+1)").count(), "once is enough"


def test_the_inbox_fits_a_phone_with_its_filters_folded(site, browser):
    _, base = site
    phone = browser.new_page(viewport={"width": 390, "height": 844})
    login(phone, base, "camille@cci.example")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"no horizontal scroll on a phone ({width} px)"
    assert phone.get_by_label("Recherche").is_visible()
    assert not phone.get_by_label("Source").is_visible(), "folded under « Filtres »"
    phone.get_by_text("Filtres", exact=True).click()
    assert phone.get_by_label("Source").is_visible()
    box = phone.get_by_label("Source").bounding_box()
    assert box["x"] + box["width"] <= 390
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.get_by_label("Thème").select_option("ai")
    go(phone.get_by_role("button", name="Filtrer"))
    assert phone.get_by_label("Source").is_visible(), "stays open while a filter is on"
    assert phone.locator("ol.items .title").all_inner_texts() == [
        "L'IA générative entre dans les PME"
    ]


@pytest.mark.parametrize("width", [390, 1280])
def test_the_dashboard_draws_its_charts_on_a_phone_and_a_desktop(site, browser, width):
    app, base = site
    ids = app.ids
    cci = stores(app).users.credentials("camille@cci.example")[0]
    pole = stores(app).users.credentials("noe@pole.example")[0]
    stores(app).curation.act(cci, ids["a1"], "propose", datetime.now(UTC), "À lire")
    stores(app).curation.act(pole, ids["a1"], "support", datetime.now(UTC), "")
    stores(app).curation.act(pole, ids["c1"], "propose", datetime.now(UTC), "")
    page = browser.new_page(viewport={"width": width, "height": 900})
    login(page, base, "camille@cci.example")
    go(page.get_by_role("link", name="Tableau de bord"))
    assert page.get_by_role("heading", name="Tableau de bord").is_visible()
    waiting = page.locator(
        "section", has=page.get_by_role("heading", name="Propositions en attente")
    )
    assert waiting.locator(".figure").inner_text() == "2"
    charts = page.locator("svg.chart[role=img]")
    assert charts.count() == 2, "items per theme and proposals per partner"
    per_partner = charts.nth(1).get_attribute("aria-label")
    assert per_partner.startswith("Propositions et soutiens par partenaire")
    assert {"CCI Normandie", "Pôle TES"} <= set(charts.nth(1).locator("text").all_text_contents())
    since = datetime.combine(app.dashboard(cci).themes.weeks[0], datetime.min.time(), UTC)
    tagged = sum(len(t) for _, t in stores(app).curation.activity(since))
    assert tagged > 0, "the seeded items fall in the charted weeks"
    page.get_by_text("Voir les chiffres").click()
    cells = page.locator("details.figures tbody td").all_inner_texts()
    assert sum(int(c) for c in cells) == tagged, "the figures behind the chart"
    assert charts.nth(0).locator("rect").count() > 0
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "no horizontal scroll"
    box = charts.nth(0).bounding_box()
    assert box["width"] <= width and box["height"] > 100


NOW = datetime.now(UTC)
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.mark.parametrize("width", [390, 1280])
def test_the_pages_have_no_wcag_a_or_aa_violation(site, browser, sink, width):
    """axe-core's WCAG 2.1 A and AA rules on every page a partner, an editor or a reader
    opens, on a phone and a desktop."""
    from axe_playwright_python.sync_playwright import Axe

    app, base = site
    ids = app.ids
    app.bulletin_new(*date_range())
    cci = stores(app).users.credentials("camille@cci.example")[0]
    stores(app).curation.act(cci, ids["aold"], "propose", datetime.now(UTC), "Note")
    axe = Axe()
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
    page = context.new_page()
    reader = stores(app).subscribers.add(
        "lecteur@pme.example", ("cyber",), SubscriberStatus.ACTIVE, "test", NOW, NOW
    )
    pages = ["/abonnement", "/connexion"] + [
        "/" + app.subscribers_link(purpose, reader).split("/", 3)[3]
        for purpose in ("preferences", "unsubscribe", "flash")
    ]
    found: dict[str, str] = {}
    for path in pages:
        page.goto(base + path)
        result = axe.run(page, options=WCAG)
        if result.violations_count:
            found[path] = result.generate_report()
    login(page, base, "redaction@cci.example")
    for path in (
        "/veille",
        "/veille?vue=tous",
        f"/veille/article/{ids['a1']}",
        "/tableau-de-bord",
        "/tendances",
        "/agenda",
        "/lectorat",
        "/redaction",
        "/sources",
        "/compte",
        "/nulle-part",
    ):
        page.goto(base + path)
        result = axe.run(page, options=WCAG)
        if result.violations_count:
            found[path] = result.generate_report()
    context.close()
    assert not found, "\n".join(f"{p}:\n{r}" for p, r in found.items())


def test_the_inbox_filters_sit_in_a_row_on_a_desktop(site, browser):
    _, base = site
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    login(page, base, "camille@cci.example")
    theme, partner = (page.get_by_label(n).bounding_box() for n in ("Thème", "Partenaire"))
    assert abs(theme["y"] - partner["y"]) < 5 and partner["x"] > theme["x"] + theme["width"]
    assert not page.get_by_text("Filtres", exact=True).is_visible(), "nothing to unfold"
