"""The PDF edition of an issue: the archive page of the issue, laid out on A4 by WeasyPrint
(fonts embedded, links live, headings tagged). The only WeasyPrint user.

WeasyPrint needs the Pango library of the system (`apt install libpango-1.0-0` on Debian);
without it the PDF edition is off and every command says why, nothing else changes."""

from __future__ import annotations

from functools import cache

from veille.errors import BulletinError

A4 = """
@page { size: A4; margin: 14mm 12mm 16mm 12mm;
  @bottom-center { content: counter(page) " / " counter(pages); font: 9pt Arial, sans-serif;
                   color: #52606d; } }
body, .page { background: #ffffff !important; }
.card { width: 100% !important; max-width: none !important; }
.head, .body, .foot { padding-left: 0 !important; padding-right: 0 !important; }
.head { padding: 12px 14px !important; }
.entry { break-inside: avoid; }
h2.section { break-after: avoid; }
a { color: #0b5cad; }
"""


@cache
def pdf_unavailable() -> str | None:
    """Why PDFs cannot be made here (None when they can)."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return (
            "l'édition PDF demande WeasyPrint et la bibliothèque Pango du système "
            f"(Debian : apt install libpango-1.0-0) : {first}"
        )
    return None


def html_to_pdf(html: str, base_url: str | None = None) -> bytes:
    """The page on A4, with the print style added after the page's own."""
    why = pdf_unavailable()
    if why:
        raise BulletinError(why)
    import logging

    import weasyprint

    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # the mail's CSS, not for print
    page = html.replace("</head>", f"<style>{A4}</style></head>", 1)
    document = weasyprint.HTML(string=page, base_url=base_url)
    try:
        return bytes(document.write_pdf(pdf_tags=True))
    except TypeError:  # a WeasyPrint without tagged PDF
        return bytes(document.write_pdf())
