"""The offline demonstration: sample sources served on loopback, collected into a fresh
SQLite database. Nothing leaves the machine."""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from importlib import resources
from pathlib import Path

from rich.console import Console
from rich.table import Table

from veille.app.facade import Veille
from veille.bulletin.rules import ISSUE_STATE_FR
from veille.curation.records import InboxRow
from veille.curation.rules import Role, User
from veille.settings import Settings
from veille.testing.loopback import LoopbackServer, Route
from veille.testing.smtpsink import SmtpSink
from veille.types import CollectReport

FEEDS = {
    "cyber-fr.rss": "application/rss+xml; charset=utf-8",
    "ai-en.atom": "application/atom+xml; charset=utf-8",
    "ia-fr.json": "application/feed+json; charset=utf-8",
    "blockchain-en.rdf": "application/rdf+xml; charset=utf-8",
}

SOURCES_TEMPLATE = """\
# Demo sources, written by `veille demo`: served from loopback by the demo itself.
themes:
  - id: cyber
    label: Cybersécurité
  - id: ai
    label: Intelligence artificielle
  - id: blockchain
    label: Blockchain
partners:
  - id: demo-cci
    name: CCI (démonstration)
  - id: demo-pole
    name: Pôle numérique (démonstration)
sources:
  - id: demo-cyber-fr
    name: Cyber Actu Normandie (exemple)
    kind: feed
    url: {base}/feeds/cyber-fr.rss
    themes: [cyber]
    language: fr
    partner: demo-cci
    interval: 1h
  - id: demo-ai-en
    name: AI Business Wire (sample)
    kind: feed
    url: {base}/feeds/ai-en.atom
    themes: [ai]
    partner: demo-pole
    interval: 2h
  - id: demo-ia-fr
    name: IA & PME (exemple, JSON Feed)
    kind: feed
    url: {base}/feeds/ia-fr.json
    themes: [ai]
    partner: demo-pole
    interval: 6h
  - id: demo-blockchain-en
    name: Ledger Weekly (sample, RSS 1.0)
    kind: feed
    url: {base}/feeds/blockchain-en.rdf
    themes: [blockchain]
    language: en
    partner: demo-cci
    interval: 12h
  - id: demo-pole-page
    name: Pôle numérique — actualités (page sans flux)
    kind: page
    url: {base}/pole/actualites/
    selector: "main article h2"
    themes: [cyber, ai, blockchain]
    language: fr
    partner: demo-pole
    interval: 1d
  - id: demo-pole-agenda
    name: Pôle numérique — agenda (page sans flux, chaque article est un événement)
    kind: page
    url: {base}/pole/agenda/
    selector: "main article h2"
    themes: [ai]
    language: fr
    partner: demo-pole
    interval: 1d
    announces: event
  - id: demo-certfr
    name: CERT-FR — avis et alertes (exemple)
    kind: feed
    url: {base}/certfr/feed/
    themes: [cyber]
    language: fr
    partner: demo-cci
    interval: 1h
  - id: demo-kev
    name: Catalogue des failles exploitées, CISA KEV (exemple)
    kind: kev
    url: {base}/kev/known_exploited_vulnerabilities.json
    partner: demo-cci
    interval: 6h
  - id: demo-epss
    name: Scores EPSS du FIRST (exemple)
    kind: epss
    url: {base}/epss/epss_scores-current.csv.gz
    partner: demo-cci
    interval: 1d
  - id: demo-lettre-pole
    name: Lettre du Pôle numérique (reçue par courriel)
    kind: newsletter
    senders: [lettre@pole-numerique.demo]
    themes: [cyber, ai]
    language: fr
    partner: demo-pole
  - id: demo-broken
    name: Source volontairement cassée (montre le rapport d'erreur)
    kind: feed
    url: {base}/feeds/disparu.rss
    themes: [cyber]
    partner: demo-cci
    interval: 1h
"""


