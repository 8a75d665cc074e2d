"""The editors' board: partners' pending proposals, the draft being assembled, its
introduction, the order of its items, and the exact e-mail as a preview."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, flash, redirect, request, url_for

from veille.bulletin.rules import ISSUE_STATE_FR, period_note
from veille.curation.rules import User
from veille.errors import BulletinError
from veille.web.auth import page, requires, sentence, veille

editor = Blueprint("editor", __name__)


@editor.get("/redaction")
@requires("select")
def board(user: User) -> Any:
    app = veille()
    shown = app.board(user)
    issues = [(r, ISSUE_STATE_FR[r.state]) for r in shown.issues]
    return page(
        "web/board.html",
        number=shown.number,
        content=shown.content,
        hidden_fixes=shown.hidden_fixes,
        hidden_agenda=shown.hidden_agenda,
        proposals=[(s.theme, s.entries) for s in shown.sections],
        labels=app.sources().theme_labels(),
        issues=issues,
        period_note=period_note,
    )


@editor.post("/redaction/<int:number>/<any(pret, brouillon):what>")
@requires("edit_issue")
def state(user: User, number: int, what: str) -> Any:
    try:
        if what == "pret":
            veille().bulletin_ready(number)
            return _done(
                f"N° {number} prêt : son contenu est figé. Publication : "
                f"veille bulletin publish {number}"
            )
        veille().bulletin_reopen(number)
    except BulletinError as exc:
        return _done(sentence(exc))
    return _done(f"N° {number} remis en brouillon.")


@editor.post("/redaction/<int:number>/annuler")
@requires("edit_issue")
def cancel(user: User, number: int) -> Any:
    try:
        veille().bulletin_cancel(number)
    except BulletinError as exc:
        return _done(sentence(exc))
    return _done(f"Brouillon N° {number} annulé : ses articles redeviennent disponibles.")


@editor.post("/redaction/ouvrir")
@requires("edit_issue")
def open_draft(user: User) -> Any:
    try:
        opened = veille().bulletin_new()
    except BulletinError as exc:
        return _done(sentence(exc))
    flash(
        f"Brouillon N° {opened.number} ouvert : {opened.proposed} article(s) repris, "
        f"d'après {opened.why}."
    )
    return redirect(url_for("editor.board"))


def _done(message: str) -> Any:
    flash(message)
    return redirect(url_for("editor.board"))


@editor.post("/redaction/<int:number>/retenir/<int:item_id>")
@requires("select")
def select(user: User, number: int, item_id: int) -> Any:
    try:
        veille().board_select(user, number, item_id, request.form.get("theme", ""))
    except BulletinError as exc:
        return _done(str(exc))
    return _done("Article retenu dans le numéro.")


@editor.post("/redaction/<int:number>/retirer/<int:item_id>")
@requires("select")
def unselect(user: User, number: int, item_id: int) -> Any:
    try:
        veille().board_unselect(user, number, item_id)
    except BulletinError as exc:
        return _done(str(exc))
    return _done("Article retiré du numéro (il reste proposé).")


@editor.post("/redaction/<int:number>/placer/<int:item_id>/<int:position>")
@requires("edit_issue")
def move(user: User, number: int, item_id: int, position: int) -> Any:
    try:
        veille().bulletin_move(number, item_id, position)
    except BulletinError as exc:
        return _done(str(exc))
    return redirect(url_for("editor.board"))


@editor.post("/redaction/<int:number>/article/<int:item_id>")
@requires("edit_issue")
def edit_entry(user: User, number: int, item_id: int) -> Any:
    form = request.form
    try:
        veille().bulletin_edit(
            number, item_id, form.get("title"), form.get("summary"), form.get("note"), by=user
        )
    except BulletinError as exc:
        return _done(sentence(exc))
    return _done("Texte de l'article enregistré pour le bulletin.")


@editor.post("/redaction/<int:number>/vulnerabilite/<cve>/<any(retirer, remettre, note):what>")
@requires("edit_issue")
def fix(user: User, number: int, cve: str, what: str) -> Any:
    """A row of « Vulnérabilités à corriger »: take it out, put it back, or note it."""
    try:
        if what == "note":
            veille().bulletin_fix_edit(number, cve, note=request.form.get("note", "")[:1000])
            return _done(f"Note enregistrée pour {cve}.")
        veille().bulletin_fix_edit(number, cve, hidden=what == "retirer")
    except BulletinError as exc:
        return _done(sentence(exc))
    return _done(f"{cve} {'retirée du' if what == 'retirer' else 'remise dans le'} tableau.")


@editor.post("/redaction/<int:number>/agenda/<int:item_id>/<any(retirer, remettre):what>")
@requires("edit_issue")
def agenda_row(user: User, number: int, item_id: int, what: str) -> Any:
    """A row of « Appels à projets & agenda »: take it out (the detector was wrong, or it
    does not concern the readers), or put it back."""
    try:
        veille().bulletin_agenda_edit(number, item_id, hidden=what == "retirer")
    except BulletinError as exc:
        return _done(sentence(exc))
    return _done(
        f"Ligne {'retirée de' if what == 'retirer' else 'remise dans'} l'agenda du numéro."
    )


@editor.post("/redaction/<int:number>/tendance/<any(retirer, note):what>/<path:term>")
@requires("edit_issue")
def trend(user: User, number: int, what: str, term: str) -> Any:
    """A name of the « Tendances » block: take it out, or note it."""
    try:
        if what == "note":
            veille().bulletin_trend_edit(number, term, note=request.form.get("note", "")[:1000])
            return _done("Note de tendance enregistrée.")
        veille().bulletin_trend_edit(number, term, remove=True)
    except BulletinError as exc:
        return _done(sentence(exc))
    return _done("Tendance retirée du numéro.")


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
    return Response(veille().bulletin_html(number), content_type="text/html; charset=utf-8")
