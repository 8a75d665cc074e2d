"""The public pages behind the links in mails, served for real on loopback and reached
with an HTTP client: subscribe (CSRF), confirm, one-click unsubscribe, preferences, archive."""

from __future__ import annotations

import re
from datetime import timedelta

import httpx
import pytest

from veille.bulletin.rules import SubscriberStatus
from veille.testing.stores import stores

from .bulletin_data import NOW


@pytest.fixture
def site(web_site):
    app, base = web_site
    with httpx.Client(base_url=base, timeout=10) as client:
        yield app, client


def csrf(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def link(app, purpose, subscriber_id):
    """The path of a reader's link, as mailed."""
    return "/" + app.subscribers_link(purpose, subscriber_id).split("/", 3)[3]


def active(app, email="lecteur@pme.example", themes=("cyber",)):
    return stores(app).subscribers.add(email, themes, SubscriberStatus.ACTIVE, "test", NOW, NOW)


def test_subscribe_form_needs_its_csrf_token_then_sends_the_confirmation(site, sink):
    app, client = site
    form = client.get("/abonnement")
    assert form.status_code == 200 and 'type="email"' in form.text
    assert form.headers["content-security-policy"].startswith("default-src 'none'")
    refused = client.post("/abonnement", data={"email": "a@pme.example", "themes": ["ai"]})
    assert refused.status_code == 400 and "rechargez" in refused.text and not sink.received
    bad = client.post(
        "/abonnement",
        data={"email": "pas une adresse", "themes": ["ai"], "csrf_token": csrf(form.text)},
    )
    assert bad.status_code == 400 and "invalide" in bad.text
    assert 'value="pas une adresse"' in bad.text, "what was typed is kept"
    done = client.post(
        "/abonnement",
        data={"email": "A@PME.example", "themes": ["ai"], "csrf_token": csrf(form.text)},
    )
    assert done.status_code == 200 and "Vérifiez votre boîte" in done.text
    (mail,) = sink.received
    body = mail.message().get_body(("plain",)).get_content()
    confirm = re.search(r"http://127\.0\.0\.1:\d+(/abonnement/confirmer\?t=\S+)", body).group(1)
    assert stores(app).subscribers.by_email("a@pme.example").status is SubscriberStatus.PENDING
    page = client.get(confirm)  # what a mail service's link scanner does: nothing changes
    assert page.status_code == 200 and "Confirmer mon abonnement" in page.text
    assert client.head(confirm).status_code == 200
    assert stores(app).subscribers.by_email("a@pme.example").status is SubscriberStatus.PENDING
    page = client.post(confirm, data={"csrf_token": csrf(page.text)})
    assert page.status_code == 200 and "Abonnement confirmé" in page.text
    assert "Intelligence artificielle" in page.text
    assert stores(app).subscribers.by_email("a@pme.example").status is SubscriberStatus.ACTIVE


def test_forged_and_expired_links_are_refused_clearly(site):
    app, client = site
    reader = stores(app).subscribers.add(
        "attente@pme.example", ["cyber"], SubscriberStatus.PENDING, "test", NOW
    )
    token = app.subscribers_link("confirm", reader).split("t=")[1]
    # the signature's first character changed: every bit of it counts (the last character's low
    # bits do not, so that replacing the last two with « xx » was, once in a few hundred tokens,
    # the same signature)
    at = token.rindex(".") + 1
    forged_token = token[:at] + ("A" if token[at] != "A" else "B") + token[at + 1 :]
    forged = client.get(f"/abonnement/confirmer?t={forged_token}")
    assert forged.status_code == 400 and "pas valide" in forged.text
    old = app.subscribers_link("confirm", reader, NOW - timedelta(days=30)).split("t=")[1]
    expired = client.get(f"/abonnement/confirmer?t={old}")
    assert expired.status_code == 400 and "expiré" in expired.text
    wrong_purpose = client.post(f"/desabonnement?t={token}", data={"List-Unsubscribe": "One-Click"})
    assert wrong_purpose.status_code == 400
    assert stores(app).subscribers.get(reader).status is SubscriberStatus.PENDING


def test_opening_the_unsubscribe_link_asks_and_one_click_post_unsubscribes(site):
    app, client = site
    reader = active(app)
    url = link(app, "unsubscribe", reader)
    page = client.get(url)  # what a link scanner does: nothing changes
    assert page.status_code == 200 and "Me désabonner" in page.text
    assert stores(app).subscribers.get(reader).status is SubscriberStatus.ACTIVE
    # RFC 8058: the mail client POSTs this body to the List-Unsubscribe URL, no cookie
    done = httpx.post(str(client.base_url) + url, data={"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and "ne recevra plus" in done.text
    after = stores(app).subscribers.get(reader)
    assert after.status is SubscriberStatus.UNSUBSCRIBED
    assert after.status_reason == "lien en un clic (RFC 8058)"
    assert client.post(url).status_code == 200, "unsubscribing twice is harmless"


def test_preferences_change_the_themes(site):
    app, client = site
    reader = active(app, themes=("cyber",))
    url = link(app, "preferences", reader)
    page = client.get(url)
    assert re.search(r'value="cyber" checked', page.text)
    assert not re.search(r'value="ai" checked', page.text)
    saved = client.post(url, data={"themes": ["ai", "blockchain"], "csrf_token": csrf(page.text)})
    assert saved.status_code == 200 and "enregistrés" in saved.text
    assert stores(app).subscribers.get(reader).themes == ("ai", "blockchain")
    none = client.post(url, data={"csrf_token": csrf(page.text)})
    assert none.status_code == 400 and "au moins un thème" in none.text
    assert stores(app).subscribers.get(reader).themes == ("ai", "blockchain")


def test_an_erased_reader_s_link_says_so(site):
    app, client = site
    reader = active(app)
    url = link(app, "preferences", reader)
    app.subscribers_erase("lecteur@pme.example")
    page = client.get(url)
    assert page.status_code == 400 and "effacé" in page.text


def test_the_archive_is_served(site):
    app, client = site
    assert client.get("/archives/").status_code == 404, "nothing published yet"
    from datetime import date

    number = app.bulletin_new(date(2000, 1, 1), NOW.date()).number
    app.bulletin_publish(number)
    index = client.get("/archives/")
    assert index.status_code == 200 and "numero-1.html" in index.text
    page = client.get("/archives/numero-1.html")
    assert page.status_code == 200 and "Rançongiciel" in page.text
    assert client.get("/archives/feed.atom").status_code == 200
    assert client.get("/archives/../sources.yaml").status_code == 404


def test_the_subscription_form_cannot_be_used_to_flood_an_inbox(site, sink):
    _, client = site
    token = csrf(client.get("/abonnement").text)
    codes = [
        client.post(
            "/abonnement",
            data={"email": f"v{i}@pme.example", "themes": ["ai"], "csrf_token": token},
        ).status_code
        for i in range(12)
    ]
    assert codes == [200] * 10 + [429, 429]
    assert len(sink.received) == 10


def test_the_subscription_form_says_what_it_is_and_gives_its_privacy_notice(site):
    app, client = site
    page = client.get("/abonnement").text
    assert "toutes les deux semaines" in page, "what the bulletin is and how often it comes"
    notice = page.split("Vos données personnelles", 1)[1]
    for owed in (
        "Responsable du traitement : Réseau normand",  # who
        "Finalité : vous envoyer le bulletin",  # why
        "Base légale : votre consentement",
        "Durée : tant que vous êtes abonné(e)",  # how long
        "Vos droits : accès, rectification, effacement",  # rights
        "CNIL",
    ):
        assert owed in notice, owed
    contact = app.settings.mail_reply_to or app.settings.mail_from
    assert f"Pour toute demande : {contact}".replace("<", "&lt;").replace(">", "&gt;") in notice
    assert "Voir le dernier numéro paru" not in page, "nothing published yet"
    number = app.bulletin_new(*app.bulletin_next_period()).number
    app.bulletin_publish(number)
    page = client.get("/abonnement").text
    assert f'href="{app.settings.public_url}/archives/numero-{number}.html"' in page
    assert client.get(f"/archives/numero-{number}.html").status_code == 200


def test_an_administrator_writes_the_privacy_notice(make_app, tmp_path):
    from veille.web import create_web_app

    from .bulletin_data import SOURCES

    app = make_app(
        *SOURCES,
        privacy_notice="Responsable : Région Normandie.\n\nContact : dpo@normandie.example",
        public_url="https://veille.example",
    )
    page = create_web_app(app).test_client().get("/abonnement").get_data(as_text=True)
    assert "<p>Responsable : Région Normandie.</p>" in page
    assert "<p>Contact : dpo@normandie.example</p>" in page
    assert "Finalité" not in page, "the administrator's text replaces the default"


def test_preferences_pick_products_with_a_search_and_keep_the_others(site):
    app, client = site
    reader = active(app, themes=("cyber",))
    app.subscribers_set_products(reader, ["wordpress"])
    url = link(app, "preferences", reader)
    page = client.get(url + "&q=forti")
    assert "FortiGate (pare-feu Fortinet)" in page.text and "Zimbra" not in page.text
    assert 'type="hidden" name="products" value="wordpress"' in page.text, "kept while hidden"
    saved = client.post(
        url + "&q=forti",
        data={
            "themes": ["cyber"],
            "products": ["fortigate", "wordpress"],
            "flash": "1",
            "csrf_token": csrf(page.text),
        },
    )
    assert saved.status_code == 200 and "enregistrés" in saved.text
    after = stores(app).subscribers.get(reader)
    assert after.products == ("fortigate", "wordpress") and after.flash
    forged = client.post(
        url, data={"themes": ["cyber"], "products": ["minitel"], "csrf_token": csrf(page.text)}
    )
    assert forged.status_code == 400 and "inconnu" in forged.text
    assert stores(app).subscribers.get(reader).products == ("fortigate", "wordpress")


def test_one_click_stops_flash_alerts_but_not_the_bulletin(site):
    app, client = site
    reader = active(app)
    app.subscribers_set_products(reader, ["fortigate"])
    url = link(app, "flash", reader)
    page = client.get(url)  # a link scanner: nothing changes
    assert page.status_code == 200 and "Arrêter les alertes" in page.text
    assert stores(app).subscribers.get(reader).flash
    done = httpx.post(str(client.base_url) + url, data={"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200 and "le bulletin continue" in done.text
    after = stores(app).subscribers.get(reader)
    assert not after.flash and after.status is SubscriberStatus.ACTIVE
    assert after.products == ("fortigate",)
    wrong = client.post(link(app, "unsubscribe", reader).replace("desabonnement", "alertes/arret"))
    assert wrong.status_code == 400, "an unsubscribe token does not stop flashes"


def test_leaving_readers_may_say_why_and_the_readership_page_counts_it(site):
    from veille.curation.rules import Role

    app, client = site
    reader = active(app)
    url = link(app, "unsubscribe", reader)
    page = client.get(url)
    assert "Pourquoi partez-vous ? (facultatif" in page.text and 'name="reason"' in page.text
    done = client.post(url, data={"reason": "trop"})
    assert done.status_code == 200
    after = stores(app).subscribers.get(reader)
    assert after.status_reason == "page de désabonnement : je reçois trop de courriels"
    other = active(app, email="autre@pme.example")
    client.post(link(app, "unsubscribe", other), data={"reason": "<script>"})  # not a reason
    assert stores(app).subscribers.get(other).status_reason == "page de désabonnement"
    editor = app.users_get(
        app.users_add("r@cci.example", "R", Role.EDITOR, "cci", "pommes-poires-42")
    )
    departures = dict(app.readership(editor).departures)
    assert departures["page de désabonnement : je reçois trop de courriels"] == 1
