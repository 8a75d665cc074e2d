"""The only Jinja user. ``Renderer.render()`` turns an issue into the subject, the HTML and
the plain-text parts; preview, test send, publication and the web archive all call it, so the
editor sees exactly what readers get.

Per-reader links (unsubscribe, preferences) are rendered as placeholders and filled in by
``Rendered.personalise()``: the issue is rendered and its CSS inlined once per choice of
themes, not once per reader, and the per-reader step is a string replacement.
"""

from __future__ import annotations

import html
import os
import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import css_inline
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from veille.bulletin.alerts import FlashEvent, flash_subject
from veille.bulletin.fixes import kev_action_fr
from veille.bulletin.rules import Entry, IssueContent, reader_subject
from veille.text_fr import date_fr
from veille.textsafe import finalize
from veille.urls import without_trackers

TEMPLATES = Path(
    os.environ.get("VEILLE_TEMPLATES", Path(__file__).resolve().parent.parent / "templates")
)
# Placeholders survive escaping and CSS inlining unchanged (only [a-z:/._-] characters).
UNSUBSCRIBE_MARK = "https://veille.invalid/__unsubscribe__"
PREFERENCES_MARK = "https://veille.invalid/__preferences__"


@dataclass(frozen=True, slots=True)
class Identity:
    network_name: str
    bulletin_title: str
    public_url: str  # no trailing slash

    def url(self, path: str) -> str:
        return f"{self.public_url}/{path.lstrip('/')}"

    @property
    def archive_index(self) -> str:
        return self.url("archives/")

    def pdf_url(self, number: int) -> str:
        return self.archive_url(number).removesuffix(".html") + ".pdf"

    def archive_url(self, number: int) -> str:
        return self.url(f"archives/{issue_file(number)}")


@dataclass(frozen=True, slots=True)
class SubscriptionIntro:
    """What the subscription form says first: what the bulletin is and how often it comes,
    a link to an issue to look at, and the privacy notice (paragraphs)."""

    about: str
    sample_url: str | None
    notice: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    preheader: str
    html: str
    text: str

    @property
    def html_bytes(self) -> int:
        return len(self.html.encode("utf-8"))

    def personalise(self, unsubscribe: str, preferences: str) -> Rendered:
        """The same message with one reader's links in place of the placeholders."""
        return replace(
            self,
            html=self.html.replace(UNSUBSCRIBE_MARK, html.escape(unsubscribe)).replace(
                PREFERENCES_MARK, html.escape(preferences)
            ),
            text=self.text.replace(UNSUBSCRIBE_MARK, unsubscribe).replace(
                PREFERENCES_MARK, preferences
            ),
        )


def issue_file(number: int) -> str:
    return f"numero-{number}.html"


def safe_url(value: str | None) -> str | None:
    """Only http(s) links reach a reader (no javascript:, data: or relative URLs), without
    their tracking parameters."""
    if not value:
        return None
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return without_trackers(value.strip())


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def wrap(text: str, subsequent: str = "", first: str = "", width: int = 76) -> str:
    return "\n".join(
        textwrap.wrap(
            " ".join(text.split()),
            width=width,
            initial_indent=first,
            subsequent_indent=subsequent,
            break_long_words=False,
            break_on_hyphens=False,
        )
    )


