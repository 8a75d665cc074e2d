"""`veille bulletin …` and `veille subscribers …` as an editor types them."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from click.testing import CliRunner

from veille.app.facade import Veille
from veille.cli.main import cli

from .bulletin_data import NOW, SOURCES, seed
from .conftest import SOURCES_HEAD, source_yaml


@pytest.fixture
def run(tmp_path, monkeypatch, sink):
    (tmp_path / "sources.yaml").write_text(SOURCES_HEAD + "".join(SOURCES), encoding="utf-8")
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
        "SOURCES_FILE": str(tmp_path / "sources.yaml"),
        "SMTP_PORT": str(sink.port),
        "SECRET_KEY_FILE": str(tmp_path / "secret.key"),
        "ARCHIVE_DIR": str(tmp_path / "archive"),
        "MAIL_FROM": "Veille <bulletin@veille.example>",
        "SMTP_RETRY_DELAY": "0.01",
    }
    for name, value in env.items():
        monkeypatch.setenv(f"VEILLE_{name}", value)
    app = Veille.from_env()
    app.ensure_schema()
    seed(app)
    app.close()
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(cli, list(args), catch_exceptions=False, input=input)

    return invoke


def test_an_issue_from_draft_to_published(run, tmp_path, sink):
    start = (NOW - timedelta(days=13)).date().isoformat()
    new = run("bulletin", "new", "--period", f"{start}..{NOW.date().isoformat()}")
    assert new.exit_code == 0 and "Brouillon N° 1" in new.output
    shown = json.loads(run("bulletin", "show", "1", "--json").output)
    first = shown["sections"][0]["entries"][0]["item_id"]
    assert run("bulletin", "note", "1", str(first), "À lire en priorité.").exit_code == 0
    assert run("bulletin", "intro", "1", "Bonjour à toutes et à tous.").exit_code == 0
    table = run("bulletin", "show", "1").output
    assert "À lire en priorité." in table and "brouillon" in table
    preview = run("bulletin", "preview", "1", "--out", str(tmp_path / "p"))
    assert preview.exit_code == 0 and "Taille du HTML" in preview.output
    assert "À lire en priorité." in (tmp_path / "p" / "numero-1.html").read_text()
    assert run("bulletin", "send-test", "1", "--to", "moi@cci.example").exit_code == 0
    added = run("subscribers", "add", "lecteur@pme.example", "--themes", "cyber")
    assert added.exit_code == 0 and "lien de confirmation envoyé" in added.output
    csv = tmp_path / "abonnes.csv"
    csv.write_text(
        "email;themes;consent_at\nactif@pme.example;cyber ai;2026-01-10\nfaux;;\n", encoding="utf-8"
    )
    imported = run("subscribers", "import", str(csv))
    assert imported.exit_code == 1 and "abonnes.csv: ligne 3 :" in imported.output
    assert "1 abonné(s) importé(s)" in imported.output
    aborted = run("bulletin", "publish", "1", input="n\n")
    assert aborted.exit_code == 1 and "1 abonné(s) actif(s)" in aborted.output
    assert "[o/N]" in aborted.output and "Abandon" in aborted.output, "asked in French"
    before = sink.count
    published = run("bulletin", "publish", "1", "--yes")
    assert published.exit_code == 0, published.output
    assert "1 envoyé(s)" in published.output and "publié" in published.output
    assert sink.count == before + 1 and sink.received[-1].recipients == ["actif@pme.example"]
    ledger = json.loads(run("bulletin", "deliveries", "1", "--json").output)
    assert ledger["counts"]["sent"] == 1
    assert "publié" in run("bulletin", "list").output
    refused = run("bulletin", "intro", "1", "Trop tard")
    assert refused.exit_code == 1 and "seul un brouillon" in refused.output
    again = run("bulletin", "publish", "1")  # checked before asking anything
    assert again.exit_code == 1 and "déjà publié" in again.output and "[y/N]" not in again.output
    assert (tmp_path / "archive" / "numero-1.html").exists()


def test_subscribers_export_list_and_erase(run, tmp_path):
    csv = tmp_path / "a.csv"
    csv.write_text("email,themes,consent_at\nun@pme.example,ai,2026-02-01\n", encoding="utf-8")
    assert run("subscribers", "import", str(csv)).exit_code == 0
    exported = run("subscribers", "export").output
    assert "un@pme.example,ai,active,2026-02-01" in exported
    listed = json.loads(run("subscribers", "list", "--json").output)
    assert listed[0]["email"] == "un@pme.example" and listed[0]["status"] == "active"
    assert run("subscribers", "erase", "un@pme.example", "--yes").exit_code == 0
    again = run("subscribers", "erase", "un@pme.example", "--yes")
    assert again.exit_code == 1 and "aucun abonné" in again.output
    assert json.loads(run("subscribers", "list", "--json").output) == []


def test_errors_are_french_and_exit_non_zero(run):
    missing = run("bulletin", "show", "42")
    assert missing.exit_code == 1 and "numéro 42 introuvable" in missing.output
    bad_period = run("bulletin", "new", "--period", "novembre")
    assert bad_period.exit_code == 2 and "AAAA-MM-JJ" in bad_period.output
    run("bulletin", "new")
    resolve = run("bulletin", "resolve", "1", "x@pme.example")
    assert resolve.exit_code == 2 and "--delivered ou --resend" in resolve.output


def test_organisations_and_accounts_from_the_command_line(run, tmp_path):
    added = run(
        "partners",
        "add",
        "ad-normandie",
        "--name",
        'AD "Normandie"',
        "--url",
        "https://adnormandie.example/",
    )
    assert added.exit_code == 0, added.output
    assert run("sources", "check").exit_code == 0
    again = run("partners", "add", "ad-normandie", "--name", "x")
    assert again.exit_code == 2 and "déjà déclaré" in again.output
    assert "ad-normandie" in run("partners", "list").output
    made = run(
        "users",
        "add",
        "camille@ad.example",
        "--name",
        "Camille",
        "--partner",
        "ad-normandie",
        "--password-stdin",
        input="un-long-mot-de-passe\n",
    )
    assert made.exit_code == 0, made.output
    short = run(
        "users",
        "add",
        "x@ad.example",
        "--name",
        "X",
        "--partner",
        "ad-normandie",
        "--password-stdin",
        input="court\n",
    )
    assert short.exit_code == 1 and "trop court" in short.output
    orphan = run(
        "users",
        "add",
        "y@ad.example",
        "--name",
        "Y",
        "--password-stdin",
        input="un-long-mot-de-passe\n",
    )
    assert orphan.exit_code == 1 and "organisation" in orphan.output
    listed = json.loads(run("users", "list", "--json").output)
    assert listed == [
        {
            "email": "camille@ad.example",
            "name": "Camille",
            "role": "partner",
            "partner": "ad-normandie",
            "active": True,
        }
    ]
    assert (
        run(
            "users",
            "reset-password",
            "camille@ad.example",
            "--password-stdin",
            input="un-autre-mot-de-passe\n",
        ).exit_code
        == 0
    )
    app = Veille.from_env()
    assert app.users_authenticate("camille@ad.example", "un-autre-mot-de-passe").name == "Camille"
    app.close()


def test_worker_status_and_schedule_commands(run, tmp_path, monkeypatch):
    from veille.testing.loopback import LoopbackServer, Route

    from .test_service import rss

    with LoopbackServer({"/f.xml": Route(body=rss("w", 3))}) as farm:
        sources = tmp_path / "sources.yaml"
        sources.write_text(
            sources.read_text() + source_yaml("w", farm.url("/f.xml")), encoding="utf-8"
        )
        monkeypatch.setenv("VEILLE_ALLOW_INTERNAL", "1")
        worked = run("worker", "--once")
    assert worked.exit_code == 0 and "source(s) collectée(s)" in worked.output
    status = json.loads(run("status", "--json").output)
    assert status["sources"]["total"] == 4 and status["due_or_claimed"] == 0
    assert {j["name"] for j in status["jobs"]} == {"analyse"}
    assert "Sources : 4" in run("status").output
    run("bulletin", "new")
    scheduled = run("bulletin", "schedule", "1", "--at", "2099-01-01T08:00")
    assert scheduled.exit_code == 0 and "01/01/2099 à 08:00" in scheduled.output
    assert run("bulletin", "show", "1", "--json").exit_code == 0
    assert "prêt" in run("bulletin", "list").output
    assert run("bulletin", "schedule", "1", "--cancel").exit_code == 0


def test_a_csv_saved_by_french_excel_imports_every_good_line(run, tmp_path):
    """« CSV (séparateur : point-virgule) » from French Excel: Windows-1252, semicolons,
    French headers; one broken line is reported with its number, the rest imported."""
    csv = tmp_path / "abonnes-excel.csv"
    lines = [
        "Courriel;Thèmes;Statut;Date de consentement;Origine",
        "hélène@menuiserie-bocage.fr;cyber ai;actif;2026-09-12;Salon de Caen",
        'françois@laiterie.fr;"cyber;2026-09-12;actif',  # a quote never closed
        "gérard@transports-seine.fr;cyber;actif;2026-10-20;Atelier CCI",
    ]
    csv.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    imported = run("subscribers", "import", str(csv))
    assert imported.exit_code == 1, imported.output
    assert "Windows-1252" in imported.output and "ligne 3" in imported.output
    assert "2 abonné(s) importé(s)" in imported.output
    listed = run("subscribers", "list", "--json")
    emails = {s["email"] for s in json.loads(listed.output)}
    assert emails == {"hélène@menuiserie-bocage.fr", "gérard@transports-seine.fr"}


def test_items_list_finds_items_and_their_ids(run):
    import json as _json

    found = _json.loads(run("items", "list", "rançongiciel", "--json").output)
    assert found and all("rançongiciel" in i["title"].lower() for i in found)
    assert {"id", "title", "source", "themes", "status"} <= set(found[0])
    by_theme = _json.loads(run("items", "list", "--theme", "blockchain", "--json").output)
    assert by_theme and all("blockchain" in i["themes"] for i in by_theme)
    table = run("items", "list", "--limit", "2")
    assert table.exit_code == 0 and "Articles (2)" in table.output
    bad = run("items", "list", "--since", "hier")
    assert bad.exit_code == 2 and "AAAA-MM-JJ" in bad.output
    far = run("items", "list", "--until", "9999-12-31")  # the web's bounds, not a traceback
    assert far.exit_code == 2 and "hors des années couvertes" in far.output


def test_the_editor_trims_the_agenda_from_the_command_line(run):
    """`veille bulletin agenda N` lists the issue's calls and events, takes one out with
    --retirer and puts it back with --remettre."""
    from veille.testing.stores import stores
    from veille.types import SourceState

    from .bulletin_data import make_item

    app = Veille.from_env()
    later = (NOW + timedelta(days=30)).date()
    source = "a"  # the first of SOURCES
    item = make_item(
        source,
        "aap-cli",
        "Appel à projets Cybersécurité des PME",
        NOW - timedelta(days=2),
        f"Dossiers jusqu'au {later.day}/{later.month}/{later.year}.",
    )
    stores(app).store.record(SourceState(source, f"https://{source}.example/f"), [item], NOW)
    app.close()
    start = (NOW - timedelta(days=13)).date().isoformat()
    assert run("bulletin", "new", "--period", f"{start}..{NOW.date().isoformat()}").exit_code == 0
    shown = run("bulletin", "agenda", "1")
    assert shown.exit_code == 0 and "Appel à projets Cybersécurité des PME" in shown.output
    item_id = re.search(r"│ (\d+) +│ Appel à projets", shown.output).group(1)  # type: ignore[union-attr]
    taken = run("bulletin", "agenda", "1", "--retirer", item_id)
    assert taken.exit_code == 0 and f"article {item_id} retiré de l'agenda" in taken.output
    assert f"retiré : article {item_id}" in taken.output
    back = run("bulletin", "agenda", "1", "--remettre", item_id)
    assert back.exit_code == 0 and "remis dans l'agenda" in back.output
    assert "retiré :" not in back.output
