"""The labeller's tools for bench/opportunities_labelled.py: add a batch of pages read from the
stored public pages corpus, see how the rules read one page, and compare two versions of the
rules on every text.

    python bench/label_pages.py add BATCH_FILE --batch 1628     # texts and labels at once
    python bench/label_pages.py show URL_PART                  # how the rules read a page
    python bench/label_pages.py dump OUT.json                  # every reading, kept-aside left out
    python bench/label_pages.py diff BEFORE.json AFTER.json    # the pages a change reads otherwise

A batch file holds one block a page, each opened by its address:

    @@ https://example.org/appel-a-projets
    T: the page's headline (empty when it has none)
    L: call 2027-03-15 2026-11-02      (kind, date as the text states it, publication; - if none)
    the excerpt's text, as the corpus holds it, on the lines after

``add`` appends the texts to the JSONL file kept beside the checkout (the texts belong to their
publishers: never to the repository) and the labels to bench/data/opportunity-pages.tsv, leaving
out an address labelled already. ``dump`` leaves out the batches kept aside (``UNSHOWN``), so that
comparing two versions of the rules never shows how they read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from labelled_pages import read_pages  # noqa: E402
from opportunities_labelled import LABELS, PAGES, UNSHOWN, labels, read  # noqa: E402

KINDS = ("call", "event", "none")


class BatchError(ValueError):
    """A batch file's block that cannot be read, with the address it stands under."""


@dataclass(frozen=True)
class Page:
    url: str
    title: str
    kind: str
    day: str  # YYYY-MM-DD, --MM-DD or ""
    published: str  # YYYY-MM-DD or ""
    text: str

    def row(self, batch: int) -> str:
        return "\t".join((self.url, self.kind, self.day, self.published, f"batch{batch}"))


def parse_batch(source: str) -> list[Page]:
    """The pages of a batch file (pure): its blocks, each « @@ URL », « T: », « L: » and text."""
    pages = []
    for block in source.split("@@ ")[1:]:
        first, _, rest = block.partition("\n")
        url = first.strip()
        lines = rest.split("\n")
        if len(lines) < 2 or not lines[0].startswith("T:") or not lines[1].startswith("L: "):
            raise BatchError(f"{url}: a block needs its « T: » and « L: » lines first")
        fields = [("" if field == "-" else field) for field in lines[1][3:].split()]
        if len(fields) != 3 or fields[0] not in KINDS:
            raise BatchError(
                f"{url}: « L: » wants a kind ({', '.join(KINDS)}), a date, a publication"
            )
        kind, day, published = fields
        for value in (day.removeprefix("--"), published):
            if value and not _is_day(value):
                raise BatchError(f"{url}: « {value} » is no date (YYYY-MM-DD, --MM-DD, or -)")
        text = "\n".join(lines[2:]).strip()
        pages.append(Page(url, lines[0][2:].strip(), kind, day, published, text))
    return pages


def _is_day(value: str) -> bool:
    try:
        date.fromisoformat(value if value.count("-") == 2 else f"2000-{value}")
    except ValueError:
        return False
    return True


def add(batch_file: Path, batch: int, pages_path: Path, labels_path: Path) -> tuple[int, int]:
    """Append a batch file's pages: their labels (not for an address labelled already) and their
    texts (not for one whose text is there already). How many of each were added."""
    pages = parse_batch(batch_file.read_text(encoding="utf-8"))
    labelled = {x.url for x in labels(labels_path)}
    held = set()
    if pages_path.exists():
        held = {json.loads(line)["url"] for line in pages_path.read_text("utf-8").splitlines()}
    new = [p for p in pages if p.url not in labelled]
    with labels_path.open("a", encoding="utf-8") as out:
        out.writelines(p.row(batch) + "\n" for p in new)
    texts = [p for p in new if p.url not in held]
    pages_path.parent.mkdir(parents=True, exist_ok=True)
    with pages_path.open("a", encoding="utf-8") as out:
        for p in texts:
            out.write(
                json.dumps({"url": p.url, "title": p.title, "text": p.text}, ensure_ascii=False)
            )
            out.write("\n")
    return len(new), len(texts)


def readings(pages_path: Path, labels_path: Path, skip: set[str]) -> dict[str, list[str] | None]:
    """How the rules read every labelled text (as the agenda reads a fetched page), the batches
    in ``skip`` left out."""
    by_url = {x.url: x for x in labels(labels_path)}
    if (pages := read_pages(pages_path)) is None:
        raise FileNotFoundError(pages_path)
    out: dict[str, list[str] | None] = {}
    for page in pages.values():
        label = by_url.get(page["url"])
        if label is None or label.part in skip:
            continue
        found = read(page, label.published, "page", None)
        out[page["url"]] = None if found is None else [found.kind, found.label, str(found.day)]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=PAGES, help="JSONL of {url, title, text}")
    parser.add_argument("--labels", type=Path, default=LABELS)
    commands = parser.add_subparsers(dest="command", required=True)
    adding = commands.add_parser("add", help="append a batch file's texts and labels")
    adding.add_argument("batch_file", type=Path)
    adding.add_argument("--batch", type=int, required=True, help="the batch's number")
    showing = commands.add_parser("show", help="how the rules read the pages an address names")
    showing.add_argument("url_part")
    dumping = commands.add_parser("dump", help="every reading, the kept-aside batches left out")
    dumping.add_argument("out", type=Path)
    comparing = commands.add_parser("diff", help="the pages two dumps read otherwise")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    try:
        if args.command == "add":
            added, texts = add(args.batch_file, args.batch, args.pages, args.labels)
            print(f"batch{args.batch}: {added} pages labelled, {texts} texts added")
        elif args.command == "show":
            shown = readings(args.pages, args.labels, set(UNSHOWN))
            for url, found in shown.items():
                if args.url_part in url:
                    print(f"{url}\n  {found}")
        elif args.command == "dump":
            found = readings(args.pages, args.labels, set(UNSHOWN))
            args.out.write_text(json.dumps(found, indent=0, ensure_ascii=False), encoding="utf-8")
            print(f"{len(found)} texts read")
        else:
            before = json.loads(args.before.read_text(encoding="utf-8"))
            after = json.loads(args.after.read_text(encoding="utf-8"))
            for url in after:
                if before.get(url) != after[url]:
                    print(f"{url}: {before.get(url)} -> {after[url]}")
    except (BatchError, FileNotFoundError) as error:
        print(f"label_pages: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
