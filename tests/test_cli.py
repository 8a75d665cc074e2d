"""The `veille` command as an editor uses it (real database, loopback server)."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.cli.main import cli
from veille.storage import db
from veille.testing.loopback import Route

from .conftest import SOURCES_HEAD, source_yaml

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLE_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("VEILLE_SOURCES_FILE", str(tmp_path / "sources.yaml"))
    monkeypatch.setenv("VEILLE_ALLOW_INTERNAL", "1")
    monkeypatch.setenv("VEILLE_PARSE_PROCESSES", "0")
    monkeypatch.setenv("VEILLE_MODEL_FILE", str(tmp_path / "themes.model"))
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return invoke


def test_sources_check_reports_file_and_line_and_exits_2(run, tmp_path):
    (tmp_path / "sources.yaml").write_text(
        SOURCES_HEAD + source_yaml("a", "https://example.org/f", themes="[crypto]")
    )
    result = run("sources", "check")
    assert result.exit_code == 2
    assert "sources.yaml:18: sources.0.themes : thème inconnu « crypto »" in result.output
    (tmp_path / "sources.yaml").write_text(SOURCES_HEAD + source_yaml("a", "https://e.org/f"))
    ok = run("sources", "check")
    assert ok.exit_code == 0 and "valide — 1 sources (1 flux, 0 pages)" in ok.output


def test_an_error_line_is_never_broken_in_a_log(run, tmp_path, monkeypatch):
    """A long path in an error is printed on one line, whatever the width: a log or a grep
    finds « …/sources.yaml:18: » whole."""
    deep = tmp_path / ("répertoire-des-sources-du-réseau-" * 6)
    deep.mkdir()
    (deep / "sources.yaml").write_text(
        SOURCES_HEAD + source_yaml("a", "https://example.org/f", themes="[crypto]")
    )
    monkeypatch.setenv("VEILLE_SOURCES_FILE", str(deep / "sources.yaml"))
    result = run("sources", "check")
    assert result.exit_code == 2
    assert f"{deep / 'sources.yaml'}:18: sources.0.themes : thème inconnu" in result.output


def test_collect_summary_exit_status_and_health_list(run, tmp_path, server):
    server.routes["/ok"] = Route(body=(DATA / "rss2.xml").read_bytes(), etag='"v1"')
    server.routes["/ko"] = Route(status=500)
    (tmp_path / "sources.yaml").write_text(
        SOURCES_HEAD + source_yaml("ok", server.url("/ok")) + source_yaml("ko", server.url("/ko"))
    )
    result = run("collect")
    assert result.exit_code == 1
    assert "2 source(s) visitée(s)" in result.output and "5 nouveaux" in result.output
    assert "HTTP 500 : erreur du serveur" in result.output
    only_ok = run("collect", "--source", "ok", "--json")
    assert only_ok.exit_code == 0
    assert json.loads(only_ok.output)["sources"][0]["status"] == "not_modified"
    listing = json.loads(run("sources", "list", "--json").output)
    health = {h["id"]: h for h in listing}
    assert health["ok"]["items"] == 5 and health["ok"]["last_success"]
    assert health["ko"]["consecutive_failures"] == 1
    assert health["ko"]["last_error"] == "HTTP 500 : erreur du serveur"
    table = run("sources", "list")
    assert "ko" in table.output and "HTTP 500" in table.output


def test_unknown_source_id_is_a_clear_error(run, tmp_path):
    (tmp_path / "sources.yaml").write_text(SOURCES_HEAD + source_yaml("a", "https://e.org/f"))
    result = run("collect", "--source", "nope")
    assert result.exit_code == 2 and "source inconnue : nope" in result.output


def test_db_upgrade_is_idempotent(run):
    first = run("db", "upgrade")
    head = sorted(p.name[:4] for p in db.MIGRATIONS.joinpath("versions").glob("0*.py"))[-1]
    assert first.exit_code == 0 and f"vide → {head}" in first.output
    assert "déjà à jour" in run("db", "upgrade").output


def test_opml_round_trip(run, tmp_path):
    (tmp_path / "sources.yaml").write_text(SOURCES_HEAD + source_yaml("a", "https://e.org/f"))
    opml = tmp_path / "in.opml"
    opml.write_text("""<?xml version="1.0"?><opml version="2.0"><head/><body>
      <outline text="Cybersécurité"><outline type="rss" text="CERT &amp; co"
         xmlUrl="https://cert.example/feed"/></outline>
      <outline type="rss" text="IA news" category="Intelligence Artificielle,Tech"
         xmlUrl="https://ai.example/rss"/>
      <outline type="rss" text="Déjà là" xmlUrl="https://e.org/f"/>
      <outline type="rss" text="Cassé" xmlUrl="notaurl"/></body></opml>""")
    dry = run("sources", "import-opml", str(opml), "--partner", "pole", "--dry-run")
    assert "2 source(s) seraient ajoutées" in dry.output
    assert (tmp_path / "sources.yaml").read_text().split("id: ")[-1].split("\n")[0] == "a"
    result = run("sources", "import-opml", str(opml), "--partner", "pole", "--language", "fr")
    assert result.exit_code == 0 and "2 source(s) ajoutées : cert-co, ia-news" in result.output
    assert "déjà présent" in result.output and "URL invalide" in result.output
    from veille.sources.load import load_sources

    config = load_sources(tmp_path / "sources.yaml")
    imported = {s.id: s for s in config.sources}
    assert imported["cert-co"].themes == ("cyber",) and imported["ia-news"].themes == ("ai",)
    assert imported["ia-news"].partner == "pole" and imported["ia-news"].language == "fr"
    exported = run("sources", "export-opml").output
    assert 'xmlUrl="https://cert.example/feed"' in exported and "CERT &amp; co" in exported
    from veille.sources.opml import parse_opml

    assert {f.xml_url for f in parse_opml(exported.encode())} == {
        "https://e.org/f",
        "https://cert.example/feed",
        "https://ai.example/rss",
    }


def test_import_of_a_broken_opml_changes_nothing(run, tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text(SOURCES_HEAD + source_yaml("a", "https://e.org/f"))
    before = sources.read_text()
    (tmp_path / "bad.opml").write_text("<opml><body><outline")
    result = run("sources", "import-opml", str(tmp_path / "bad.opml"), "--partner", "cci")
    assert result.exit_code == 2 and "OPML illisible" in result.output
    assert sources.read_text() == before


def test_extract_a_page_file(run, tmp_path):
    page = tmp_path / "article.html"
    text = "Les rançongiciels visent désormais les exploitations agricoles normandes. " * 6
    page.write_text(
        f'<html lang="fr"><head><title>T</title><meta name="author" content="Ana">'
        f"</head><body><article><h1>Agriculteurs ciblés</h1><p>{text}</p>"
        f"</article></body></html>"
    )
    result = run("extract", str(page), "--json")
    data = json.loads(result.output)
    assert data["title"] == "Agriculteurs ciblés" and data["language"] == "fr"
    assert "exploitations agricoles" in data["text"]
    human = run("extract", str(page))
    assert "Titre : Agriculteurs ciblés" in human.output


def test_extract_from_a_url_uses_the_fetcher(run, server):
    text = "Artificial intelligence helps small firms plan their production better. " * 6
    server.routes["/a"] = Route(
        content_type="text/html",
        body=(
            f"<html><body><article><h1>AI planning</h1><p>{text}</p></article></body></html>"
        ).encode(),
    )
    data = json.loads(run("extract", server.url("/a"), "--json").output)
    assert data["title"] == "AI planning" and data["language"] == "en"


def test_demo_runs_offline_end_to_end(tmp_path):
    result = CliRunner().invoke(
        cli, ["demo", "--dir", str(tmp_path / "demo")], catch_exceptions=False
    )
    assert result.exit_code == 0
    # 6 + 5 + 6 + 3 + 1 (CERT-FR) feed items + 3 page articles
    assert "25 nouveaux" in result.output
    assert "Même histoire" in result.output and "aussi chez : IA & PME" in result.output
    assert "Cybersécurité 11" in result.output  # the classifier's (prompt injection: both)
    flat = " ".join(result.output.split())  # the console wraps long lines
    assert "2 citant une vulnérabilité (CVE)" in flat  # the VPN article and the CERT-FR alert
    assert "2 ligne(s) lue(s), 2 CVE nouvelle(s)" in flat  # the known-exploited catalogue
    assert "0 nouveaux, 0 mis à jour" in result.output  # second pass: all 304
    assert "HTTP 404" in result.output  # the deliberately broken source is reported
    assert (tmp_path / "demo" / "veille-demo.db").exists()
    # the bulletin: previewed, sent to the local SMTP sink, archived
    assert "brouillon N° 1 ouvert" in result.output
    assert "4 message(s) remis au serveur SMTP local" in result.output
    assert "ligne 6 : adresse « adresse-sans-arobase » invalide" in result.output
    # four bulletins, then one flash alert for the reader who uses FortiGate
    assert len(list((tmp_path / "demo" / "mail").glob("*.eml"))) == 5
    assert "1 alerte envoyée" in flat and "n'envoie rien : 0 alerte" in flat
    assert "« Grimpeur » (3 sources, nouveau)" in flat  # the trend radar's rising name
    assert "Lettre d'information reçue par courriel" in flat and "2 article(s) lus" in flat
    assert "clic(s) sur les articles des courriels" in flat  # the readership counter
    assert (tmp_path / "demo" / "archive" / "numero-1.pdf").exists() or "Pas d'édition PDF" in flat
    preview = (tmp_path / "demo" / "preview" / "numero-1.html").read_text()
    assert "Rançongiciel" in preview
    assert "Vulnérabilités à corriger" in preview and "CVE-2026-20345" in preview
    assert "Appels à projets &amp; agenda" in preview  # the call for projects, with its date
    text = (tmp_path / "demo" / "preview" / "numero-1.txt").read_text()
    assert "* Appel à projets — jusqu'au" in text
    # the pole's agenda page announces only events (sources.yaml « announces »)
    assert "* Événement — le " in text and "L'IA au service des artisans" in text
    assert "Agenda : 4 appel(s) et événement(s) ouverts" in flat
    assert "== EN NORMANDIE ==" in text  # the regional lens: the Orne, Le Havre…
    assert (tmp_path / "demo" / "archive" / "numero-1.html").exists()


def test_every_command_and_setting_is_documented():
    from veille.settings import SETTINGS_HELP, Settings

    settings_doc = (ROOT / "docs" / "settings.md").read_text()
    for name in Settings.__dataclass_fields__:
        assert f"VEILLE_{name.upper()}" in settings_doc, name
        assert name in SETTINGS_HELP, name
    cli_doc = (ROOT / "docs" / "cli.md").read_text()

    def walk(command, prefix):
        for name, sub in getattr(command, "commands", {}).items():
            yield f"{prefix} {name}"
            yield from walk(sub, f"{prefix} {name}")

    for path in walk(cli, "veille"):
        assert f"`{path}" in cli_doc, path


def test_classify_predict_eval_and_dedup_eval_commands(run, tmp_path):
    (tmp_path / "sources.yaml").write_text(SOURCES_HEAD + source_yaml("a", "https://e.org/f"))
    predicted = run("classify", "predict", str(DATA / "classify-eval.jsonl"))
    assert predicted.exit_code == 0
    lines = [json.loads(line) for line in predicted.output.splitlines()]
    assert len(lines) == 107 and lines[0]["id"] == "e1"
    assert set(lines[0]["scores"]) == {"cyber", "ai", "blockchain"}
    assert lines[0]["labels"] == ["cyber"]
    scored = run("classify", "eval", str(DATA / "classify-eval.jsonl"), "--json")
    metrics = json.loads(scored.output)
    assert metrics["items"] == 107 and set(metrics["themes"]) == {"cyber", "ai", "blockchain"}
    assert 0.85 <= metrics["macro_f1"] <= 1
    table = run("classify", "eval", str(DATA / "classify-eval.jsonl"))
    assert "F1 macro" in table.output and "blockchain" in table.output
    pairs = json.loads(run("dedup", "eval", str(DATA / "dedup-eval.jsonl"), "--json").output)
    assert pairs["pairs"] == 40 and pairs["f1"] >= 0.82
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "x"}\n{"summary": "no title"}\n')
    failed = run("classify", "predict", str(bad))
    assert failed.exit_code == 1 and "bad.jsonl:2" in failed.output and "title" in failed.output


def test_classify_train_reports_cross_validation(run, tmp_path):
    (tmp_path / "sources.yaml").write_text(SOURCES_HEAD + source_yaml("a", "https://e.org/f"))
    result = run("classify", "train", "--folds", "3")
    assert result.exit_code == 0 and "Validation croisée (3 parts)" in result.output
    assert (tmp_path / "themes.model").exists()


@pytest.mark.parametrize(
    "args, said",
    [
        (("bulletin", "publish"), "Erreur : argument manquant : NUMBER"),
        (("--nope",), "Erreur : option inconnue : --nope"),
        (("bulletin", "show", "abc"), "« abc » n'est pas un nombre entier"),
        (("bulletin", "shw"), "Erreur : commande inconnue : shw (vouliez-vous dire 'show' ?)"),
        (("bulletin", "list", "en-trop"), "Erreur : argument(s) en trop : en-trop"),
        (("items", "list", "--limit"), "l'option --limit attend une valeur"),
    ],
)
def test_usage_errors_are_told_in_french(run, args, said):
    result = run(*args)
    assert result.exit_code == 2
    assert said in result.output
    assert "Error" not in result.output and "Usage:" not in result.output
    if "--limit" not in args:
        assert "Utilisation : " in result.output and "--help" in result.output


def test_help_pages_are_in_french(run):
    result = run("bulletin", "--help")
    assert result.exit_code == 0
    assert result.output.startswith("Utilisation : ") and " bulletin [OPTIONS]" in result.output
    assert "Commandes:" in result.output and "Affiche cette aide et quitte." in result.output
    assert "Show this message" not in result.output
