"""Who may open or post what: the permission matrix of the web app, over HTTP, for an
anonymous visitor, a partner, an editor and an administrator."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from veille.collect.rules import select_sources
from veille.curation.records import InboxFilter
from veille.curation.rules import Role
from veille.testing.loopback import Route
from veille.testing.stores import stores

PASSWORD = "mot-de-passe-de-test"
ACCOUNTS = {
    "partner": ("p@cci.example", Role.PARTNER, "cci"),
    "editor": ("e@cci.example", Role.EDITOR, "cci"),
    "admin": ("a@veille.example", Role.ADMIN, None),
}


@pytest.fixture
def site(web_site):
    app, base = web_site
    for email, role, partner in ACCOUNTS.values():
        app.users_add(email, email.split("@")[0], role, partner, PASSWORD)
    number = app.bulletin_new(*_period()).number
    return app, base, number


def _period():
    from .test_publish import END, START

    return START, END


def client(base: str, who: str | None) -> httpx.Client:
    c = httpx.Client(base_url=base, timeout=20, follow_redirects=False)
    if who is not None:
        page = c.get("/connexion").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        answer = c.post(
            "/connexion",
            data={"email": ACCOUNTS[who][0], "password": PASSWORD, "csrf_token": token},
        )
        assert answer.status_code == 302, answer.text
    return c


def csrf(c: httpx.Client) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', c.get("/compte").text).group(1)


# (method, path, expected status for anonymous, partner, editor, admin): 302 for an
# anonymous GET is the way to the login page; an anonymous POST has no CSRF session (400)
MATRIX = [
    ("GET", "/veille", (302, 200, 200, 200)),
    ("GET", "/veille/article/{a1}", (302, 200, 200, 200)),
    ("GET", "/compte", (302, 200, 200, 200)),
    ("GET", "/redaction", (302, 403, 200, 200)),
    ("GET", "/redaction/{n}/apercu", (302, 403, 200, 200)),
    ("POST", "/redaction/{n}/introduction", (400, 403, 302, 302)),
    ("POST", "/redaction/ouvrir", (400, 403, 302, 302)),
    ("POST", "/veille/article/{a2}/comment", (400, 302, 302, 302)),
    ("POST", "/veille/article/{a3}/reopen", (400, 403, 302, 302)),
    ("GET", "/abonnement", (200, 200, 200, 200)),
    ("POST", "/redaction/{n}/annuler", (400, 403, 302, 302)),  # last: it ends the draft
]


@pytest.mark.parametrize("who_index,who", list(enumerate([None, "partner", "editor", "admin"])))
def test_permission_matrix(site, who_index, who):
    app, base, number = site
    c = client(base, who)
    token = csrf(c) if who else ""
    for method, path, expected in MATRIX:
        url = path.format(n=number, **{k: v for k, v in app.ids.items()})
        if method == "GET":
            answer = c.get(url)
        else:
            answer = c.post(
                url, data={"csrf_token": token, "detail": "un commentaire", "intro": "Bonjour"}
            )
        assert answer.status_code == expected[who_index], (who, method, url, answer.text[:300])
        if answer.status_code == 302 and who is None:
            assert "/connexion?next=" in answer.headers["location"]


def test_a_post_without_its_csrf_token_is_refused(site):
    app, base, number = site
    c = client(base, "editor")
    answer = c.post(f"/redaction/{number}/introduction", data={"intro": "Piraté"})
    assert answer.status_code == 400
    content = app.bulletin(number).content
    assert content.intro != "Piraté"


def test_a_partner_cannot_reject_another_partners_proposal(site):
    app, base, _ = site
    pole = app.users_add("q@pole.example", "q", Role.PARTNER, "pole", PASSWORD)
    assert app.users_get(pole).partner_id == "pole"
    ACCOUNTS["pole"] = ("q@pole.example", Role.PARTNER, "pole")
    try:
        cci = client(base, "partner")
        cci.post(
            f"/veille/article/{app.ids['c2']}/propose",  # not in the draft
            data={"csrf_token": csrf(cci), "detail": "À lire"},
        )
        other = client(base, "pole")
        refused = other.post(
            f"/veille/article/{app.ids['c2']}/reject",
            data={"csrf_token": csrf(other), "detail": "non"},
        )
        assert refused.status_code == 403 and "Accès refusé" in refused.text
        view = stores(app).curation.item(app.ids["c2"])
        assert view.row.curation.value == "proposed"
        assert [p.partner_id for p in view.proposals] == ["cci"]
    finally:
        del ACCOUNTS["pole"]


def test_login_redirects_only_inside_the_site(site):
    _, base, _ = site
    c = httpx.Client(base_url=base, timeout=20)
    page = c.get("/connexion?next=https://evil.example/").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    answer = c.post(
        "/connexion?next=https://evil.example/",
        data={"email": ACCOUNTS["partner"][0], "password": PASSWORD, "csrf_token": token},
    )
    assert answer.status_code == 302 and answer.headers["location"] == "/veille"


@pytest.mark.parametrize(
    "back, expected",
    [
        ("/veille?vue=proposes", "/veille?vue=proposes"),
        ("https://evil.example/", "/veille/article/{id}"),
        ("//evil.example/x", "/veille/article/{id}"),
        ("/\\evil.example", "/veille/article/{id}"),
        ("/veille\r\nSet-Cookie: x=1", "/veille/article/{id}"),
    ],
)
def test_quick_actions_return_only_inside_the_site(site, back, expected):
    app, base, _ = site
    c = client(base, "partner")
    item_id = app.ids["a2"]
    answer = c.post(
        f"/veille/article/{item_id}/comment",
        data={"detail": "vu", "retour": back, "csrf_token": csrf(c)},
    )
    assert answer.status_code == 302
    assert answer.headers["location"] == expected.format(id=item_id)


DATA = Path(__file__).parent / "data"
SITE_PAGE = b"""<!doctype html><html><head><title>Site</title>
<link rel="alternate" type="application/rss+xml" title="Actualit&eacute;s" href="/flux.xml">
<link rel="alternate" type="application/atom+xml" title="Alertes" href="atom.xml">
<link rel="stylesheet" href="/style.css"></head><body>Bienvenue</body></html>"""
BARE_PAGE = b"<!doctype html><html><head><title>Blog</title></head><body>Blog</body></html>"


def _add(c: httpx.Client, url: str, **extra: object) -> httpx.Response:
    data = {"csrf_token": csrf(c), "url": url, "themes": ["cyber"], "interval": "6h", **extra}
    return c.post("/sources", data=data, follow_redirects=True)


def test_sources_page_add_refuse_internal_and_pause_only_ones_own(site, server):
    app, base, _ = site
    partner = client(base, "partner")
    assert "Source a" in partner.get("/sources").text
    app.settings = app.settings.with_overrides(allow_internal=False)
    refused = _add(partner, "http://127.0.0.1:8080/rss", name="Intranet")
    assert "adresse interne refusée" in refused.text
    assert "127.0.0.1:8080" not in Path(app.settings.sources_file).read_text()
    # from here the « outside » sites are served on loopback
    app.settings = app.settings.with_overrides(allow_internal=True)
    rss = (DATA / "rss2.xml").read_bytes()
    server.routes["/flux.xml"] = Route(body=rss, content_type="application/rss+xml")
    server.routes["/site/atom.xml"] = Route(
        body=(DATA / "atom.xml").read_bytes(), content_type="application/atom+xml"
    )
    server.routes["/site/"] = Route(body=SITE_PAGE, content_type="text/html; charset=utf-8")
    added = _add(
        partner,
        server.url("/flux.xml"),
        name="Veille « Cyber » PME",
        themes=["cyber", "ai"],
        interval="1d",
        language="fr",
    )
    assert "Source ajoutée et visitée : 5 article(s) enregistré(s)" in added.text, added.text
    source = next(s for s in app.sources().sources if s.url == server.url("/flux.xml"))
    assert source.partner == "cci" and source.themes == ("cyber", "ai")
    assert source.name == "Veille « Cyber » PME" and source.interval == 86400
    assert len(stores(app).curation.inbox(InboxFilter(source=source.id))) == 5, "stored at once"
    # a home page announcing two feeds: the person picks one
    choice = _add(partner, server.url("/site/"), announces="event")
    assert "Plusieurs flux trouvés" in choice.text
    assert 'name="announces" value="event"' in choice.text  # kept while the person picks
    offered = re.findall(r'type="radio" name="url" value="([^"]+)"', choice.text)
    assert offered == [server.url("/flux.xml"), server.url("/site/atom.xml")]
    assert (
        "Actualités" in choice.text and "Alertes" in choice.text and "2 article(s)" in choice.text
    )
    token = re.search(r'name="csrf_token" value="([^"]+)"', choice.text).group(1)
    picked = partner.post(
        "/sources",
        data={
            "csrf_token": token,
            "url": offered[1],
            "themes": ["cyber"],
            "interval": "6h",
            "announces": "event",
        },
        follow_redirects=True,
    )
    assert "Source ajoutée et visitée : 2 article(s)" in picked.text
    events = next(s for s in app.sources().sources if s.url == offered[1])
    assert events.announces == "event" and source.announces is None  # an events feed
    assert "chaque article est un événement" in partner.get("/sources").text
    refused = _add(partner, server.url("/flux.xml") + "?autre", announces="tout")
    assert "ce que publie la source : « tout » ?" in refused.text
    # no feed announced: the usual paths are tried (/feed here)
    server.routes["/blog/"] = Route(body=BARE_PAGE, content_type="text/html")
    server.routes["/feed"] = Route(body=rss.replace(b"guid-", b"autre-"), content_type="text/xml")
    admin = client(base, "admin")
    found = _add(admin, server.url("/blog/"), name="Pôle", themes=["ai"], partner="pole")
    assert "Source ajoutée et visitée" in found.text
    assert any(s.url == server.url("/feed") and s.partner == "pole" for s in app.sources().sources)
    # nothing anywhere: said plainly, nothing added
    del server.routes["/feed"]
    before = Path(app.settings.sources_file).read_text()
    nothing = _add(partner, server.url("/blog/"))
    assert "Aucun flux RSS, Atom ou JSON Feed" in nothing.text
    assert Path(app.settings.sources_file).read_text() == before
    pole_source = next(s for s in app.sources().sources if s.partner == "pole")
    token = csrf(partner)
    assert (
        partner.post(f"/sources/{pole_source.id}/pause", data={"csrf_token": token}).status_code
        == 403
    )
    assert partner.post("/sources/a/pause", data={"csrf_token": token}).status_code == 302
    assert (
        stores(app).store.source_states(["a"])["a"].disabled_reason.startswith("mis en pause par p")
    )
    chosen = select_sources(
        app.sources().sources, stores(app).store.source_states(), datetime.now(UTC), None, False
    )
    assert "a" not in {s.id for s in chosen} and "b" in {s.id for s in chosen}, (
        "collection skips a paused source"
    )
    partner.post("/sources/a/reprise", data={"csrf_token": token})
    assert stores(app).store.source_states(["a"])["a"].disabled_reason is None


def test_error_pages_are_french_and_fit_a_phone(site):
    _, base, _ = site
    partner = client(base, "partner")
    for path, status, title in (
        ("/nulle-part", 404, "Page introuvable"),
        ("/veille/article/999999", 404, "Page introuvable"),
        ("/redaction", 403, "Accès refusé"),
    ):
        answer = partner.get(path)
        assert answer.status_code == status, path
        assert title in answer.text and 'lang="fr"' in answer.text
        assert 'name="viewport"' in answer.text, "readable on a phone"
    editor = client(base, "editor")
    missing = editor.post(
        "/redaction/999/retenir/1", data={"csrf_token": csrf(editor), "theme": "cyber"}
    )
    assert missing.status_code == 404 and "Page introuvable" in missing.text
    wrong = partner.get("/deconnexion")  # a POST-only address
    assert wrong.status_code == 405 and "Méthode non autorisée" in wrong.text
    assert "POST" in wrong.headers["allow"], "a 405 still says which methods work"
    assert "prefers-color-scheme: dark" in wrong.text, "readable in dark mode"


def test_an_unexpected_error_is_a_french_500_without_details(make_app, tmp_path):
    from veille.web import create_web_app

    from .bulletin_data import SOURCES

    app = make_app(*SOURCES, secret_key="test-secret-" + "k" * 24)
    web = create_web_app(app)

    @web.get("/panne")
    def broken():
        raise RuntimeError("secret internal detail")

    answer = web.test_client().get("/panne")
    assert answer.status_code == 500
    body = answer.get_data(as_text=True)
    assert "Erreur interne" in body and "secret internal detail" not in body


def test_reading_pages_write_nothing(site):
    """GET /sources, /healthz and the inbox only read: no INSERT, UPDATE or DELETE reaches
    the database (the web app runs in this process, over this engine)."""
    from .conftest import write_probe

    app, base, _ = site
    partner = client(base, "partner")
    partner.get("/sources")
    with write_probe(app) as writes:
        for page in ("/sources", "/healthz", "/veille", f"/veille/article/{app.ids['a1']}"):
            assert partner.get(page).status_code == 200, page
        assert writes == []
        partner.post("/sources/a/pause", data={"csrf_token": csrf(partner)})
        assert writes, "the probe sees a write"


def test_the_board_cancels_the_open_draft_and_lets_its_items_go(site):
    app, base, number = site
    editor = client(base, "editor")
    in_draft = [e.item_id for s in app.bulletin(number).content.sections for e in s.entries]
    assert in_draft
    answer = editor.post(f"/redaction/{number}/annuler", data={"csrf_token": csrf(editor)})
    assert answer.status_code == 302
    assert app.bulletin(number).record.state.value == "cancelled"
    states = {stores(app).curation.item(i).row.curation.value for i in in_draft}
    assert states <= {"new", "proposed"}, "its items are available again"
    assert app.bulletin_current_draft() is None


def test_an_item_page_shows_its_issue_and_the_editors_commands(site):
    app, base, number = site
    item = next(e for s in app.bulletin(number).content.sections for e in s.entries)
    app.bulletin_note(number, item.item_id, "À lire avant lundi.")  # what the CLI does
    partner = client(base, "partner")
    page = partner.get(f"/veille/article/{item.item_id}").text
    assert "Dans le bulletin" in page and f"N° {number} (brouillon)" in page
    assert "« À lire avant lundi. »" in page
    assert f"La rédaction (ligne de commande) a écrit la note du N° {number}" in page


def test_an_item_page_speaks_plainly_after_a_theme_correction(site):
    app, base, _ = site
    partner = client(base, "partner")
    item_id = app.ids["c2"]
    answer = partner.post(
        f"/veille/article/{item_id}/themes",
        data={"themes": ["blockchain", "ai"], "csrf_token": csrf(partner)},
    )
    assert answer.status_code == 302
    page = partner.get(f"/veille/article/{item_id}").text
    themes = page.split("<h2>Thèmes</h2>", 1)[1].split("<details", 1)[0]
    assert sorted(re.findall(r'<span class="tag">([^<]+)</span>', themes)) == [
        "Blockchain",
        "Intelligence artificielle",
    ], "the retained themes only, by their labels"
    assert "thèmes corrigés par p (CCI Normandie)" in themes
    assert "%" not in themes, "scores stay behind « Pourquoi ce thème ? »"
    assert "Pourquoi ce thème ?" in page
    history = page.split('<ul class="history">', 1)[1]
    said = re.search(r"— p \(CCI Normandie\) a corrigé les thèmes : ([^<]+)</li>", history)
    assert said and sorted(said.group(1).split(", ")) == ["Blockchain", "Intelligence artificielle"]


def test_the_board_flags_a_proposal_from_outside_the_period(site):
    app, base, _ = site
    partner = client(base, "partner")
    answer = partner.post(
        f"/veille/article/{app.ids['aold']}/propose",
        data={"detail": "Toujours d'actualité.", "csrf_token": csrf(partner)},
    )
    assert answer.status_code == 302
    board = client(base, "editor").get("/redaction").text
    row = board.split("Ancienne alerte", 1)[1].split("</tr>", 1)[0]
    assert "avant la période" in row, "an item older than the issue's period is flagged"
    fresh = board.split("Faille critique dans des pare-feu VPN", 1)[1].split("</li>", 1)[0]
    assert "période" not in fresh


def test_a_wrong_merge_is_easy_to_see_and_undo_on_the_item_page(site):
    app, base, _ = site
    a1, b2 = app.ids["a1"], app.ids["b2"]  # one story told by two outlets (seeded)
    board = client(base, "editor").get("/redaction").text
    assert "voir l'histoire" in board, "the board shows « aussi chez » and the way to the story"
    partner = client(base, "partner")
    page = partner.get(f"/veille/article/{a1}").text
    assert "Même histoire, aussi chez" in page and "Pas la même histoire" in page
    answer = partner.post(f"/veille/article/{a1}/separer/{b2}", data={"csrf_token": csrf(partner)})
    assert answer.status_code == 302
    assert b2 not in {m.item_id for m in app.dedup_story(a1)}
    page = partner.get(f"/veille/article/{a1}").text
    assert "Même histoire, aussi chez" not in page
    assert "a séparé cet article de « Une PME de l&#39;Orne paralysée par un rançongiciel »" in page
    app.dedup_run(everything=True)
    assert b2 not in {m.item_id for m in app.dedup_story(a1)}, "a later run keeps them apart"
    refused = partner.post(
        f"/veille/article/{a1}/separer/{app.ids['c1']}", data={"csrf_token": csrf(partner)}
    )
    assert refused.status_code == 302
    assert "pas dans la même histoire" in partner.get(f"/veille/article/{a1}").text


def test_vulnerability_ids_are_read_stored_searchable_and_shown(site):
    from veille.types import Item, SourceState

    app, base, _ = site
    now = datetime.now(UTC)

    def item(key: str, title: str, summary: str) -> Item:
        return Item(
            source_id="a",
            key=key,
            url=f"https://a.example/{key}",
            canonical_url=f"https://a.example/{key}",
            title=title,
            summary_html=summary,
            summary_text=summary,
            content_text="",
            author=None,
            published_at=now,
            date_from_source=True,
            language="fr",
            content_hash=summary,
        )

    tomcat = item(
        "t", "Faille critique dans Apache Tomcat", "Corrigée : CVE-2026-1111, CVE-2026-2222."
    )
    stores(app).store.record(SourceState("a", "https://a.example/f"), [tomcat], now)
    assert app.vulnerabilities_run() == 1, "one item cites vulnerabilities"
    found = app.items_search(InboxFilter(cve="cve-2026-2222"))
    assert [r.title for r in found] == ["Faille critique dans Apache Tomcat"]
    assert found[0].cves == ("CVE-2026-1111", "CVE-2026-2222")
    assert app.items_search(InboxFilter(cve="CVE-2026-9999")) == []
    partner = client(base, "partner")
    inbox = partner.get("/veille?vue=tous").text
    assert ">CVE-2026-1111</a>" in inbox, "a badge in the inbox"
    only = partner.get("/veille", params={"vue": "tous", "cve": "CVE-2026-1111"}).text
    assert only.count('class="title"') == 1
    page = partner.get(f"/veille/article/{found[0].id}").text
    assert "Vulnérabilités citées" in page
    assert 'href="https://www.cve.org/CVERecord?id=CVE-2026-2222"' in page
    # the outlet corrects its text: the ids are read again at the next analysis
    fixed = item("t", "Faille critique dans Apache Tomcat", "Corrigée : CVE-2026-3333.")
    stores(app).store.record(SourceState("a", "https://a.example/f"), [fixed], now)
    app.vulnerabilities_run()
    assert app.items_search(InboxFilter(cve="CVE-2026-3333"))[0].cves == ("CVE-2026-3333",)
