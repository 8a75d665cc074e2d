"""The editor's work on an issue: open a draft for a period, change its items, move it
through its states, preview it, and keep the web archive up to date. Calls the pure rules
in ``bulletin``, the queries in ``store_bulletin`` and ``Renderer``."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from veille.bulletin.fixes import FixRow
from veille.bulletin.records import IssueRecord
from veille.bulletin.render import Rendered, Renderer, issue_file
from veille.bulletin.rules import (
    REGION_SECTION,
    AgendaRow,
    Entry,
    IssueContent,
    IssueState,
    Section,
    TrendNote,
    check_editable,
    check_issue_move,
    language_note,
    propose,
    shorten,
)
from veille.errors import BulletinError
from veille.storage.bulletins import IssueStore
from veille.types import SourcesConfig


@dataclass(frozen=True, slots=True)
class Preview:
    directory: Path
    files: dict[str, Path]
    rendered: Rendered


class Editorial:
    def __init__(
        self,
        issues: IssueStore,
        renderer: Renderer,
        archive_dir: str,
        per_theme: int,
        fixes: Callable[[IssueRecord], tuple[FixRow, ...]] | None = None,
        fixes_theme: str = "",
        agenda: Callable[[IssueRecord], tuple[AgendaRow, ...]] | None = None,
        region_label: str = "",
    ) -> None:
        self.issues = issues
        self.renderer = renderer
        self.archive_dir = Path(archive_dir)
        self.per_theme = per_theme
        self.fixes = fixes  # « Vulnérabilités à corriger » for an issue's period
        self.fixes_theme = fixes_theme
        self.agenda = agenda  # « Appels à projets & agenda »: what is still open
        self.region_label = region_label  # « En Normandie »: empty, no such section

    # -- drafts -----------------------------------------------------------------------------
    def open_draft(
        self, config: SourcesConfig, start: date, end: date, now: datetime, title: str | None = None
    ) -> tuple[int, int, bool]:
        """A new draft for ``[start, end]`` with the period's best stories proposed per
        theme; returns its number, how many items were proposed, and whether they are the
        partners' proposals (else the classifier's choice)."""
        if end < start:
            raise BulletinError(f"période invalide : {start} est après {end}")
        number = self.issues.create(title or self.renderer.identity.bulletin_title, start, end, now)
        candidates = self.issues.candidates(_midnight(start), _midnight(end + timedelta(days=1)))
        placements = propose(
            candidates, [t.id for t in config.themes], self.per_theme, bool(self.region_label)
        )
        self.issues.place(number, placements, now)
        return number, len(placements), any(c.curated for c in candidates)

    def record(self, number: int) -> IssueRecord:
        return self.issues.get(number)

    def editable(self, number: int) -> IssueRecord:
        record = self.issues.get(number)
        check_editable(number, record.state)
        return record

    # -- content ----------------------------------------------------------------------------
    def content(self, number: int, config: SourcesConfig) -> IssueContent:
        """Frozen content from « ready » on; the live draft before."""
        record = self.issues.get(number)
        if record.content is not None:
            return IssueContent.from_json(record.content)
        return self.live_content(record, config)

    def live_content(self, record: IssueRecord, config: SourcesConfig) -> IssueContent:
        rows = self.issues.entries(record.number)
        also = self.issues.also_at([r.item_id for r in rows])
        labels = config.theme_labels()
        if self.region_label:
            labels[REGION_SECTION] = self.region_label
        first = [REGION_SECTION] if self.region_label else []
        others = sorted({r.theme for r in rows} - set(labels) - {REGION_SECTION})
        sections: list[Section] = []
        for theme in first + [t.id for t in config.themes] + others:
            entries = tuple(
                Entry(
                    r.item_id,
                    " ".join((r.edited_title or r.title).split()),
                    r.url,
                    r.outlet,
                    r.published_at.date(),
                    shorten(r.edited_summary or r.summary),
                    r.note.strip(),
                    r.partner,
                    tuple(n for n in also.get(r.item_id, []) if n != r.outlet),
                    language_note(r.language, bool(r.edited_title)),
                )
                for r in rows
                if r.theme == theme
            )
            if entries:
                sections.append(Section(theme, labels.get(theme, theme), entries))
        partners = tuple(p.name for p in config.partners) or tuple(self.issues.partner_names())
        fixes = self.fixes(record) if self.fixes and self.fixes_theme else ()
        return IssueContent(
            record.number,
            record.title,
            record.period_start,
            record.period_end,
            record.intro.strip(),
            tuple(sections),
            partners,
            record.published_at,
            fixes,
            self.fixes_theme,
            tuple(TrendNote.from_json(t) for t in record.trends or ()),
            self.agenda(record) if self.agenda else (),
        )

    # -- states -----------------------------------------------------------------------------
    def make_ready(self, number: int, config: SourcesConfig, now: datetime) -> IssueContent:
        """Freeze the content: what is previewed from now on is what will be sent."""
        record = self.issues.get(number)
        check_issue_move(number, record.state, IssueState.READY)
        content = self.live_content(record, config)
        if not content.item_count:
            raise BulletinError(f"le numéro {number} n'a aucun article")
        self.issues.move(number, IssueState.DRAFT, IssueState.READY, now, content=content.to_json())
        return content

    def reopen(self, number: int, now: datetime) -> None:
        record = self.issues.get(number)
        check_issue_move(number, record.state, IssueState.DRAFT)
        self.issues.move(number, record.state, IssueState.DRAFT, now, content=None)

    def cancel(self, number: int, now: datetime) -> None:
        record = self.issues.get(number)
        check_issue_move(number, record.state, IssueState.CANCELLED)
        self.issues.move(number, record.state, IssueState.CANCELLED, now)

    # -- preview and archive ----------------------------------------------------------------
    def preview(
        self, content: IssueContent, rendered: Rendered, directory: Path, headers: str
    ) -> Preview:
        """Write the message as it will leave: HTML, text and headers."""
        directory.mkdir(parents=True, exist_ok=True)
        stem = f"numero-{content.number}"
        files = {
            "html": directory / f"{stem}.html",
            "text": directory / f"{stem}.txt",
            "headers": directory / f"{stem}.headers.txt",
        }
        _write(files["html"], rendered.html)
        _write(files["text"], rendered.text)
        _write(files["headers"], headers)
        return Preview(directory, files, rendered)

    def pdf(self, content: IssueContent, labels: dict[str, str]) -> bytes:
        """The PDF edition: every section on A4, from the same content as the mail."""
        from veille.bulletin.pdf import html_to_pdf

        return html_to_pdf(self.renderer.render(content, labels, variant="pdf").html)

    def write_archive(self, labels: dict[str, str], force_pdf: bool = False) -> Path:
        """Every published (or publishing) issue as a static page (and its PDF edition when
        PDFs can be made here), the index, the Atom feed."""
        issues = [
            IssueContent.from_json(r.content)
            for r in self.issues.all()
            if r.content and r.state in (IssueState.PUBLISHING, IssueState.PUBLISHED)
        ]
        self.archive_dir.mkdir(parents=True, exist_ok=True)
        for content in issues:
            page = self.renderer.render(content, labels, variant="archive")
            _write(self.archive_dir / issue_file(content.number), page.html)
            if self.renderer.pdf_links:
                pdf = self.archive_dir / issue_file(content.number).replace(".html", ".pdf")
                if force_pdf or not pdf.exists():  # a published issue's content is frozen
                    _write_bytes(pdf, self.pdf(content, labels))
        _write(self.archive_dir / "index.html", self.renderer.archive_index(issues))
        _write(self.archive_dir / "feed.atom", self.renderer.archive_feed(issues))
        return self.archive_dir


def _write_bytes(path: Path, data: bytes) -> None:
    """Write atomically: a reader of the archive never sees half a file."""
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def _write(path: Path, text: str) -> None:
    """Write whole or not at all: a reader never sees half a page."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