def vulnerability_routes(today: date) -> dict[str, Route]:
    """The vulnerability sources of the demo, dated from ``today``: a known-exploited
    catalogue, EPSS scores and a CERT-FR feed with an alert (all written for the demo)."""
    data = resources.files(__package__) / "data"
    day = (today - timedelta(days=1)).isoformat()
    kev = (data / "kev.json").read_text(encoding="utf-8").replace("{added}", day)
    certfr = (
        (data / "certfr.rss")
        .read_text(encoding="utf-8")
        .replace(
            "{published}",
            email.utils.format_datetime(datetime.combine(today - timedelta(days=1), time(15), UTC)),
        )
    )
    return {
        "/kev/known_exploited_vulnerabilities.json": Route(
            body=kev.encode(), content_type="application/json"
        ),
        "/epss/epss_scores-current.csv.gz": Route(
            body=gzip.compress((data / "epss.csv").read_bytes(), mtime=0),
            content_type="application/gzip",
        ),
        "/certfr/feed/": Route(body=certfr.encode(), content_type="application/rss+xml"),
    }


def _recent_dates(today: date) -> dict[str, str]:
    """« {ISO-1} », « {RFC822-2} »…: N days before ``today``, 9:00 UTC, in each format."""
    from veille.text_fr import date_fr

    marks = {  # a call's closing date, an event's day
        f"{{FR+{days}}}": date_fr(today + timedelta(days=days)) for days in (9, 10, 18, 60)
    }
    for days in (0, 1, 2):
        moment = datetime.combine(today - timedelta(days=days), time(9), UTC)
        marks[f"{{ISO-{days}}}"] = moment.isoformat().replace("+00:00", "Z")
        marks[f"{{RFC822-{days}}}"] = email.utils.format_datetime(moment)
    return marks


def demo_routes(today: date | None = None) -> dict[str, Route]:
    data = resources.files(__package__) / "data"
    stamp = email.utils.formatdate(1763280000, usegmt=True)
    routes: dict[str, Route] = {}
    recent = _recent_dates(today or datetime.now(UTC).date())
    for name, content_type in FEEDS.items():
        # a topic rising these days, for the radar; a call open, an event to come
        routes[f"/feeds/{name}"] = _route(
            _dated((data / name).read_text(encoding="utf-8"), recent), content_type, stamp
        )
    for folder, prefix in (("pages", "/pole/actualites/"), ("agenda", "/pole/agenda/")):
        for page in (data / folder).iterdir():
            if page.name.endswith(".html"):
                path = prefix + ("" if page.name == "index.html" else page.name[:-5])
                text = _dated(page.read_text(encoding="utf-8"), recent)
                routes[path] = _route(text, "text/html; charset=utf-8")
    routes.update(vulnerability_routes(today or datetime.now(UTC).date()))
    return routes


def _dated(text: str, marks: dict[str, str]) -> str:
    """A sample's « {ISO-1} », « {FR+60} »… set from today's date."""
    for mark, value in marks.items():
        text = text.replace(mark, value)
    return text


def _route(text: str, content_type: str, last_modified: str | None = None) -> Route:
    body = text.encode()
    return Route(
        body=body,
        content_type=content_type,
        last_modified=last_modified,
        etag='"' + hashlib.sha1(body).hexdigest()[:16] + '"',
    )


