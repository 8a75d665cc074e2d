"""Characters that must never reach a page or a mail from outside: bidirectional overrides
and isolates (« facture‮fdp.exe » shows as « factureexe.pdf »), other invisible format
controls, and control characters (pure)."""

from __future__ import annotations

import re

INVISIBLE = re.compile(
    "["
    "\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f"  # C0 and C1 controls but \t \n \r
    "\u061c\u200e\u200f"  # Arabic letter mark, left-to-right and right-to-left marks
    "\u202a-\u202e"  # embeddings and overrides
    "\u2066-\u2069"  # isolates
    "\ufeff"  # zero-width no-break space (byte-order mark)
    "]"
)


def strip_invisible(text: str) -> str:
    """``text`` without bidi controls and other invisible control characters."""
    return INVISIBLE.sub("", text) if text else text


def finalize(value: object) -> object:
    """For Jinja's ``finalize``: every string printed in a template is stripped too."""
    if isinstance(value, str):  # the same type back: safe markup stays safe markup
        return type(value)(strip_invisible(value))
    return value
