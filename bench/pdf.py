"""The PDF edition: size and render time of a full issue (4 sections of 10 items, notes,
credits, « Vulnérabilités à corriger »), laid out on A4 by WeasyPrint.

    python bench/pdf.py

Needs the system's Pango library (as `veille bulletin pdf` does)."""

from __future__ import annotations

import io
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille.bulletin.pdf import html_to_pdf, pdf_unavailable  # noqa: E402
from veille.bulletin.render import Identity, Renderer  # noqa: E402
from veille.bulletin.rules import Entry, IssueContent, Section  # noqa: E402

LABELS = {
    "cyber": "Cybersécurité",
    "ai": "Intelligence artificielle",
    "blockchain": "Blockchain",
    "region": "En Normandie",
}


def issue() -> IssueContent:
    summary = "Une phrase de résumé assez longue pour remplir la place d'un vrai résumé. " * 3
    sections = tuple(
        Section(
            theme,
            label,
            tuple(
                Entry(
                    i,
                    f"Un titre d'article assez long numéro {i} de la rubrique {label}",
                    f"https://news.example/{theme}/{i}",
                    "Outlet & Co",
                    date(2026, 11, 3),
                    summary,
                    "Une note éditoriale qui explique l'enjeu pour les PME." if i % 2 else "",
                    "CCI Normandie, Pôle TES",
                    ("Autre média",),
                )
                for i in range(10)
            ),
        )
        for theme, label in LABELS.items()
    )
    return IssueContent(
        12,
        "Bulletin",
        date(2026, 11, 1),
        date(2026, 11, 15),
        "Bonjour.\n\nSuite.",
        sections,
        ("CCI Normandie", "Pôle TES", "NAE"),
        datetime(2026, 11, 16, tzinfo=UTC),
    )


def main() -> int:
    why = pdf_unavailable()
    if why:
        print(why)
        return 2
    renderer = Renderer(Identity("Réseau normand", "Bulletin de veille", "https://veille.example"))
    html = renderer.render(issue(), LABELS, variant="pdf").html
    html_to_pdf(html)  # the first run loads fonts
    times = []
    for _ in range(3):
        began = time.perf_counter()
        data = html_to_pdf(html)
        times.append(time.perf_counter() - began)
    import pypdf

    pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    print(
        f"full issue (40 items): {pages} A4 pages, {len(data) / 1024:.0f} KB, "
        f"rendered in {min(times):.2f} s (best of 3, fonts loaded)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