def run_demo(
    directory: Path, console: Console, print_report: Callable[[CollectReport, dict[str, str]], None]
) -> Path:
    """Run the whole pipeline offline into ``directory``; ``print_report`` shows a
    collection's results (the CLI's table)."""
    logging.getLogger("veille").setLevel(logging.ERROR)  # the report tables say it all
    directory.mkdir(parents=True, exist_ok=True)
    database = directory / "veille-demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    (directory / "veille-themes.model").unlink(missing_ok=True)  # trained afresh from the seed
    with LoopbackServer(demo_routes()) as server:
        sources_file = directory / "sources.yaml"
        sources_file.write_text(SOURCES_TEMPLATE.format(base=server.url("")), encoding="utf-8")
        sink = SmtpSink(directory=directory / "mail")
        sink.start()
        for old in (directory / "mail").glob("*.eml"):
            old.unlink()
        settings = Settings(
            database_url=f"sqlite:///{database}",
            sources_file=str(sources_file),
            model_file=str(directory / "veille-themes.model"),
            allow_internal=True,
            parse_processes=0,
            read_timeout=5,
            total_timeout=10,
            smtp_port=sink.port,
            archive_dir=str(directory / "archive"),
            secret_key_file=str(directory / "veille-secret.key"),
            mail_from="Veille Normandie (démo) <bulletin@veille.invalid>",
        )
        _write_config(directory, settings)
        app = Veille(settings)
        console.rule("Veille — démonstration hors ligne")
        console.print(f"Sources d'exemple servies sur {server.url('')} (boucle locale).")
        console.print("\n[bold]1re collecte[/] (base neuve) :", markup=True)
        print_report(app.collect(), app.sources().theme_labels())
        console.print(
            "\n[bold]2e collecte[/] (requêtes conditionnelles : rien n'a changé) :", markup=True
        )
        print_report(app.collect(), app.sources().theme_labels())
        _themes_and_stories(app, console)
        _newsletter(app, console)
        _latest(app, console)
        try:
            users = _accounts(app, console)
            _proposals(app, console, users)
            _bulletin(app, console, directory)
            _clicks(app, console, directory, users)
            _flash(app, console)
            _trends(app, console, users)
            _agenda(app, console)
            _next_proposal(app, console, users)
        finally:
            sink.stop()
            app.close()
    config = directory / "veille.toml"
    console.print(f"\nBase : {database}\nSources : {sources_file}\nRéglages : {config}")
    console.print(
        f"Pour explorer (après « . .venv/bin/activate ») : veille --config {config} bulletin show 1"
    )
    console.print(
        f"Application web : veille --config {config} serve, puis "
        "http://127.0.0.1:8000/ (comptes ci-dessus ; archives sous /archives/)"
    )
    return database


def _newsletter(app: Veille, console: Console) -> None:
    """A partner's newsletter arrives by e-mail, over SMTP on loopback, to its source's
    receiving address: its articles become items; the letter's own links stay out."""
    import smtplib
    from email.message import EmailMessage
    from email.policy import SMTP

    data = resources.files(__package__) / "data"
    letter = EmailMessage()
    letter["From"] = "Pôle numérique <lettre@pole-numerique.demo>"
    letter["Subject"] = "La lettre du Pôle numérique"
    letter["Message-ID"] = "<lettre-novembre@pole-numerique.demo>"
    letter.set_content("La lettre du Pôle numérique, version texte.")
    letter.add_alternative((data / "lettre-pole.html").read_text(encoding="utf-8"), subtype="html")
    address = next(a for a, s in app.newsletter_addresses().items() if s.id == "demo-lettre-pole")
    with app.newsletters_inbox(port=0) as inbox, smtplib.SMTP("127.0.0.1", inbox.port) as smtp:
        smtp.sendmail("lettre@pole-numerique.demo", [address], letter.as_bytes(policy=SMTP))
    (entry,) = app.newsletters_log(1)
    console.print(
        f"\n[bold]Lettre d'information[/] reçue par courriel à {address} : {entry.reason} "
        "(liens « voir en ligne », réseaux sociaux et désinscription écartés).",
        markup=True,
    )


def _themes_and_stories(app: Veille, console: Console) -> None:
    done = app.analyse_new()
    labels = app.sources().theme_labels()
    console.print(
        f"\n[bold]Classement[/] : {done.classified} article(s) classé(s) par thème "
        f"(modèle {app.classify_model().version}), {done.stories.items} regroupé(s) "
        f"en {done.stories.new_stories} histoire(s) ; {done.citing_vulnerabilities} citant "
        "une vulnérabilité (CVE).",
        markup=True,
    )
    counts = app.items_per_theme()
    console.print(
        "Articles par thème : "
        + ", ".join(f"{labels.get(t, t)} {n}" for t, n in sorted(counts.items())),
        markup=False,
    )
    for members in app.dedup_stories(5):
        lead, others = members[0], members[1:]
        console.print(
            f"Même histoire : « {lead.title} » ({lead.source_name}) — aussi chez : "
            + ", ".join(m.source_name for m in others),
            markup=False,
        )


DEMO_READERS = (
    "email,themes,consent_at,consent_source\n"
    "dirigeante@menuiserie-bocage.example,cyber;ai,2026-09-12,salon Caen\n"
    "dsi@laiterie-cotentin.example,cyber;ai;blockchain,2026-10-03,formulaire web\n"
    "gerant@transports-seine.example,cyber,2026-10-20,atelier CCI\n"
    "comptable@cabinet-rouen.example,blockchain,2026-11-02,formulaire web\n"
    "adresse-sans-arobase,cyber,2026-11-02,erreur de saisie\n"
)


