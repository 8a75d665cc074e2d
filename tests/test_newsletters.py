"""Newsletters as sources: real MIME messages in the styles of Mailchimp, Brevo and
Substack, delivered over SMTP on loopback to Veille's receiver; bad or hostile mail refused
with a record, nothing else lost. Real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

from veille.app.facade import Veille

NEWSLETTERS = """\
  - id: lettre-pole
    name: Lettre du Pôle TES
    kind: newsletter
    senders: [news@poletes.example]
    themes: [cyber]
    partner: cci
  - id: lettre-brevo
    name: Lettre de la CCI (Brevo)
    kind: newsletter
    senders: ["@cci-news.example"]
    partner: cci
  - id: lettre-substack
    name: Veille IA (Substack)
    kind: newsletter
    address: veille-ia@lettres.example
    senders: [veilleia@substack.com]
    partner: cci
"""
DOMAIN = "lettres.veille.invalid"
DATA = Path(__file__).parent / "data" / "newsletters"


def html(name: str) -> str:
    """A letter's HTML, written for these tests in the style of its tool."""
    return (DATA / f"{name}.html").read_text(encoding="utf-8")


def mailchimp() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Pôle TES <news@poletes.example>"
    message["To"] = f"lettre-pole@{DOMAIN}"
    message["Subject"] = "La lettre du Pôle TES — novembre"
    message["Message-ID"] = "<mc-1@poletes.example>"
    message["Date"] = "Mon, 16 Nov 2026 09:00:00 +0100"
    message.set_content("Version texte de la lettre.")
    message.add_alternative(html("mailchimp"), subtype="html")
    return message


def brevo() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "CCI Normandie <lettre@cci-news.example>"
    message["To"] = f"lettre-brevo@{DOMAIN}"
    message["Subject"] = "L'actualité des entreprises"
    message["Message-ID"] = "<brevo-7@cci-news.example>"
    message.set_content(
        "Aides régionales à l'industrie du futur : le point complet\n"
        "https://cci-news.example/aides-industrie?utm_source=brevo&utm_medium=email\n\n"
        "Se désinscrire : https://cci-news.example/unsubscribe?id=9\n"
    )
    message.add_alternative(html("brevo"), subtype="html")
    return message


def substack() -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Veille IA <veilleia@substack.com>"
    message["To"] = "veille-ia@lettres.example"
    message["Subject"] = "Les modèles ouverts rattrapent les modèles fermés"
    message["Message-ID"] = "<ss-3@substack.com>"
    message.add_alternative(html("substack"), subtype="html")
    return message


@pytest.fixture
def app(make_app, tmp_path):  # type: ignore[no-untyped-def]
    app = make_app(NEWSLETTERS, model_file=str(tmp_path / "themes.model"), inbound_domain=DOMAIN)
    app.sources_sync()
    return app


def send(port: int, message: EmailMessage, to: str) -> tuple[int, bytes]:
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
        smtp.ehlo()
        smtp.mail(message["From"].addresses[0].addr_spec)
        code, reply = smtp.rcpt(to)
        if code != 250:
            return code, reply
        return smtp.data(message.as_bytes(policy=SMTP))  # CRLF line ends, as on the wire


def items_of(app: Veille, source: str) -> dict[str, str | None]:
    return {r.title: r.url for r in app.items_latest(200) if r.source_id == source}


def test_letters_in_three_styles_become_items_over_smtp(app):
    with app.newsletters_inbox(port=0) as inbox:
        assert send(inbox.port, mailchimp(), f"lettre-pole@{DOMAIN}")[0] == 250
        assert send(inbox.port, brevo(), f"lettre-brevo@{DOMAIN}")[0] == 250
        assert send(inbox.port, substack(), "veille-ia@lettres.example")[0] == 250
    assert items_of(app, "lettre-pole") == {
        "Cybersécurité : un guide pour les TPE industrielles": "https://poletes.example/actus/guide-cyber-tpe",
        "Jumeau numérique : trois PME normandes témoignent": "https://poletes.example/actus/jumeau-numerique",
    }
    assert items_of(app, "lettre-brevo") == {
        "Aides régionales à l'industrie du futur : le point complet": "https://cci-news.example/aides-industrie"
    }
    assert items_of(app, "lettre-substack") == {
        "Les modèles ouverts rattrapent les modèles fermés": "https://veilleia.substack.com/p/modeles-ouverts"
    }
    log = app.newsletters_log()
    assert [r.status for r in log] == ["accepted"] * 3
    assert all("alert" not in r.title for r in app.items_latest(200))


def test_bad_and_hostile_mail_is_refused_with_a_record_and_nothing_is_lost(app):
    with app.newsletters_inbox(port=0) as inbox:
        assert send(inbox.port, mailchimp(), f"lettre-pole@{DOMAIN}")[0] == 250
        before = items_of(app, "lettre-pole")
        impostor = mailchimp()
        del impostor["From"]
        impostor["From"] = "Pôle TES <news@poletes-securite.example>"
        code, reply = send(inbox.port, impostor, f"lettre-pole@{DOMAIN}")
        assert code == 550 and "non déclaré" in reply.decode()
        code, reply = send(inbox.port, mailchimp(), f"personne@{DOMAIN}")
        assert code == 550 and "adresse inconnue" in reply.decode()
        big = mailchimp()
        big.add_attachment(b"x" * (app.settings.inbound_max_bytes + 10), "application", "pdf")
        code, _ = send(inbox.port, big, f"lettre-pole@{DOMAIN}")
        assert code in (550, 552)
    garbage = app.newsletters_receive(b"\x00\xff not a message at all", [f"lettre-pole@{DOMAIN}"])
    assert not garbage[0].accepted and "From" in garbage[0].reason
    assert items_of(app, "lettre-pole") == before, "what was stored before is kept"
    refused = [r for r in app.newsletters_log() if r.status == "refused"]
    assert {r.reason.split(" ")[0] for r in refused} >= {"expéditeur", "message"}


def test_newsletter_sources_are_declared_with_their_senders(make_app):
    from veille.errors import ConfigError

    bad = make_app("  - id: sans-expediteur\n    name: X\n    kind: newsletter\n    partner: cci\n")
    with pytest.raises(ConfigError, match="senders : une lettre d'information déclare"):
        bad.sources()
