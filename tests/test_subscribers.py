"""Subscriber data: addresses, CSV import/export format, signed links."""

from datetime import UTC, datetime, timedelta

import pytest

from veille.bulletin.rules import SubscriberStatus
from veille.bulletin.subscribers import choose_themes, normalise_email, parse_csv, write_csv
from veille.bulletin.tokens import Tokens, secret_key
from veille.errors import ConfigError, LinkError

THEMES = ["cyber", "ai", "blockchain"]


def test_addresses_are_checked_and_normalised_without_dns():
    assert normalise_email("  Jean.Dupont@Exemple.FR ") == "jean.dupont@exemple.fr"
    for bad in ("", "pas-une-adresse", "a@b", "a b@exemple.fr", "a@exemple..fr"):
        with pytest.raises(ValueError, match="invalide"):
            normalise_email(bad)


def test_themes_keep_configuration_order_and_none_means_all():
    assert choose_themes(["blockchain", " cyber "], THEMES) == ("cyber", "blockchain")
    assert choose_themes(["", " "], THEMES) == tuple(THEMES)
    with pytest.raises(ValueError, match="inconnu"):
        choose_themes(["cyber", "meteo"], THEMES)


CSV = """email;themes;consent_at;consent_source
alice@pme.fr;cyber ai;2026-01-15;salon Caen
bob@@pme.fr;;;
carol@pme.fr;;;
dave@pme.fr;meteo;2026-01-15;
ALICE@pme.fr;ai;2026-02-01;
erin@pme.fr;blockchain;15/01/2026;
frank@pme.fr;;2026-03-01;;extra
"""


def test_csv_import_reports_bad_lines_by_number_and_keeps_the_rest():
    rows, problems = parse_csv(CSV, THEMES, "import")
    assert [(r.line, r.email, r.themes, r.status) for r in rows] == [
        (2, "alice@pme.fr", ("cyber", "ai"), SubscriberStatus.ACTIVE),
        (4, "carol@pme.fr", tuple(THEMES), SubscriberStatus.PENDING),
    ]
    assert rows[0].consent_source == "salon Caen" and rows[1].consent_source == "import"
    assert [p.line for p in problems] == [3, 5, 6, 7, 8]
    assert "ligne 6 : alice@pme.fr figure déjà plus haut" in [str(p) for p in problems]
    assert "illisible" in str(problems[3]) and "plus de colonnes" in str(problems[4])


def test_csv_without_email_column_is_one_clear_problem():
    rows, problems = parse_csv("themes\ncyber\n", THEMES, "import")
    assert rows == [] and problems[0].line == 1 and "« email » absente" in problems[0].message


def test_unknown_columns_are_refused_with_the_known_ones():
    rows, problems = parse_csv("email,Thèmes,couleur\na@b.fr,cyber,bleu\n", THEMES, "import")
    assert rows == [] and len(problems) == 1
    assert "couleur" in problems[0].message and "consent_source" in problems[0].message


def test_french_and_accented_column_names_are_understood():
    text = "Courriel;Thèmes;Statut;Date de consentement\na@b.fr;ai;actif;2026-11-02\n"
    rows, problems = parse_csv(text, THEMES, "import")
    assert problems == [] and rows[0].themes == ("ai",) and rows[0].status.value == "active"


def test_an_open_quote_spoils_its_line_only():
    lines = ["email,themes"] + [f"r{i}@pme.fr,cyber" for i in range(1, 50)]
    lines.insert(10, '"broken@pme.fr,cyber')  # line 11: a quote opened and never closed
    lines.append("z" * 200_000 + "@pme.fr,cyber")  # an endless field
    rows, problems = parse_csv("\n".join(lines) + "\n", THEMES, "import")
    assert len(rows) == 49
    assert [p.line for p in problems] == [11, 52]
    assert "guillemet" in problems[0].message and len(problems[1].message) < 200


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("cp1252", b""), ("utf-16", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-8", b"")],
)
def test_spreadsheet_encodings_are_read(encoding, bom):
    from veille.bulletin.subscribers import decode_csv

    text = "email;themes;consent_source\nhélène@pme.fr;cyber;salon de Caen\n"
    data = bom + text.encode(encoding)
    decoded, note = decode_csv(data)
    rows, problems = parse_csv(decoded, THEMES, "import")
    assert problems == [] and rows[0].email == "hélène@pme.fr"
    assert rows[0].consent_source == "salon de Caen"
    assert (note is not None) == (encoding == "cp1252")