def _bulletin(app: Veille, console: Console, directory: Path) -> None:
    """Open issue 1 on the collected items, edit it, preview it and send it to the local
    SMTP sink, as an editor would with the CLI."""
    dates = [row.published_at.date() for row in app.items_latest(1000)]
    opened = app.bulletin_new(min(dates), max(dates))
    number, proposed = opened.number, opened.proposed
    entries = {e.title: e for s in app.bulletin(number).content.sections for e in s.entries}
    editor = next(u for u in app.users_list() if u.role is Role.EDITOR)
    for title, (french_title, french_summary) in DEMO_REWRITES.items():
        entry = next((e for t, e in entries.items() if t.startswith(title)), None)
        if entry is not None:  # an editor gives an English item a French title and summary
            app.bulletin_edit(number, entry.item_id, french_title, french_summary, by=editor)
    app.bulletin_intro(
        number,
        "Bonjour,\n\nCe numéro revient sur un rançongiciel qui a "
        "paralysé une PME de l'Orne, et sur les aides régionales à l'IA.",
    )
    console.print(
        f"\n[bold]Bulletin[/] : brouillon N° {number} ouvert, {proposed} article(s) "
        f"repris d'après {opened.why} ; notes des partenaires reprises, titres en anglais "
        "traduits, introduction ajoutée.",
        markup=True,
    )
    preview = app.bulletin_preview(number, directory / "preview")
    console.print(
        f"Aperçu (exactement ce qui part) : {preview.files['html']} "
        f"({preview.rendered.html_bytes / 1024:.0f} Ko), texte : "
        f"{preview.files['text']}",
        markup=False,
    )
    readers = directory / "abonnes.csv"
    readers.write_text(DEMO_READERS, encoding="utf-8")
    imported = app.subscribers_import(str(readers), "démo")
    console.print(f"Abonnés importés de {readers} : {imported.added}", markup=False, soft_wrap=True)
    for problem in imported.problems:
        console.print(f"  refusé, {problem}", markup=False, soft_wrap=True)
    report = app.bulletin_publish(number)
    console.print(
        f"Publication : {report.sent} message(s) remis au serveur SMTP local en "
        f"{report.seconds:.1f} s, {report.nothing_for} abonné(s) sans article pour "
        f"ses thèmes ; état : {ISSUE_STATE_FR[report.state]}.",
        markup=False,
    )
    console.print(f"Messages reçus (un fichier .eml chacun) : {directory / 'mail'}/", markup=False)
    console.print(
        f"Archive web : {directory / 'archive' / 'index.html'} (et feed.atom)", markup=False
    )
    pdf = directory / "archive" / f"numero-{number}.pdf"
    why = app.pdf_unavailable()
    if pdf.exists():
        console.print(
            f"Édition PDF (A4, liens actifs) : {pdf} ({pdf.stat().st_size / 1024:.0f} Ko)",
            markup=False,
        )
    elif why:
        console.print(f"Pas d'édition PDF sur cette machine : {why}", markup=False)


DEMO_PASSWORD = "pommes-cidre-bocage"
DEMO_USERS = (
    ("partenaire@cci.demo", "Camille (CCI, démo)", Role.PARTNER, "demo-cci"),
    ("partenaire@pole.demo", "Noé (Pôle numérique, démo)", Role.PARTNER, "demo-pole"),
    ("redaction@cci.demo", "Rédaction (démo)", Role.EDITOR, "demo-cci"),
    ("admin@veille.demo", "Administration (démo)", Role.ADMIN, None),
)


def _accounts(app: Veille, console: Console) -> dict[str, User]:
    users = {}
    for address, name, role, partner in DEMO_USERS:
        user = app.users_get(app.users_add(address, name, role, partner, DEMO_PASSWORD))
        assert user is not None
        users[address] = user
    console.print(
        "Comptes de démonstration (mot de passe « "
        + DEMO_PASSWORD
        + " ») : "
        + ", ".join(e for e, *_ in DEMO_USERS),
        markup=False,
        soft_wrap=True,
    )
    return users


