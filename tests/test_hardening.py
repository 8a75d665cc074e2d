"""Regression tests for the holes an outside audit found (issue 13): each fails on the code
before the fix and passes after."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from veille.errors import AccessError, ConfigError
from veille.sources.opml import OpmlFeed

from .conftest import write_probe
from .test_web_access import ACCOUNTS, PASSWORD, client, csrf

INJECTION = (
    "fr\n  - id: evil\n    name: Evil\n    kind: feed\n    url: http://10.0.0.1/\n    partner: pole"
)


# -- 1. nothing reaches sources.yaml but validated values, written by a YAML emitter ----------
def test_a_hostile_language_cannot_add_an_entry_through_the_web_form(web_site):
    app, base = web_site
    app.users_add(*(ACCOUNTS["partner"][0], "p"), ACCOUNTS["partner"][1], "cci", PASSWORD)
    path = Path(app.settings.sources_file)
    before = path.read_bytes()
    partner = client(base, "partner")
    answer = partner.post(
        "/sources",
        data={
            "csrf_token": csrf(partner),
            "name": "Flux",
            "url": "https://93.184.215.14/flux.xml",
            "themes": ["cyber"],
            "interval": "6h",
            "language": INJECTION,
        },
        follow_redirects=True,
    )
    assert "Source refusée" in answer.text and "deux lettres" in answer.text
    assert path.read_bytes() == before, "sources.yaml unchanged"
    assert not any(s.id == "evil" for s in app.sources().sources)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("language", INJECTION, "deux lettres"),
        ("language", "fra", "deux lettres"),
        ("name", "Flux\n  - id: evil", "caractères de contrôle"),
        ("themes", ["cyber", "evil\n  - id: x"], "thème(s) inconnu(s)"),
        ("interval", "6h\n  - id: x", "durée"),
        ("url", "https://93.184.215.14/f\n  - id: x", "URL invalide"),
    ],
)
def test_every_value_is_checked_as_its_type_before_writing(make_app, field, value, message):
    from veille.app.records import NewSource
    from veille.curation.rules import Role, User

    from .bulletin_data import SOURCES

    app = make_app(*SOURCES)
    path = Path(app.settings.sources_file)
    before = path.read_bytes()
    form = {
        "name": "Flux",
        "url": "https://93.184.215.14/flux.xml",
        "themes": ["cyber"],
        "language": "fr",
        "interval": "6h",
    }
    form[field] = value
    user = User(1, "p@cci.example", "P", Role.PARTNER, "cci")
    with pytest.raises(ConfigError, match=re.escape(message)):
        app.sources_add(user, NewSource(**form))
    assert path.read_bytes() == before


def test_an_opml_title_cannot_add_an_entry_and_the_other_feeds_are_imported(make_app, tmp_path):
    from .bulletin_data import SOURCES

    app = make_app(*SOURCES)
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline type="rss" text="Bon flux" xmlUrl="https://93.184.215.14/bon.xml"/>'
        '<outline type="rss" text="Evil&#10;  - id: evil&#10;    url: http://10.0.0.1/" '
        'xmlUrl="https://93.184.215.14/evil.xml"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    result = app.sources_import_opml(opml, "cci")
    assert result.added == ["bon-flux"]
    assert any("caractères de contrôle" in n for n in result.notes)
    assert [s.id for s in app.sources().sources][-1] == "bon-flux"
    assert not any(s.id == "evil" for s in app.sources().sources)


def test_opml_import_refuses_internal_addresses_like_the_web_form(make_app, tmp_path):
    from .bulletin_data import SOURCES

    app = make_app(*SOURCES, allow_internal=False)
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body>'
        '<outline type="rss" text="Interne" xmlUrl="http://10.1.2.3/rss"/>'
        '<outline type="rss" text="Boucle" xmlUrl="http://127.0.0.1:8080/rss"/>'
        '<outline type="rss" text="Public" xmlUrl="https://93.184.215.14/rss"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    result = app.sources_import_opml(opml, "cci")
    assert result.added == ["public"]
    assert sum("adresse interne refusée" in n for n in result.notes) == 2


@pytest.mark.parametrize(
    ("ident", "name", "url"),
    [
        ("x\n  - id: evil", "X", None),
        ("ok", "X\n  - id: evil", None),
        ("ok", "X", "https://x.example/\n  - id: evil"),
    ],
)
def test_partners_add_validates_and_emits(make_app, ident, name, url):
    from .bulletin_data import SOURCES

    app = make_app(*SOURCES)
    path = Path(app.settings.sources_file)
    before = path.read_bytes()
    with pytest.raises(ConfigError):
        app.partners_add(ident, name, url)
    assert path.read_bytes() == before


def test_partners_add_quotes_what_yaml_would_read_otherwise(make_app):
    from .bulletin_data import SOURCES

    app = make_app(*SOURCES)
    app.partners_add("cma", "CMA: « Artisans » #1 - yes", "https://cma.example/")
    partner = next(p for p in app.sources().partners if p.id == "cma")
    assert partner.name == "CMA: « Artisans » #1 - yes" and partner.url == "https://cma.example/"


def test_the_writer_refuses_a_result_that_is_not_the_requested_change(make_app):
    from veille.sources import edit

    from .bulletin_data import SOURCES

    app = make_app(*SOURCES)
    config = app.sources()
    path = Path(app.settings.sources_file)
    feed = OpmlFeed("Flux", "https://93.184.215.14/f.xml", None, (), None)
    original = edit.emit

    def smuggling(entries):  # an emitter that would let a second entry in
        extra = [*entries, {**entries[0], "id": "evil", "url": "https://93.184.215.14/e.xml"}]
        return original(extra)

    edit.emit = smuggling
    try:
        with pytest.raises(ConfigError, match="ne correspond pas"):
            edit.append_feeds(path, config, [feed], "cci", "fr", "6h")
    finally:
        edit.emit = original
    assert not any(s.id == "evil" for s in app.sources().sources)


# -- 2. only POST changes state: GET and HEAD never do --------------------------------------
def test_head_and_get_on_reader_links_change_nothing(web_site):
    from veille.bulletin.rules import SubscriberStatus
    from veille.testing.stores import stores

    app, base = web_site
    now = app.now()
    pending = stores(app).subscribers.add(
        "attente@pme.example", ["cyber"], SubscriberStatus.PENDING, "test", now
    )
    active = stores(app).subscribers.add(
        "lecteur@pme.example", ["cyber"], SubscriberStatus.ACTIVE, "test", now, now
    )
    links = [
        app.subscribers_link("confirm", pending),
        app.subscribers_link("unsubscribe", active),
        app.subscribers_link("preferences", active),
    ]
    web = httpx.Client(base_url=base, timeout=20)
    with write_probe(app) as seen:
        for url in links:
            path = "/" + url.split("/", 3)[3]
            for method in ("HEAD", "GET"):
                answer = web.request(method, path, data={"List-Unsubscribe": "One-Click"})
                assert answer.status_code == 200, (method, path)
        # HEAD with a form body does not subscribe either (it once ran the POST branch)
        web.request("HEAD", "/abonnement", data={"email": "x@pme.example", "themes": "cyber"})
        assert seen == []
    assert stores(app).subscribers.get(pending).status is SubscriberStatus.PENDING
    assert stores(app).subscribers.get(active).status is SubscriberStatus.ACTIVE
    assert stores(app).subscribers.by_email("x@pme.example") is None
    one_click = web.post("/" + links[1].split("/", 3)[3], data={"List-Unsubscribe": "One-Click"})
    assert one_click.status_code == 200
    assert stores(app).subscribers.get(active).status is SubscriberStatus.UNSUBSCRIBED


# -- 3. a session ends on the server ---------------------------------------------------------
def _signed_in(base: str, email: str, password: str) -> httpx.Client:
    c = httpx.Client(base_url=base, timeout=20, follow_redirects=False)
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/connexion").text).group(1)
    answer = c.post("/connexion", data={"email": email, "password": password, "csrf_token": token})
    assert answer.status_code == 302
    return c


def _copy(client: httpx.Client, base: str) -> httpx.Client:
    clone = httpx.Client(base_url=base, timeout=20, follow_redirects=False)
    clone.cookies.update(client.cookies)
    return clone


def test_logout_ends_the_session_on_the_server(web_site):
    app, base = web_site
    app.users_add("p@cci.example", "P", ACCOUNTS["partner"][1], "cci", PASSWORD)
    c = _signed_in(base, "p@cci.example", PASSWORD)
    stolen = _copy(c, base)
    assert stolen.get("/veille").status_code == 200
    c.post("/deconnexion", data={"csrf_token": csrf(c)})
    assert stolen.get("/veille").status_code == 302, "an old cookie no longer opens pages"


def test_a_password_change_ends_the_other_sessions(web_site):
    app, base = web_site
    app.users_add("p@cci.example", "P", ACCOUNTS["partner"][1], "cci", PASSWORD)
    here = _signed_in(base, "p@cci.example", PASSWORD)
    elsewhere = _signed_in(base, "p@cci.example", PASSWORD)
    changed = here.post(
        "/compte",
        data={"csrf_token": csrf(here), "current": PASSWORD, "new": "une-phrase-de-passe-neuve"},
    )
    assert changed.status_code == 302
    assert here.get("/veille").status_code == 200, "the session that changed it goes on"
    assert elsewhere.get("/veille").status_code == 302
    app.users_reset_password("p@cci.example", "encore-une-autre-phrase")
    assert here.get("/veille").status_code == 302, "an administrator's reset ends them all"


def test_a_lockout_ends_the_open_sessions(web_site):
    app, base = web_site
    app.users_add("p@cci.example", "P", ACCOUNTS["partner"][1], "cci", PASSWORD)
    open_session = _signed_in(base, "p@cci.example", PASSWORD)
    for _ in range(5):
        with pytest.raises(AccessError, match="incorrect"):
            app.users_authenticate("p@cci.example", "pas-le-bon-mot-de-passe")
    assert open_session.get("/veille").status_code == 302


# -- 4. a link names one reader for ever ---------------------------------------------------------
def test_an_erased_readers_links_never_work_for_the_next_one(make_app, sink, tmp_path):
    from veille.bulletin.rules import SubscriberStatus
    from veille.errors import LinkError

    from .bulletin_data import SOURCES
    from .conftest import mail_settings

    app = make_app(*SOURCES, **mail_settings(sink, tmp_path))
    first = app.subscribers_add("a@pme.example", ["cyber"], "test", send=False).subscriber
    confirm = app.subscribers_link("confirm", first.id).split("t=")[1]
    leave = app.subscribers_link("unsubscribe", first.id).split("t=")[1]
    assert app.subscribers_erase("a@pme.example")
    second = app.subscribers_add("b@pme.example", ["cyber"], "test", send=False).subscriber
    if app.settings.database_url.startswith("sqlite"):
        assert second.id == first.id, "SQLite gives the erased reader's id again"
    with pytest.raises(LinkError, match="plus valable"):
        app.subscribers_confirm(confirm)
    with pytest.raises(LinkError, match="plus valable"):
        app.subscribers_unsubscribe(leave, "test")
    assert app.subscribers_list()[0].status is SubscriberStatus.PENDING


# -- 7. /healthz says the database is down, without telling where it is ----------------------
def test_healthz_does_not_leak_the_database_location(tmp_path, caplog):
    from veille.app.facade import Veille
    from veille.settings import Settings
    from veille.web import create_web_app

    url = "postgresql+psycopg://veille@127.0.0.1:1/base_secrete"  # nothing listens on port 1
    app = Veille(
        Settings(database_url=url, secret_key="k" * 32, sources_file=str(tmp_path / "sources.yaml"))
    )
    answer = create_web_app(app).test_client().get("/healthz")
    assert answer.status_code == 503
    body = answer.get_data(as_text=True)
    assert "base de données indisponible" in body
    for secret in ("127.0.0.1", "base_secrete", ":1", "veille@", "psycopg"):
        assert secret not in body
    assert "base_secrete" in caplog.text or "127.0.0.1" in caplog.text, "the log keeps it"


# -- 6. hostile input gets 400/404 with a French page, never a 500 -----------------------------
HOSTILE_VALUES = [
    "\x00",
    "a\x00b",
    "'",
    '"; drop table items; --',
    "<script>alert(1)</script>",
    "9999-12-31",
    "0001-01-01",
    "2026-13-45",
    "2026-12-01T10:00:00_-1",
    "2026-12-01T10:00:00_1",
    "2026-12-01T10:00:00+00:00_99999999999999999999",
    "2026-12-01T10:00:00+00:00_-9223372036854775809",
    "9999-12-31T23:59:59+00:00_1",
    "_",
    "x" * 3000,
    "../../etc/passwd",
    "\udcff",
    "１２",
    "NaN",
    "-1",
    "9223372036854775808",
]
HOSTILE_IDS = ["0", "9223372036854775807", "9223372036854775808", "99999999999999999999999"]
QUERY_KEYS = [
    "theme",
    "source",
    "partner",
    "language",
    "status",
    "a_trier",
    "since",
    "until",
    "q",
    "apres",
    "t",
    "next",
]


def _hostile_requests(web) -> list[tuple[str, str]]:
    """(method, path) for every GET route of the app: hostile ids in the path, then every
    known query parameter with every hostile value (on the route with an ordinary id)."""
    from urllib.parse import quote

    requests: list[tuple[str, str]] = []
    for rule in web.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint == "static":
            continue
        if rule.arguments:
            paths = []
            for value in ["1", *HOSTILE_IDS]:
                values = {}
                for name in rule.arguments:
                    converter = rule._converters[name]
                    is_choice = converter.__class__.__name__ == "AnyConverter"
                    values[name] = next(iter(converter.items)) if is_choice else value
                paths.append(_fill(rule, values))
        else:
            paths = [rule.rule]
        requests += [("GET", path) for path in paths]
        for key in QUERY_KEYS:
            for value in HOSTILE_VALUES:
                raw = value.encode("utf-8", "surrogateescape")  # "\udcff" → %FF
                requests.append(("GET", f"{paths[0]}?{key}={quote(raw, safe='')}"))
    return requests


def _fill(rule, values: dict[str, str]) -> str:
    """The rule's path with ``values`` put in as text (no converter check: a client may send
    anything)."""
    return re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", lambda m: str(values[m.group(1)]), rule.rule)


def test_no_route_answers_500_to_hostile_input(web_site):
    from veille.web import create_web_app

    app, _ = web_site
    app.users_add("e@cci.example", "E", ACCOUNTS["editor"][1], "cci", PASSWORD)
    web = create_web_app(app)
    requests = _hostile_requests(web)
    assert len(requests) > 500
    signed_in = web.test_client()
    token = re.search(
        r'name="csrf_token" value="([^"]+)"', signed_in.get("/connexion").get_data(as_text=True)
    ).group(1)
    signed_in.post(
        "/connexion", data={"email": "e@cci.example", "password": PASSWORD, "csrf_token": token}
    )
    anonymous = web.test_client()
    failures = []
    public = (
        "/abonnement",
        "/desabonnement",
        "/preferences",
        "/archives",
        "/healthz",
        "/connexion",
    )
    for method, path in requests:
        clients = [("editor", signed_in)]
        if path.startswith(public):  # the signed-in pages only redirect an anonymous visitor
            clients.append(("anonymous", anonymous))
        for who, client_ in clients:
            answer = client_.open(path, method=method)
            if answer.status_code >= 500:
                failures.append(f"{who} {method} {path[:120]} → {answer.status_code}")
    assert failures == [], f"{len(failures)} failures:\n" + "\n".join(failures[:40])


def test_bad_input_is_told_in_french(web_site):
    app, base = web_site
    app.users_add("e@cci.example", "E", ACCOUNTS["editor"][1], "cci", PASSWORD)
    editor = _signed_in(base, "e@cci.example", PASSWORD)
    for path, status, words in (
        ("/veille?until=9999-12-31", 400, "hors des années couvertes"),
        ("/veille?since=2026-13-45", 400, "AAAA-MM-JJ attendu"),
        ("/veille?apres=2026-12-01T10:00:00_-1", 400, "revenez à la première page"),
        ("/veille?theme=%00", 400, "Caractère nul refusé"),
        ("/veille/article/9223372036854775808", 404, "Page introuvable"),
    ):
        answer = editor.get(path)
        assert answer.status_code == status and words in answer.text, path


# -- 5. internationalised addresses ----------------------------------------------------------
@pytest.mark.parametrize("smtputf8", [True, False])
def test_internationalised_addresses_never_stop_a_publication(make_app, tmp_path, smtputf8):
    from veille.bulletin.rules import SubscriberStatus
    from veille.testing.smtpsink import SmtpSink
    from veille.testing.stores import stores

    from .bulletin_data import SOURCES, seed
    from .conftest import mail_settings
    from .test_publish import END, START

    with SmtpSink(smtputf8=smtputf8) as sink:
        app = make_app(*SOURCES, **mail_settings(sink, tmp_path))
        seed(app)
        csv_file = tmp_path / "abonnes.csv"
        csv_file.write_text(
            "email,themes,status,consent_at\n"
            "avant@pme.example,cyber,active,2026-11-02\n"
            "contact@crêperie.fr,cyber,active,2026-11-02\n"
            "délia@example.org,cyber,active,2026-11-02\n"
            "apres@pme.example,cyber,active,2026-11-02\n",
            encoding="utf-8",
        )
        assert app.subscribers_import(str(csv_file), "test").added == 4
        number = app.bulletin_new(START, END).number
        report = app.bulletin_publish(number)
        received = {r for m in sink.received for r in m.recipients}
        assert {"avant@pme.example", "apres@pme.example"} <= received, "the others got it"
        idna = "crêperie.fr".encode("idna").decode()
        assert f"contact@{idna}" in received, "an accented domain goes as IDNA"
        if smtputf8:
            assert "délia@example.org" in received and report.failed == []
            (mail,) = [m for m in sink.received if "délia@example.org" in m.recipients]
            assert mail.message()["To"] == "délia@example.org"
        else:
            assert [e for e, _ in report.failed] == ["délia@example.org"]
            assert "accentuées" in report.failed[0][1]
        assert report.state.value == "published"
        reader = stores(app).subscribers.by_email("délia@example.org")
        assert reader.status is (SubscriberStatus.ACTIVE if smtputf8 else SubscriberStatus.BOUNCED)


def test_the_subscribe_form_says_in_french_when_an_address_cannot_be_served(make_app, tmp_path):
    from veille.testing.smtpsink import SmtpSink
    from veille.web import create_web_app

    from .bulletin_data import SOURCES
    from .conftest import mail_settings

    with SmtpSink(smtputf8=False) as sink:
        app = make_app(*SOURCES, **mail_settings(sink, tmp_path))
        web = create_web_app(app).test_client()
        page = web.get("/abonnement").get_data(as_text=True)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        answer = web.post(
            "/abonnement",
            data={"email": "délia@example.org", "themes": ["cyber"], "csrf_token": token},
        )
        body = answer.get_data(as_text=True)
        assert answer.status_code == 400 and "caractères accentués" in body
        assert "Error" not in body and "codec" not in body


# -- weaker points: passwords -----------------------------------------------------------------
@pytest.mark.parametrize(
    "password",
    [
        "1234567890",
        "1234567890ab",
        "password12",
        "motdepasse123",
        "azertyuiop12",
        "p@cci.example",
        "p@cci.example2026",
        "Camille-CCI-2026",
        "court",
    ],
)
def test_weak_or_personal_passwords_are_refused(make_app, password):
    from veille.curation.rules import Role

    from .bulletin_data import SOURCES

    app = make_app(*SOURCES)
    with pytest.raises(AccessError, match="mot de passe"):
        app.users_add("p@cci.example", "Camille", Role.PARTNER, "cci", password)
    assert app.users_list() == []


def test_a_passphrase_is_accepted_and_an_old_weak_password_still_signs_in(make_app):
    from veille.curation.rules import Role
    from veille.testing.stores import stores

    from .bulletin_data import SOURCES

    app = make_app(*SOURCES)
    app.users_add("p@cci.example", "Camille", Role.PARTNER, "cci", "brume sur le port de Honfleur")
    from argon2 import PasswordHasher

    # an account created before the policy: its weak password still opens the door
    weak = PasswordHasher(time_cost=1).hash("password12")
    stores(app).users.set_password("p@cci.example", weak)
    assert app.users_authenticate("p@cci.example", "password12").name == "Camille"


# -- weaker points: bidi overrides --------------------------------------------------------------
RLO = "\u202e"


def test_bidi_overrides_are_stripped_where_they_enter_and_where_they_are_shown(make_app, tmp_path):
    from veille.bulletin.render import Identity, Renderer
    from veille.collect.normalize import normalize_items
    from veille.curation.rules import Role
    from veille.types import RawItem, Source, SourceKind

    from .bulletin_data import SOURCES
    from .conftest import source_yaml

    source = Source("s", "S", SourceKind.FEED, "https://s.example/f", (), "fr", "cci", 3600)
    raw = RawItem(
        key="1",
        url="https://s.example/1",
        title=f"facture{RLO}fdp.exe",
        summary_html=f"<p>Ouvrez la pi\u2066ece{RLO}</p>",
    )
    (item,) = normalize_items(source, [raw], "https://s.example/f", app_now()).items
    assert RLO not in item.title and "\u2066" not in item.summary_html + item.summary_text
    assert item.title == "facturefdp.exe"
    hostile = source_yaml("z", "https://z.example/f").replace(
        "name: Source z", f"name: Flux{RLO}gpj.exe"
    )
    app = make_app(*SOURCES, hostile)
    assert [s.name for s in app.sources().sources][-1] == "Fluxgpj.exe"
    app.users_add("p@cci.example", f"Camille{RLO}", Role.PARTNER, "cci", "brume sur le port")
    assert app.users_list()[0].name == "Camille"
    # something stored before this fix is still shown without it
    page = Renderer(Identity("Réseau", "Bulletin", "https://x.example")).page(
        f"Titre{RLO}", [f"Ligne{RLO}"]
    )
    assert RLO not in page and "Titre" in page and "Ligne" in page


def app_now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


# -- weaker points: mail settings ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("mail_from", "Veille <a@b.example>\r\nBcc: x@evil.example"),
        ("mail_reply_to", "r@b.example\nX: y"),
        ("smtp_host", "127.0.0.1\r\n"),
        ("mail_from", "pas une adresse"),
    ],
)
def test_mail_settings_hold_one_line_and_an_address(name, value):
    from veille.settings import load_settings

    with pytest.raises(ConfigError, match=name):
        load_settings(env={f"VEILLE_{name.upper()}": value})


def test_the_senders_display_name_keeps_its_parentheses(make_app, sink, tmp_path):
    from .bulletin_data import SOURCES, seed
    from .conftest import mail_settings
    from .test_publish import END, START

    settings = {
        **mail_settings(sink, tmp_path),
        "mail_from": "Veille Normandie (démo) <b@v.example>",
    }
    app = make_app(*SOURCES, **settings)
    seed(app)
    app.bulletin_send_test(app.bulletin_new(START, END).number, "moi@pme.example")
    (mail,) = sink.received
    assert str(mail.message()["From"]) == '"Veille Normandie (démo)" <b@v.example>'


# -- weaker points: caching and HSTS ------------------------------------------------------------
def test_pages_are_not_stored_and_https_sites_send_hsts(make_app, tmp_path):
    from veille.web import create_web_app

    from .bulletin_data import SOURCES

    app = make_app(*SOURCES, secret_key="k" * 32, public_url="https://veille.example")
    web = create_web_app(app).test_client()
    for path in ("/connexion", "/abonnement", "/healthz"):
        answer = web.get(path)
        assert answer.headers["Cache-Control"] == "no-store", path
        assert answer.headers["Strict-Transport-Security"].startswith("max-age="), path
    plain = make_app(*SOURCES, secret_key="k" * 32, public_url="http://127.0.0.1:8000")
    assert (
        "Strict-Transport-Security"
        not in create_web_app(plain).test_client().get("/connexion").headers
    )


# -- data silently lost on real feeds: every entry stored, or counted with its reason ------------
SHAPES = Path(__file__).parent / "data" / "real-shapes"
# file → (content type, entries a reader of the feed sees, titles that must be stored as is)
CORPUS = {
    "fragments.rss": ("application/rss+xml", 12, ["Lettre n°111", "Lettre n°100"]),
    "jsonfeed-no-version.json": ("application/json", 5, ["Billet 1"]),
    "jsonfeed-text-only.json": ("application/feed+json", 4, []),
    "atom-missing-parts.xml": ("application/atom+xml", 3, ["Une entrée sans lien"]),
    "latin1-no-declaration.rss": ("application/rss+xml", 10, ["Actualité 1 : sécurité à Caen"]),
    "podcast.rss": ("application/rss+xml", 20, ["Épisode 7", "Épisode 13"]),
    "title-markup.xml": ("application/atom+xml", 2, ["Un titre en gras"]),
}


def test_every_entry_of_real_world_shapes_is_stored(server, make_app):
    import feedparser

    from veille.testing.loopback import Route
    from veille.testing.stores import stores

    from .conftest import source_yaml

    entries = []
    for name, (content_type, expected, _) in CORPUS.items():
        body = (SHAPES / name).read_bytes()
        server.routes[f"/{name}"] = Route(body=body, content_type=content_type)
        if not name.endswith(".json"):  # feedparser, the reference reader, sees as many
            assert len(feedparser.parse(body).entries) == expected, name
        ident = name.split(".")[0]
        entries.append(source_yaml(ident, server.url(f"/{name}")))
    app = make_app(*entries)
    report = app.collect()
    outcomes = {o.source_id: o for o in report.outcomes}
    rows = stores(app).store.items(limit=1000)
    for name, (_, expected, titles) in CORPUS.items():
        ident = name.split(".")[0]
        outcome = outcomes[ident]
        stored = [r for r in rows if r["source_id"] == ident]
        assert outcome.status.value == "ok", (name, outcome.error_message)
        assert (outcome.new, len(stored)) == (expected, expected), (name, outcome.warning)
        assert set(titles) <= {r["title"] for r in stored}, (name, [r["title"] for r in stored])
    markup = {r["title"] for r in rows if r["source_id"] == "title-markup"}
    assert "Utiliser et en HTML" in markup, "titles are plain text: tags never survive"
    assert "sans champ version" in (outcomes["jsonfeed-no-version"].warning or "")