def test_active_without_consent_date_is_refused():
    rows, problems = parse_csv("email,status\na@pme.fr,active\nb@pme.fr,pending\n", THEMES, "x")
    assert [r.email for r in rows] == ["b@pme.fr"] and "consentement" in problems[0].message


def test_export_imports_back_the_same():
    rows, _ = parse_csv(CSV, THEMES, "import")
    text = write_csv(
        {
            "email": r.email,
            "themes": r.themes,
            "status": r.status.value,
            "consent_at": r.consent_at,
            "consent_source": r.consent_source,
        }
        for r in rows
    )
    again, problems = parse_csv(text, THEMES, "other")
    assert problems == []
    assert [(r.email, r.themes, r.status, r.consent_at, r.consent_source) for r in again] == [
        (r.email, r.themes, r.status, r.consent_at, r.consent_source) for r in rows
    ]


DAYS = {"confirm": 7, "unsubscribe": 730, "preferences": 730}


def test_tokens_are_signed_expire_and_keep_to_their_purpose():
    tokens = Tokens("k" * 32, DAYS)
    now = datetime.now(UTC)
    read = tokens.read("confirm", tokens.make("confirm", 42, "key-42"))
    assert (read.subscriber_id, read.key) == (42, "key-42")
    assert tokens.read("confirm", tokens.make("confirm", 42, "k", now - timedelta(days=6))).key
    with pytest.raises(LinkError, match="expiré") as caught:
        tokens.read("confirm", tokens.make("confirm", 42, "k", now - timedelta(days=8)))
    assert caught.value.expired
    old = tokens.read("unsubscribe", tokens.make("unsubscribe", 9, "k", now - timedelta(days=400)))
    assert old.subscriber_id == 9 and old.issued_at <= now - timedelta(days=399)
    with pytest.raises(LinkError, match="pas valide"):
        tokens.read("unsubscribe", tokens.make("confirm", 42, "k"))
    good = tokens.make("unsubscribe", 42, "k")
    forged = good.replace(good.split(".")[0], "WzQzLCJrIl0")  # [43,"k"] with 42's signature
    with pytest.raises(LinkError, match="pas valide"):
        tokens.read("unsubscribe", forged)
    with pytest.raises(LinkError):
        Tokens("z" * 32, DAYS).read("unsubscribe", good)


def test_a_link_matches_only_its_own_reader():
    from veille.bulletin.tokens import LinkToken, key_matches

    created = datetime(2026, 11, 1, 10, 0, 0, 500000, tzinfo=UTC)
    assert key_matches(LinkToken(1, "abc", created), "abc", created)
    assert not key_matches(LinkToken(1, "abc", created), "xyz", created)
    assert not key_matches(LinkToken(1, "abc", created), None, created)
    # a link mailed before keys existed: fine unless it predates the reader
    assert key_matches(LinkToken(1, None, created.replace(microsecond=0)), "k", created)
    assert not key_matches(LinkToken(1, None, created - timedelta(days=1)), "k", created)


def test_secret_key_file_is_created_private_and_reused(tmp_path):
    path = tmp_path / "secret.key"
    key = secret_key("", str(path))
    assert len(key) >= 32 and path.stat().st_mode & 0o777 == 0o600
    assert secret_key("", str(path)) == key
    assert secret_key("configured-key-long-enough", str(path)) == "configured-key-long-enough"
    path.write_text("short")
    with pytest.raises(ConfigError, match="trop courte"):
        secret_key("", str(path))
    with pytest.raises(ConfigError):
        Tokens("short", DAYS)