# what the demo partners propose (by the start of the item's title), with their note
DEMO_PROPOSALS = (
    (
        "partenaire@cci.demo",
        "Rançongiciel : une PME",
        "Dix jours d'arrêt pour une PME de l'Orne : vérifiez cette semaine que vos "
        "sauvegardes sont hors ligne et que vous savez les restaurer.",
    ),
    (
        "partenaire@cci.demo",
        "Vulnérabilité critique dans des pare-feu VPN",
        "Beaucoup de PME normandes utilisent ces équipements : le correctif est à appliquer "
        "sans attendre, votre prestataire peut le faire à distance.",
    ),
    (
        "partenaire@cci.demo",
        "Hameçonnage : de faux courriels",
        "À relayer aux artisans et aux comptables : l'Urssaf ne demande jamais vos "
        "coordonnées bancaires par courriel.",
    ),
    (
        "partenaire@pole.demo",
        "Appel à projets régional pour l'intelligence artificielle",
        "Dossiers ouverts aux PME industrielles normandes : le Pôle aide à monter les "
        "candidatures.",
    ),
    (
        "partenaire@pole.demo",
        "Small manufacturers adopt computer vision",
        "Un retour d'expérience concret, transposable à nos ateliers de production.",
    ),
    (
        "partenaire@pole.demo",
        "EU AI Act: general-purpose model obligations",
        "Ce qui change pour les entreprises qui intègrent ces modèles dans leurs produits.",
    ),
    (
        "partenaire@cci.demo",
        "MiCA: first crypto-asset service provider licences",
        "Premiers agréments en France : utile aux entreprises qui envisagent des paiements "
        "en crypto-actifs.",
    ),
    (
        "partenaire@pole.demo",
        "Registre distribué : un démonstrateur logistique au Havre",
        "Un projet portuaire normand à suivre pour la traçabilité des marchandises.",
    ),
)
DEMO_SUPPORTS = (
    ("partenaire@pole.demo", "Rançongiciel : une PME"),
    ("partenaire@cci.demo", "Appel à projets régional pour l'intelligence artificielle"),
)
DEMO_REWRITES = {
    "Small manufacturers adopt computer vision": (
        "Vision par ordinateur : de petits industriels l'adoptent pour le contrôle qualité",
        "Des fabricants de petite taille utilisent des caméras et des modèles de vision pour "
        "repérer les défauts en bout de chaîne.",
    ),
    "EU AI Act: general-purpose model obligations": (
        "AI Act : les obligations des modèles d'usage général s'appliquent aux fournisseurs",
        "",
    ),
}


def _proposals(app: Veille, console: Console, users: dict[str, User]) -> None:
    """Partners propose items with their note, another partner supports: what the
    bulletin's draft then takes up."""
    latest = app.items_latest(1000)
    done = 0
    for address, start, note in DEMO_PROPOSALS:
        if (item := _titled(latest, start)) is not None:
            app.items_act(users[address], item.id, "propose", note)
            done += 1
    for address, start in DEMO_SUPPORTS:
        if (item := _titled(latest, start)) is not None:
            app.items_act(users[address], item.id, "support")
    console.print(
        f"\n[bold]Curation[/] : les partenaires proposent {done} article(s) avec leur note "
        f"« pourquoi c'est important », et en soutiennent {len(DEMO_SUPPORTS)}.",
        markup=True,
    )


def _titled(rows: list[InboxRow], start: str) -> InboxRow | None:
    """The demo item whose title starts with ``start`` (the sample feeds are ours)."""
    return next((r for r in rows if r.title.startswith(start)), None)


def _next_proposal(app: Veille, console: Console, users: dict[str, User]) -> None:
    """A proposal made after the issue left: it waits for the next one (dashboard, board)."""
    item = _titled(app.items_latest(1000), "NIS 2")
    if item is None:
        return
    app.items_act(
        users["partenaire@cci.demo"],
        item.id,
        "propose",
        "Beaucoup de PME ignorent qu'elles seront concernées : à expliquer dans le prochain "
        "numéro.",
    )
    console.print(
        f"Une proposition attend déjà le numéro suivant : « {item.title} ».", markup=False
    )


