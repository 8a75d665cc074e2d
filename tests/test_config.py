from pathlib import Path

import pytest

from veille.errors import ConfigError
from veille.sources.load import load_sources, parse_interval, parse_sources
from veille.types import SourceKind

from .conftest import SOURCES_HEAD, source_yaml

ROOT = Path(__file__).parent.parent


def issues_of(text: str) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse_sources(text, "sources.yaml")
    return [str(i) for i in info.value.issues]


def test_valid_file_gives_typed_sources():
    config = parse_sources(
        SOURCES_HEAD
        + source_yaml("a", "https://example.org/feed")
        + source_yaml(
            "b", "https://example.org/news", kind="page", extra="    selector: 'main h2 a'\n"
        )
    )
    assert [s.id for s in config.sources] == ["a", "b"]
    assert config.sources[1].kind is SourceKind.PAGE
    assert config.sources[1].selector == "main h2 a"
    assert config.sources[0].interval == 3600
    assert config.sources[0].line == 14


def test_unknown_key_is_reported_with_its_line():
    text = SOURCES_HEAD + source_yaml("a", "https://example.org/f", extra="    colour: red\n")
    assert issues_of(text) == ["sources.yaml:21: sources.0.colour : clé inconnue"]


def test_wrong_type_duplicate_id_unknown_theme_and_bad_url_all_reported():
    text = (
        SOURCES_HEAD
        + source_yaml("a", "https://example.org/f", extra="    enabled: maybe\n")
        + source_yaml("a", "https://example.org/g", themes="[cyber, crypto]")
        + source_yaml("c", "ftp://example.org/h")
    )
    found = issues_of(text)
    assert "sources.yaml:21: sources.0.enabled : booléen attendu (true ou false)" in found
    assert any(i.startswith("sources.yaml:32: sources.2.url : URL invalide") for i in found)
    # the cross-checks are in the same report (issue 18: every error at once)
    assert any(i.endswith("sources.1.id : identifiant « a » déjà utilisé") for i in found)
    assert any("sources.1.themes : thème inconnu « crypto »" in i for i in found)
    text = (
        SOURCES_HEAD
        + source_yaml("a", "https://example.org/f")
        + source_yaml("a", "https://example.org/g", themes="[cyber, crypto]")
    )
    found = issues_of(text)
    assert "sources.yaml:21: sources.1.id : identifiant « a » déjà utilisé" in found
    assert any(
        i.startswith("sources.yaml:25: sources.1.themes : thème inconnu « crypto »") for i in found
    )


def test_structural_and_reference_errors_come_in_one_report():
    text = (
        SOURCES_HEAD
        + source_yaml("a", "https://example.org/f", extra="    oops: 1\n").replace(
            "partner: cci", "partner: nobody"
        )
        + source_yaml("a", "ftp://example.org/g", themes="[crypto]")
    )
    found = issues_of(text)
    expected = (
        "clé inconnue",
        "URL invalide",
        "partenaire inconnu « nobody »",
        "identifiant « a » déjà utilisé",
        "thème inconnu « crypto »",
    )
    for words in expected:
        assert any(words in i for i in found), (words, found)


def test_unknown_partner_and_bad_interval():
    text = SOURCES_HEAD + source_yaml("a", "https://example.org/f").replace(
        "partner: cci", "partner: nobody"
    ).replace("interval: 1h", "interval: 3 fois")
    found = issues_of(text)
    assert any("sources.0.interval" in i and "illisible" in i for i in found)


def test_yaml_syntax_error_and_duplicate_key_have_lines():
    assert issues_of("themes: [a\npartners: []\n")[0].startswith("sources.yaml:2: YAML invalide")
    text = SOURCES_HEAD + source_yaml("a", "https://example.org/f") + "    url: https://x.org/\n"
    assert issues_of(text) == ["sources.yaml:21: clé « url » en double"]


def test_nothing_is_returned_from_a_half_valid_file():
    text = (
        SOURCES_HEAD
        + source_yaml("good", "https://example.org/f")
        + source_yaml("bad", "not a url")
    )
    with pytest.raises(ConfigError):
        parse_sources(text)


def test_missing_file_and_not_a_mapping(tmp_path):
    with pytest.raises(ConfigError, match="fichier introuvable"):
        load_sources(tmp_path / "nope.yaml")
    assert "themes, partners et sources" in issues_of("- just\n- a list\n")[0]


def test_selector_is_validated():
    text = SOURCES_HEAD + source_yaml(
        "p", "https://example.org/", kind="page", extra="    selector: 'main >>> ['\n"
    )
    assert any("sélecteur CSS invalide" in i for i in issues_of(text))


def test_a_source_may_declare_that_it_announces_calls_or_events():
    config = parse_sources(
        SOURCES_HEAD
        + source_yaml("a", "https://example.org/aap", extra="    announces: call\n")
        + source_yaml(
            "b", "https://example.org/agenda", kind="page", extra="    announces: event\n"
        )
        + source_yaml("c", "https://example.org/f")
    )
    assert [s.announces for s in config.sources] == ["call", "event", None]
    text = SOURCES_HEAD + source_yaml("a", "https://example.org/f", extra="    announces: news\n")
    assert issues_of(text) == [
        "sources.yaml:21: sources.0.announces : valeur non autorisée ('call' or 'event')"
    ]
    text = SOURCES_HEAD + source_yaml(
        "k", "https://example.org/kev.json", kind="kev", extra="    announces: call\n"
    )
    assert issues_of(text) == [
        "sources.yaml:21: sources.0.announces : réservé aux sources d'articles "
        "(feed, page ou newsletter)"
    ]


@pytest.mark.parametrize(
    ("value", "seconds"), [("30m", 1800), ("6h", 21600), ("1d", 86400), ("2j", 172800), (900, 900)]
)
def test_intervals(value, seconds):
    assert parse_interval(value) == seconds


@pytest.mark.parametrize("value", ["1m", "90d", "soon", True])
def test_bad_intervals(value):
    with pytest.raises(ValueError):
        parse_interval(value)


def test_shipped_sources_file_is_a_real_starting_list():
    config = load_sources(ROOT / "sources.yaml")
    assert len(config.sources) >= 30
    assert {t.id for t in config.themes} == {"cyber", "ai", "blockchain"}
    for theme in ("cyber", "ai", "blockchain"):
        assert sum(theme in s.themes for s in config.sources) >= 8, theme
    assert {s.language for s in config.sources} >= {"fr", "en"}
    assert all(s.url.startswith("https://") for s in config.sources)
    assert any(s.kind is SourceKind.PAGE for s in config.sources)


def test_the_facade_reads_sources_yaml_once_per_change(make_app, tmp_path):
    app = make_app(source_yaml("a", "https://a.example/f"))
    first = app.sources()
    assert app.sources() is first, "read once while the file is unchanged"
    path = Path(app.settings.sources_file)
    path.write_text(path.read_text() + source_yaml("b", "https://b.example/f"), encoding="utf-8")
    assert [s.id for s in app.sources().sources] == ["a", "b"], "read again once it changed"
