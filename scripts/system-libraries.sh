#!/usr/bin/env bash
# The one system library Veille uses beyond Python: Pango, for the PDF edition (WeasyPrint).
# Installed when missing and the machine allows it (Debian, as root or with sudo); otherwise
# a note, and Veille runs without PDFs (it says so where they would appear).
if ldconfig -p 2>/dev/null | grep -q "libpango-1.0.so"; then
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
if command -v apt-get >/dev/null 2>&1 && $SUDO true 2>/dev/null; then
    echo "Installation de Pango (édition PDF du bulletin)…"
    $SUDO apt-get install -y -q libpango-1.0-0 libpangoft2-1.0-0 >/dev/null 2>&1 || \
        { $SUDO apt-get update -q >/dev/null 2>&1 && \
          $SUDO apt-get install -y -q libpango-1.0-0 libpangoft2-1.0-0 >/dev/null 2>&1; } || \
        echo "Pango n'a pas pu être installé : pas d'édition PDF sur cette machine."
else
    echo "Note : sans la bibliothèque Pango (Debian : apt install libpango-1.0-0), pas d'édition PDF."
fi
exit 0
