"""The editors' board: partners' proposals for the period, the draft being assembled, its
introduction, the order of its items, and the exact e-mail as a preview."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from flask import Blueprint, Response, abort, flash, redirect, request, url_for

from veille.bulletin.rules import ISSUE_STATE_FR
from veille.clock import utcnow
from veille.curation.accounts import User
from veille.curation.rules import Curation
from veille.errors import AccessError, BulletinError
from veille.storage.curation import InboxFilter
from veille.web.auth import page, requires, sentence, veille

editor = Blueprint("editor", __name__)


@editor.get("/redaction")
@requires("select")
def board(user: User) -> Any:
    app = veille()
    number = app.current_draft()
    issues = [(r, ISSUE_STATE_FR[r.state]) for r in app.bulletin_list()[:8]]
    if number is None:
        return page("web/board.html", number=None, issues=issues)
    record, content = app.bulletin(number)
    config = app.sources()
    start = record.period_start
    rows = app.curation.inbox(InboxFilter(status=Curation.PROPOSED.value), limit=500)
    rows = [r for r in rows if r.published_at.date() >= start - timedelta(days=7)]
    proposals = app.curation.proposals([r.id for r in rows])
    by_theme: dict[str, list[Any]] = {}
    for row in rows:
        theme = max(row.themes, key=lambda t: row.scores.get(t, 0.0)) if row.themes \
            else config.themes[0].id
        by_theme.setdefault(theme, []).append((row, proposals.get(row.id, [])))
    ordered = [(t.id, sorted(by_theme[t.id], key=lambda rp: -len(rp[1])))
               for t in config.themes if t.id in by_theme]
    return page("web/board.html", number=number, content=content, proposals=ordered,
                labels=config.theme_labels(), issues=issues)


@editor.post("/redaction/<int:number>/<any(pret, brouillon):what>")
@requires("edit_issue")
def state(user: User, number: int, what: str) -> Any:
    try:
        if what == "pret":
            veille().bulletin_ready(number)
            return _done(f"N° {number} prêt : son contenu est figé. Publication : "
                         f"veille bulletin publish {number}")
        veille().bulletin_reopen(number)
    except BulletinError as exc:
        return _done(sentence(exc))
    return _done(f"N° {number} remis en brouillon.")


@editor.post("/redaction/ouvrir")
@requires("edit_issue")
def open_draft(user: User) -> Any:
    app = veille()
    last = [r.period_end for r in app.bulletin_list() if r.state.value != "cancelled"]
    today = utcnow().date()
    start = min(max(last) + timedelta(days=1), today) if last else today - timedelta(days=13)
    number, proposed = app.bulletin_new(start, today)
    flash(f"Brouillon N° {number} ouvert : {proposed} article(s) proposé(s).")
    return redirect(url_for("editor.board"))


def _done(message: str) -> Any:
    flash(message)
    return redirect(url_for("editor.board"))


@editor.post("/redaction/<int:number>/retenir/<int:item_id>")
@requires("select")
def select(user: User, number: int, item_id: int) -> Any:
    try:
        veille().select_item(user, number, item_id, request.form.get("theme", ""))
    except AccessError:
        abort(403)
    except BulletinError as exc:
        return _done(str(exc))
    return _done("Article retenu dans le numéro.")


@editor.post("/redaction/<int:number>/retirer/<int:item_id>")
@requires("select")
def unselect(user: User, number: int, item_id: int) -> Any:
    try:
        veille().unselect_item(user, number, item_id)
    except BulletinError as exc:
        return _done(str(exc))
    return _done("Article retiré du numéro (il reste proposé).")


@editor.post("/redaction/<int:number>/placer/<int:item_id>/<int:position>")
@requires("edit_issue")
def move(user: User, number: int, item_id: int, position: int) -> Any:
    try:
        veille().bulletin_move(number, item_id, max(position, 1))
    except BulletinError as exc:
        return _done(str(exc))
    return redirect(url_for("editor.board"))


@editor.post("/redaction/<int:number>/introduction")
@requires("edit_issue")
def intro(user: User, number: int) -> Any:
    try:
        veille().bulletin_intro(number, request.form.get("intro", "")[:5000])
    except BulletinError as exc:
        return _done(str(exc))
    return _done("Introduction enregistrée.")


@editor.get("/redaction/<int:number>/apercu")
@requires("edit_issue")
def preview(user: User, number: int) -> Response:
    app = veille()
    try:
        _, content = app.bulletin(number)
    except BulletinError:
        abort(404)
    rendered, _ = app.publisher().sample(content, app.sources().theme_labels())
    return Response(rendered.html, content_type="text/html; charset=utf-8")