def atom_date(value: datetime | None) -> str:
    value = value or datetime.now(UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def one_line(text: str) -> str:
    return " ".join(text.split())


class Renderer:
    def __init__(
        self,
        identity: Identity,
        templates: Path = TEMPLATES,
        pdf_links: bool | Callable[[], bool] = False,
        click_url: Callable[[int, int], str] | None = None,
    ) -> None:
        self.identity = identity
        self._pdf_links = pdf_links  # each issue has its PDF edition beside its archive page
        self.click_url = click_url  # the mail's links to items go through the counter
        self.env = Environment(
            loader=FileSystemLoader(str(templates)),
            undefined=StrictUndefined,
            autoescape=select_autoescape(["html", "atom", "xml"], default_for_string=False),
            trim_blocks=False,
            lstrip_blocks=False,
            keep_trailing_newline=True,
            finalize=finalize,  # no bidi override reaches a reader, whatever was stored
        )
        self.env.filters.update(
            date_fr=date_fr,
            safe_url=safe_url,
            paragraphs=paragraphs,
            wrap=wrap,
            atom_date=atom_date,
            issue_file=issue_file,
        )
        self.inliner = css_inline.CSSInliner(
            keep_at_rules=True, load_remote_stylesheets=False, minify_css=True
        )

    @cached_property
    def pdf_links(self) -> bool:
        """Whether issues have their PDF edition, asked once and only when an issue is
        rendered (checking for PDF support imports WeasyPrint: half a second)."""
        check = self._pdf_links
        return bool(check() if callable(check) else check)

    def subject(self, content: IssueContent) -> str:
        """The subject of ``content`` as a reader receives it (their sections only)."""
        names = [s.label for s in content.sections]
        return reader_subject(self.identity.bulletin_title, content.number, names)

    def render(
        self,
        content: IssueContent,
        theme_labels: dict[str, str],
        reader_themes: Sequence[str] | None = None,
        variant: str = "email",
    ) -> Rendered:
        """The issue as a reader who chose ``reader_themes`` gets it (all themes when None):
        only their sections, their reasons in the footer, link placeholders to personalise.
        ``variant="archive"`` is the public web page of the issue, ``variant="pdf"`` the
        page the PDF edition is laid out from (every section, links written out)."""
        chosen = list(reader_themes) if reader_themes is not None else list(theme_labels)
        shown = content.for_themes(chosen if variant == "email" else None)
        pdf = self.identity.pdf_url(content.number) if self.pdf_links else None
        subject = self.subject(shown)

        def entry_link(entry: Entry) -> str | None:
            """Where the title of an item leads: the counted redirect in a mail when
            readership is counted, the article itself everywhere else."""
            target = safe_url(entry.url)
            if target and self.click_url is not None and variant == "email":
                return self.click_url(content.number, entry.item_id)
            return target

        context: dict[str, Any] = {
            "identity": self.identity,
            "content": shown,
            "entry_link": entry_link,
            "subject": subject,
            "variant": variant,
            "preheader": self.preheader(shown),
            "reader_themes": [theme_labels.get(t, t) for t in chosen],
            "links": {
                "unsubscribe": UNSUBSCRIBE_MARK,
                "preferences": PREFERENCES_MARK,
                "archive": self.identity.archive_url(content.number),
                "subscribe": self.identity.url("abonnement"),
                "pdf": pdf,
            },
        }
        page = self.env.get_template("email/bulletin.html").render(context)
        text = self.env.get_template("email/bulletin.txt").render(context)
        return Rendered(subject, context["preheader"], self.inliner.inline(page), _tidy_text(text))

    def preheader(self, content: IssueContent) -> str:
        """The line mail clients show after the subject: the intro's start, or the titles."""
        intro = one_line(content.intro)
        if not intro:
            titles = [e.title for s in content.sections for e in s.entries[:1]]
            intro = f"{content.item_count} article(s) : " + " · ".join(titles)
        return intro if len(intro) <= 140 else intro[:139].rsplit(" ", 1)[0] + " …"

    def _mail(
        self, name: str, subject: str, context: dict[str, Any], tidy: bool = True
    ) -> Rendered:
        """A mail other than the bulletin: ``email/<name>.html`` with its CSS inlined and
        ``email/<name>.txt``."""
        page = self.env.get_template(f"email/{name}.html").render(context)
        text = self.env.get_template(f"email/{name}.txt").render(context)
        return Rendered(subject, "", self.inliner.inline(page), _tidy_text(text) if tidy else text)

    def confirmation(self, confirm_url: str, reader_themes: Sequence[str], days: int) -> Rendered:
        context = {
            "identity": self.identity,
            "reader_themes": list(reader_themes),
            "days": days,
            "links": {"confirm": confirm_url},
            "subject": f"Confirmez votre abonnement — {self.identity.bulletin_title}",
        }
        return self._mail("confirm", str(context["subject"]), context, tidy=False)

    def flash(
        self,
        events: Sequence[FlashEvent],
        product_labels: Mapping[str, str],
        watched: Sequence[str],
        links: Mapping[str, str],
    ) -> Rendered:
        """A flash alert: the events about the products a reader watches."""

        def labels(ids: Sequence[str]) -> list[str]:
            return [product_labels.get(i, i) for i in ids if i in watched] or [
                product_labels.get(i, i) for i in ids
            ]

        def action(event: FlashEvent) -> str:
            if event.kind == "alert":
                return "Appliquer sans attendre les mesures de l'alerte du CERT-FR."
            return kev_action_fr(event.action)

        names = [product_labels.get(p, p) for p in watched if any(p in e.products for e in events)]
        subject = flash_subject(events, names)
        context = {
            "identity": self.identity,
            "events": list(events),
            "products": names,
            "labels": labels,
            "action": action,
            "links": dict(links),
            "subject": subject,
        }
        return self._mail("flash", subject, context)

    def digest(
        self,
        day: date,
        trends: Sequence[Any],
        window: int,
        theme_labels: Mapping[str, str],
        link: str,
    ) -> Rendered:
        """The weekly mail to partners: what the trend radar sees rising."""
        subject = f"Ce qui monte cette semaine — {self.identity.network_name}"
        context = {
            "identity": self.identity,
            "day": day,
            "trends": list(trends),
            "window": window,
            "labels": dict(theme_labels),
            "link": link,
            "subject": subject,
        }
        return self._mail("digest", subject, context)

    def reminder(
        self, number: int, start: date, end: date, proposals: Sequence[tuple[str, str]], link: str
    ) -> Rendered:
        """The mail to partners when a draft opens: what is proposed so far."""
        subject = f"N° {number} ouvert — vos propositions pour le {self.identity.bulletin_title}"
        context = {
            "identity": self.identity,
            "number": number,
            "start": start,
            "end": end,
            "proposals": list(proposals),
            "link": link,
            "subject": subject,
        }
        return self._mail("reminder", subject, context)

    def archive_index(self, issues: Sequence[IssueContent]) -> str:
        return self.env.get_template("archive/index.html").render(
            identity=self.identity,
            issues=issues,
            links={"subscribe": self.identity.url("abonnement")},
        )

    def archive_feed(self, issues: Sequence[IssueContent]) -> str:
        updated = max((i.published_at for i in issues if i.published_at), default=None)
        return self.env.get_template("archive/feed.atom").render(
            identity=self.identity,
            issues=issues,
            updated=updated,
            links={"archive_index": self.identity.archive_index},
        )

    def page(
        self,
        title: str,
        message: Sequence[str],
        error: bool = False,
        form: dict[str, Any] | None = None,
        intro: SubscriptionIntro | None = None,
    ) -> str:
        return self.env.get_template("web/page.html").render(
            identity=self.identity,
            title=title,
            message=list(message),
            error=error,
            form=form,
            intro=intro,
            archive_url=self.identity.archive_index,
        )


def _tidy_text(text: str) -> str:
    """No runs of blank lines, no trailing spaces: the text part as a person would type it."""
    lines = [line.rstrip() for line in text.splitlines()]
    tidy: list[str] = []
    for line in lines:
        if line or (tidy and tidy[-1]):
            tidy.append(line)
    return "\n".join(tidy).strip() + "\n"
