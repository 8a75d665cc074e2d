"""The partners' pages: the inbox of collected items and one item with its actions."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, abort, flash, redirect, request, url_for

from veille.analyse.agenda_model import MIN_EXAMPLES
from veille.analyse.vulns import advisory_url
from veille.app.trends import REGION_KEY
from veille.bulletin.render import safe_url
from veille.collect.rules import HEALTH_FR, health_word
from veille.curation.history import describe, who
from veille.curation.records import InboxFilter
from veille.curation.rules import (
    CURATION_FR,
    EARLIEST,
    INBOX_TABS,
    LATEST,
    REJECT_REASONS,
    InboxTab,
    User,
    filter_day,
    inbox_tab,
)
from veille.errors import BulletinError
from veille.text_fr import date_fr
from veille.web import charts
from veille.web.auth import local_target, page, requires, sentence, veille
from veille.web.inputs import MAX_ID

curation = Blueprint("curation", __name__)


def _day(value: str | None, name: str) -> datetime | None:
    """A date filter (AAAA-MM-JJ, from the form's date field); 400 when it is not one."""
    if not value:
        return None
    try:
        return filter_day(value, name)
    except ValueError as exc:
        abort(400, description=str(exc))


def _filter(tab: InboxTab | None = None) -> InboxFilter:
    a = request.args
    until = _day(a.get("until"), "jusqu'au")
    return InboxFilter(
        status=tab.status.value if tab and tab.status else None,
        on_topic=bool(tab and tab.on_topic),
        theme=a.get("theme") or None,
        source=a.get("source") or None,
        partner=a.get("partner") or None,
        language=a.get("language") or None,
        cve=(a.get("cve") or "").strip()[:40] or None,
        region=a.get("region") == "1",
        to_sort=a.get("a_trier") == "1",
        since=_day(a.get("since"), "depuis le"),
        until=until + timedelta(days=1) if until else None,
        query=(a.get("q") or "")[:200],
    )


def _cursor(value: str | None) -> tuple[datetime, int] | None:
    """The keyset cursor of « Articles plus anciens »: an aware date and an item id."""
    if not value:
        return None
    stamp, _, ident = value.rpartition("_")
    try:
        moment, number = datetime.fromisoformat(stamp), int(ident)
    except ValueError:
        abort(400, description="lien de page invalide : revenez à la première page")
    if moment.tzinfo is None or not 0 < number <= MAX_ID:
        abort(400, description="lien de page invalide : revenez à la première page")
    if not EARLIEST <= moment.date() <= LATEST:
        abort(400, description="lien de page invalide : revenez à la première page")
    return moment, number


@curation.get("/")
def home() -> Any:
    return redirect(url_for("curation.inbox"))


@curation.get("/veille")
@requires("read")
def inbox(user: User) -> Any:
    tab = inbox_tab(request.args.get("vue"), request.args.get("status"))
    f = _filter(tab)
    config = veille().sources()
    shown = veille().items_inbox(user, f, _cursor(request.args.get("apres")))
    rows = shown.rows
    next_cursor = f"{rows[-1].published_at.isoformat()}_{rows[-1].id}" if len(rows) == 50 else None
    query = {k: v for k, v in request.args.items() if k not in ("apres", "vue", "status") and v}
    here = _tab_url(query, tab)
    filtered = any(k != "q" for k in query)
    return page(
        "web/inbox.html",
        rows=rows,
        f=f,
        tab=tab,
        tabs=[(t, shown.counts.get(t.key, 0), _tab_url(query, t)) for t in INBOX_TABS],
        actions=shown.actions,
        proposers=shown.proposers,
        reasons=REJECT_REASONS,
        here=here,
        filtered=filtered,
        themes=config.themes,
        partners=config.partners,
        sources=config.sources,
        labels=config.theme_labels(),
        curation_fr=CURATION_FR,
        since=request.args.get("since", ""),
        until=request.args.get("until", ""),
        next_cursor=next_cursor,
        next_url=here + "&" + urlencode({"apres": next_cursor}) if next_cursor else None,
        region_name=veille().region().name,
        region_labels=veille().region_labels,
    )


def _tab_url(query: dict[str, str], tab: InboxTab) -> str:
    return url_for("curation.inbox") + "?" + urlencode({**query, "vue": tab.key})


@curation.get("/tableau-de-bord")
@requires("read")
def dashboard(user: User) -> Any:
    app = veille()
    board = app.dashboard(user)
    config = app.sources()
    labels = config.theme_labels()
    partners = {p.id: p.name for p in config.partners}
    weeks = [f"{w.day:02d}/{w.month:02d}" for w in board.themes.weeks]
    themes = [(labels.get(t, t), board.themes.counts[t]) for t in board.themes.counts]
    by_partner = sorted(
        ((partners.get(p, p), board.partners.total(p)) for p in board.partners.counts),
        key=lambda kv: (-kv[1], kv[0]),
    )
    return page(
        "web/dashboard.html",
        board=board,
        weeks=weeks,
        themes=themes,
        by_partner=by_partner,
        theme_chart=charts.columns(
            "Articles collectés par thème et par semaine (semaines commençant le lundi)",
            weeks,
            themes,
        ),
        partner_chart=charts.bars(
            f"Propositions et soutiens par partenaire, {len(weeks)} dernières semaines",
            by_partner,
        ),
        palette=charts.PALETTE,
        labels=labels,
        health_fr=HEALTH_FR,
        health_word=health_word,
    )


@curation.get("/tendances")
@requires("read")
def trends(user: User) -> Any:
    """The trend radar: what is rising, per theme, with its evidence."""
    app = veille()
    view = app.trends(user)
    labels = app.sources().theme_labels()
    by_theme: dict[str, list[Any]] = {}
    for trend, evidence in view.trends:
        by_theme.setdefault(trend.theme or "", []).append(
            (
                trend,
                evidence,
                charts.sparkline(
                    f"« {trend.label} » : articles par jour sur {len(trend.series)} jours, "
                    f"les {view.settings.window} derniers en orange",
                    trend.series,
                    view.settings.window,
                ),
            )
        )
    order = [t for t in app.theme_ids() if t in by_theme] + [t for t in by_theme if t not in labels]
    volume = view.volume
    weeks = [f"{w.day:02d}/{w.month:02d}" for w in volume.weeks] if volume else []
    region_name = app.region().name
    named = [
        (f"En {region_name}" if t == REGION_KEY else labels.get(t, t), values)
        for t, values in (volume.counts.items() if volume else ())
    ]
    region_counts = volume.counts.get(REGION_KEY, []) if volume else []
    return page(
        "web/trends.html",
        view=view,
        weeks=weeks,
        volume=named,
        palette=charts.PALETTE,
        theme_chart=charts.columns(
            f"Articles par thème et par semaine, {len(weeks)} dernières semaines",
            weeks,
            [(n, v) for n, v in named if not n.startswith("En ")],
        ),
        region_chart=charts.bars(
            f"Articles qui parlent de la région ({region_name}), par semaine",
            list(zip(weeks, region_counts, strict=False)),
        ),
        region_name=region_name,
        draft=app.bulletin_current_draft() if user.can("edit_issue") else None,
        sections=[(labels.get(t, "Sans thème") if t else "Sans thème", by_theme[t]) for t in order],
    )


@curation.get("/lectorat")
@requires("read")
def readership(user: User) -> Any:
    """Is the bulletin read? Clicks per issue, theme, item and partner; readers over time."""
    app = veille()
    view = app.readership(user)
    issues = [f"N° {n}" for n, _ in view.per_issue]
    weeks = [f"{w.day:02d}/{w.month:02d}" for w in view.readers.weeks]
    return page(
        "web/readership.html",
        view=view,
        issues=issues,
        weeks=weeks,
        palette=charts.PALETTE,
        issue_chart=charts.columns(
            "Clics sur les articles, par numéro et par thème",
            issues,
            list(view.per_theme.items()),
        ),
        partner_chart=charts.bars(
            "Clics sur les articles proposés, par partenaire", view.per_partner
        ),
        readers_chart=charts.columns(
            f"Nouveaux abonnés confirmés par semaine, {len(weeks)} dernières semaines",
            weeks,
            [("Nouveaux abonnés", view.readers.counts.get("arrivées", []))],
        ),
        counting=app.settings.count_clicks,
    )


@curation.get("/lectorat.csv")
@requires("read")
def readership_csv(user: User) -> Any:
    return Response(
        veille().readership_csv(user),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="lectorat.csv"'},
    )


@curation.get("/agenda")
@requires("read")
def agenda(user: User) -> Any:
    """Calls for projects and events still open, soonest first, and the calendar feed."""
    app = veille()
    return page(
        "web/agenda.html",
        rows=app.agenda(),
        labels=app.sources().theme_labels(),
        ics=url_for("public.agenda_ics", _external=True),
        learnt=app.agenda_model(),
        check=app.agenda_check(),
        min_read=MIN_EXAMPLES,
    )


@curation.post("/tendances/<path:term>/retenir")
@requires("edit_issue")
def trend_pick(user: User, term: str) -> Any:
    """Put a rising name into the open draft's « Tendances » block."""
    app = veille()
    number = app.bulletin_current_draft()
    try:
        if number is None:
            raise BulletinError("aucun brouillon ouvert")
        label = app.bulletin_trend_add(number, term)
    except BulletinError as exc:
        flash(sentence(exc))
        return redirect(url_for("curation.trends"))
    flash(f"« {label} » ajouté au bloc Tendances du N° {number}.")
    return redirect(url_for("curation.trends"))


@curation.get("/veille/article/<int:item_id>")
@requires("read")
def item(user: User, item_id: int) -> Any:
    app = veille()
    shown = app.item_page(user, item_id)
    config = app.sources()
    labels = config.theme_labels()
    partners = {p.id: p.name for p in config.partners}
    events = shown.view.events
    corrections = [e for e in events if e.kind == "label"]
    agenda, agenda_said = app.item_agenda(item_id)
    return page(
        "web/item.html",
        view=shown.view,
        labels=labels,
        themes=config.themes,
        history=[(e.created_at, describe(e, labels, partners)) for e in events],
        corrected_by=who(corrections[-1], partners) if corrections else None,
        scores=shown.scores,
        terms=shown.terms,
        story=shown.story,
        link=safe_url(shown.view.row.url),
        advisory_url=advisory_url,
        region_name=app.region().name,
        region_labels=app.region_labels,
        curation_fr=CURATION_FR,
        my_note=shown.my_note,
        can_propose="propose" in shown.actions,
        can_support="support" in shown.actions,
        can_reject="reject" in shown.actions,
        can_reopen="reopen" in shown.actions,
        can_split=user.can("label"),
        issues=shown.issues,
        agenda=agenda,
        agenda_said=agenda_said,
        agenda_labels=app.agenda_labels(),
    )


DONE_FR = {
    "propose": "Article proposé pour le prochain bulletin.",
    "support": "Soutien enregistré.",
    "reject": "Article écarté.",
    "reopen": "Article rouvert.",
    "comment": "Commentaire ajouté.",
}


@curation.post("/veille/article/<int:item_id>/<action>")
@requires("read")
def act(user: User, item_id: int, action: str) -> Any:
    back = local_target(request.form.get("retour", ""), url_for("curation.item", item_id=item_id))
    try:
        done = veille().items_act(user, item_id, action, request.form.get("detail", ""))
        flash(DONE_FR.get(done.action, "Enregistré."))
    except BulletinError as exc:
        flash(sentence(exc), "error")
    return redirect(back)


@curation.post("/veille/article/<int:item_id>/separer/<int:other_id>")
@requires("label")
def split(user: User, item_id: int, other_id: int) -> Any:
    try:
        veille().items_split(user, item_id, other_id)
        flash(
            "Séparés : ce n'est plus la même histoire, et les prochains regroupements le "
            "respecteront."
        )
    except BulletinError as exc:
        flash(sentence(exc), "error")
    return redirect(url_for("curation.item", item_id=item_id))


@curation.post("/veille/article/<int:item_id>/themes")
@requires("label")
def relabel(user: User, item_id: int) -> Any:
    try:
        veille().items_relabel(user, item_id, request.form.getlist("themes"))
        flash("Thèmes corrigés : le classifieur en tiendra compte au prochain entraînement.")
    except BulletinError as exc:
        flash(str(exc), "error")
    return redirect(url_for("curation.item", item_id=item_id))


@curation.post("/veille/article/<int:item_id>/agenda")
@requires("label")
def agenda_reading(user: User, item_id: int) -> Any:
    """A partner says what the item announces for the agenda (over the detector)."""
    label = request.form.get("label", "")[:64]
    raw_day = request.form.get("day", "").strip()
    try:
        day = date.fromisoformat(raw_day) if raw_day else None
    except ValueError:
        flash(f"date illisible « {raw_day[:20]} » : attendu AAAA-MM-JJ", "error")
        return redirect(url_for("curation.item", item_id=item_id))
    try:
        read = veille().items_agenda_set(user, item_id, label, day)
    except BulletinError as exc:
        flash(sentence(exc), "error")
        return redirect(url_for("curation.item", item_id=item_id))
    flash(
        f"Agenda corrigé : {read.label}, {date_fr(read.day)}."
        if read
        else "Agenda corrigé : l'article n'annonce ni appel ni événement."
    )
    return redirect(url_for("curation.item", item_id=item_id))
