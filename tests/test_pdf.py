"""The PDF edition of an issue: published beside its archive page, linked from the mail,
with every section, note and credit of the issue (the text of the PDF, read back)."""

from __future__ import annotations

import io
import os

import pytest
from click.testing import CliRunner

from veille.bulletin.pdf import pdf_unavailable
from veille.bulletin.rules import SubscriberStatus
from veille.cli.main import cli
from veille.testing.stores import stores

from .bulletin_data import NOW, SOURCES, seed
from .conftest import mail_settings

REQUIRE = os.environ.get("VEILLE_REQUIRE_PDF") == "1"


@pytest.fixture(autouse=True)
def _needs_pango():
    why = pdf_unavailable()
    if why and REQUIRE:
        pytest.fail(f"PDF required (VEILLE_REQUIRE_PDF=1): {why}")
    if why:
        pytest.skip(f"no PDF on this machine (CI installs Pango and runs this): {why}")


def text_of(data: bytes) -> str:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_a_published_issue_has_its_pdf_with_everything_the_mail_has(make_app, sink, tmp_path):
    from .test_publish import END, START

    app = make_app(*SOURCES, **mail_settings(sink, tmp_path))
    ids = seed(app)
    number = app.bulletin_new(START, END).number
    app.bulletin_note(number, ids["a1"], "Vérifiez vos sauvegardes cette semaine.")
    stores(app).subscribers.add(
        "lecteur@pme.example", ("cyber", "ai", "blockchain"), SubscriberStatus.ACTIVE, "t", NOW, NOW
    )
    app.bulletin_publish(number)
    pdf = tmp_path / "archive" / f"numero-{number}.pdf"
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    text = text_of(data)
    content = app.bulletin(number).content
    for section in content.sections:
        assert section.label in text
        for entry in section.entries:
            assert " ".join(entry.title.split())[:60] in text
            if entry.partner:
                assert f"Proposé par {entry.partner}" in text
    assert "Vérifiez vos sauvegardes cette semaine." in text
    assert len(data) < 500_000
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    assert reader.trailer["/Root"].get("/StructTreeRoot") is not None, "tagged headings"
    links = [
        a.get_object()["/A"]["/URI"]
        for page in reader.pages
        for a in page.get("/Annots") or []
        if "/A" in a.get_object()
    ]
    assert any(str(link).startswith("https://") for link in links), "links stay live"
    (mail,) = sink.received
    html = mail.message().get_body(("html",)).get_content()
    assert f"https://veille.example/archives/numero-{number}.pdf" in html
    archive = (tmp_path / "archive" / f"numero-{number}.html").read_text()
    assert "Version PDF (A4)" in archive


def test_veille_bulletin_pdf_writes_a_draft_too(make_app, tmp_path, monkeypatch):
    from .test_publish import END, START

    app = make_app(*SOURCES, secret_key="k" * 32)
    seed(app)
    number = app.bulletin_new(START, END).number
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        cli,
        [
            "--database",
            app.settings.database_url,
            "--sources",
            app.settings.sources_file,
            "bulletin",
            "pdf",
            str(number),
        ],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / f"numero-{number}.pdf").read_bytes().startswith(b"%PDF-")
    assert "Ko, rendu en" in result.output
