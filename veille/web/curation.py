"""The partners' pages: the inbox of collected items and one item with its actions."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, abort, flash, redirect, request, url_for

from veille.bulletin.render import safe_url
from veille.curation.accounts import User
from veille.curation.rules import ACTION_FR, CURATION_FR, Curation
from veille.errors import AccessError, BulletinError, ClassifierError
from veille.storage.curation import InboxFilter
from veille.web.auth import page, requires, sentence, veille

curation = Blueprint("curation", __name__)


def _day(value: str | None) -> datetime | None:
    try:
        return datetime.combine(date.fromisoformat(value or ""), time(0), tzinfo=UTC)
    except ValueError:
        return None


def _filter() -> InboxFilter:
    a = request.args
    until = _day(a.get("until"))
    return InboxFilter(theme=a.get("theme") or None, source=a.get("source") or None,
                       partner=a.get("partner") or None, language=a.get("language") or None,
                       status=a.get("status") or None, to_sort=a.get("a_trier") == "1",
                       since=_day(a.get("since")),
                       until=until + timedelta(days=1) if until else None,
                       query=(a.get("q") or "")[:200])


def _cursor(value: str | None) -> tuple[datetime, int] | None:
    if not value or "_" not in value:
        return None
    stamp, _, ident = value.rpartition("_")
    try:
        return datetime.fromisoformat(stamp), int(ident)
    except ValueError:
        return None


@curation.get("/")
def home() -> Any:
    return redirect(url_for("curation.inbox"))


@curation.get("/veille")
@requires("read")
def inbox(user: User) -> Any:
    f = _filter()
    config = veille().sources()
    rows = veille().inbox(user, f, _cursor(request.args.get("apres")))
    next_cursor = (f"{rows[-1].published_at.isoformat()}_{rows[-1].id}"
                   if len(rows) == 50 else None)
    query = {k: v for k, v in request.args.items() if k != "apres" and v}
    next_url = (url_for("curation.inbox") + "?" + urlencode({**query, "apres": next_cursor})
                if next_cursor else None)
    return page("web/inbox.html", rows=rows, f=f, themes=config.themes,
                partners=config.partners, sources=config.sources, labels=config.theme_labels(),
                statuses=[(c.value, CURATION_FR[c]) for c in Curation], curation_fr=CURATION_FR,
                since=request.args.get("since", ""), until=request.args.get("until", ""),
                next_cursor=next_cursor, next_url=next_url)


@curation.get("/veille/article/<int:item_id>")
@requires("read")
def item(user: User, item_id: int) -> Any:
    app = veille()
    try:
        view = app.item_view(user, item_id)
    except BulletinError:
        abort(404)
    config = app.sources()
    try:
        explained = app.explain(item_id)
        scores = sorted(explained["scores"].items(), key=lambda kv: -kv[1])  # type: ignore[union-attr]
        terms = dict(explained["terms"])  # type: ignore[call-overload]
    except ClassifierError:
        scores, terms = sorted(view.row.scores.items(), key=lambda kv: -kv[1]), {}
    story = [m for m in app.story_members(item_id) if m.item_id != item_id]
    mine = [p for p in view.proposals if p.partner_id == user.partner_id]
    others = [p for p in view.proposals if p.partner_id != user.partner_id]
    state = view.row.curation
    return page("web/item.html", view=view, labels=config.theme_labels(), themes=config.themes,
                scores=scores, terms=terms, story=story, link=safe_url(view.row.url),
                curation_fr=CURATION_FR, action_fr=ACTION_FR,
                my_note=mine[0].note if mine else "",
                can_propose=user.partner_id is not None and state in (
                    Curation.NEW, Curation.REJECTED, Curation.PROPOSED) and (
                    bool(mine) or not others or state is not Curation.PROPOSED),
                can_support=user.partner_id is not None and bool(others) and not mine
                and state in (Curation.PROPOSED, Curation.SELECTED),
                can_reject=state in (Curation.NEW, Curation.PROPOSED) and (
                    not others or user.can("select")),
                can_reopen=state is Curation.REJECTED and user.can("reopen"))


@curation.post("/veille/article/<int:item_id>/<action>")
@requires("read")
def act(user: User, item_id: int, action: str) -> Any:
    detail = request.form.get("detail", "")
    try:
        if action == "propose" and veille().item_view(user, item_id).row.curation is \
                Curation.PROPOSED:
            action = "support"  # already proposed by someone: this partner's note joins it
        veille().act(user, item_id, action, detail)
        flash({"propose": "Article proposé pour le prochain bulletin.",
               "support": "Soutien enregistré.", "reject": "Article écarté.",
               "reopen": "Article rouvert.", "comment": "Commentaire ajouté."}.get(
                   action, "Enregistré."))
    except AccessError:
        abort(403)
    except BulletinError as exc:
        flash(sentence(exc), "error")
    return redirect(url_for("curation.item", item_id=item_id))


@curation.post("/veille/article/<int:item_id>/themes")
@requires("label")
def relabel(user: User, item_id: int) -> Any:
    try:
        veille().relabel(user, item_id, request.form.getlist("themes"))
        flash("Thèmes corrigés : le classifieur en tiendra compte au prochain entraînement.")
    except BulletinError as exc:
        flash(str(exc), "error")
    return redirect(url_for("curation.item", item_id=item_id))