def _clicks(app: Veille, console: Console, directory: Path, users: dict[str, User]) -> None:
    """Readers open some of the links of the mails they received: each click goes through
    the counter, which keeps counts per issue and article, nothing per reader."""
    import re
    from email import message_from_bytes
    from email.policy import default
    from urllib.parse import parse_qs, urlsplit

    clicked = 0
    for n, path in enumerate(sorted((directory / "mail").glob("*.eml"))):
        message = message_from_bytes(path.read_bytes(), policy=default)
        body = message.get_body(("html",))
        html = body.get_content() if body is not None else ""
        links = re.findall(r'href="([^"]*/l/(\d+)/(\d+)\?s=[^"]+)"', html)
        for url, number, item in links[: 2 + n % 3]:  # each reader opens a few articles
            signature = parse_qs(urlsplit(url.replace("&amp;", "&")).query)["s"][0]
            app.readership_click(int(number), int(item), signature, f"lecteur-démo-{n}")
            clicked += 1
    view = app.readership(users["redaction@cci.demo"])
    top = view.items[0] if view.items else None
    console.print(
        f"\n[bold]Lectorat[/] : {clicked} clic(s) sur les articles des courriels, comptés par "
        "numéro et par article (rien par lecteur)"
        + (f" ; le plus lu : « {top.title} » ({top.clicks})" if top else "")
        + " — page /lectorat, export CSV.",
        markup=True,
    )


def _flash(app: Veille, console: Console) -> None:
    """A reader who uses FortiGate firewalls gets a flash alert: the flaw the bulletin's
    « Vulnérabilités à corriger » opens with is exploited and the CERT-FR issued an alert."""
    reader = next(s for s in app.subscribers_list() if s.email.startswith("gerant@"))
    app.subscribers_set_products(reader.id, ["fortigate", "microsoft-365"])
    report = app.flash_send()
    console.print(
        f"\n[bold]Alerte flash[/] : {reader.email} suit FortiGate et Microsoft 365 dans "
        f"« Mon parc » ; {report.sent} alerte envoyée (faille exploitée et alerte du CERT-FR). "
        "Une seconde passe le même jour n'envoie rien : "
        f"{app.flash_send().sent} alerte.",
        markup=True,
    )


def _trends(app: Veille, console: Console, users: dict[str, User]) -> None:
    """The trend radar on what was collected: a name three outlets started citing."""
    view = app.trends(users["redaction@cci.demo"])
    rising = [t for t, _ in view.trends]
    shown = ", ".join(
        f"« {t.label} » ({len(t.sources)} sources{', nouveau' if t.new else ''})"
        for t in rising[:3]
    )
    console.print(
        f"\n[bold]Tendances[/] : {len(rising)} signal(aux) faible(s) au "
        f"{view.day:%d/%m} — {shown or 'rien ne monte'} (page /tendances).",
        markup=True,
    )


def _agenda(app: Veille, console: Console) -> None:
    """The calls and events still open, soonest first: read in the items' words, or said by
    their source (the pole's agenda page announces only events)."""
    from veille.text_fr import date_fr

    rows = app.agenda()
    when = {"call": "jusqu'au", "event": "le"}
    shown = " ; ".join(
        f"{r.label} « {r.title[:48]}{'…' if len(r.title) > 48 else ''} »"
        + (f" ({when[r.kind]} {date_fr(r.day)})" if r.day else "")
        for r in rows
    )
    console.print(
        f"\n[bold]Agenda[/] : {len(rows)} appel(s) et événement(s) ouverts — {shown} "
        "(page /agenda, flux /agenda.ics).",
        markup=True,
    )


def _write_config(directory: Path, settings: Settings) -> None:
    """The demo's settings as a TOML file, so that the CLI and `veille serve` can reuse them
    (the SMTP port is the demo's own sink: it is gone once the demo ends)."""
    keys = (
        "database_url",
        "sources_file",
        "model_file",
        "archive_dir",
        "secret_key_file",
        "mail_from",
    )
    lines = [f'{key} = "{getattr(settings, key)}"' for key in keys]
    (directory / "veille.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _latest(app: Veille, console: Console) -> None:
    table = Table(title="Derniers articles collectés")
    for column in ("date", "source", "thèmes (confiance)", "titre"):
        table.add_column(column)
    for row in app.items_latest(20):
        themes = ", ".join(f"{t} {row.scores.get(t, 0):.0%}" for t in row.themes) or "hors thème"
        if row.to_sort:
            themes += " — à trier"
        table.add_row(f"{row.published_at:%d/%m %H:%M}", row.source_id, themes, row.title)
    console.print(table)
