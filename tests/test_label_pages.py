"""The labeller's tools (bench/label_pages.py): a batch file's pages appended to the texts and the
labels at once, an address labelled already left out, a malformed block refused with its address,
and the readings dumped without the batches kept aside."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from label_pages import BatchError, add, parse_batch, readings

BATCH = """@@ https://example.org/appel-a-projets-cyber
T: Appel à projets Cybersécurité des PME
L: call 2027-03-15 2026-11-02
La Région lance un appel à projets.
Date limite de dépôt des dossiers : 15 mars 2027.
@@ https://example.org/bilan
T:
L: none - -
Le salon s'est tenu du 3 au 5 mai.
"""


def test_a_batch_file_is_read_page_by_page() -> None:
    call, report = parse_batch(BATCH)
    assert (call.url, call.title, call.kind, call.day, call.published) == (
        "https://example.org/appel-a-projets-cyber",
        "Appel à projets Cybersécurité des PME",
        "call",
        "2027-03-15",
        "2026-11-02",
    )
    assert call.text.endswith("15 mars 2027.") and "\n" in call.text
    assert (report.title, report.kind, report.day, report.published) == ("", "none", "", "")
    assert call.row(348) == (
        "https://example.org/appel-a-projets-cyber\tcall\t2027-03-15\t2026-11-02\tbatch348"
    )


@pytest.mark.parametrize(
    ("block", "said"),
    [
        ("@@ https://a.example\nL: call - -\ntext", "« T: » and « L: »"),
        ("@@ https://a.example\nT: x\nL: appel - -\ntext", "wants a kind"),
        ("@@ https://a.example\nT: x\nL: event 2027-13-40 -\ntext", "« 2027-13-40 » is no date"),
    ],
)
def test_a_malformed_block_is_refused_with_its_address(block: str, said: str) -> None:
    with pytest.raises(BatchError) as refused:
        parse_batch(block)
    assert "https://a.example" in str(refused.value) and said in str(refused.value)


def test_adding_appends_texts_and_labels_once(tmp_path: Path) -> None:
    labels = tmp_path / "labels.tsv"
    labels.write_text(
        "# url\tkind\tdate\tpublished\tset\nhttps://example.org/bilan\tnone\t\t\tbatch1\n",
        encoding="utf-8",
    )
    pages = tmp_path / "realdata" / "pages.jsonl"
    batch = tmp_path / "348.txt"
    batch.write_text(BATCH, encoding="utf-8")
    assert add(batch, 348, pages, labels) == (1, 1)  # the report is labelled already
    rows = labels.read_text(encoding="utf-8").splitlines()
    assert rows[-1].endswith("\tcall\t2027-03-15\t2026-11-02\tbatch348") and len(rows) == 3
    (text,) = [json.loads(line) for line in pages.read_text(encoding="utf-8").splitlines()]
    assert text["title"] == "Appel à projets Cybersécurité des PME"
    assert add(batch, 348, pages, labels) == (0, 0)  # nothing twice
    assert len(labels.read_text(encoding="utf-8").splitlines()) == 3


def test_the_readings_leave_the_kept_aside_batches_out(tmp_path: Path) -> None:
    labels, pages, batch = tmp_path / "l.tsv", tmp_path / "p.jsonl", tmp_path / "b.txt"
    labels.write_text("", encoding="utf-8")
    batch.write_text(BATCH, encoding="utf-8")
    add(batch, 348, pages, labels)
    found = readings(pages, labels, skip=set())
    assert found["https://example.org/appel-a-projets-cyber"] == [
        "call",
        "Appel à projets",
        "2027-03-15",
    ]
    assert found["https://example.org/bilan"] is None
    assert readings(pages, labels, skip={"batch348"}) == {}
