"""Public pages reached from mails and the archive. A signed link authorises the action on
its own (no login): confirm, unsubscribe, preferences. The subscribe form is protected by a
CSRF token."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, abort, request, send_from_directory
from flask_wtf.csrf import generate_csrf

from veille.bulletin.records import Subscriber
from veille.bulletin.rules import UNSUBSCRIBE_REASONS
from veille.bulletin.subscribers import normalise_email
from veille.errors import (
    BulletinError,
    DeliveryError,
    ErrorKind,
    LinkError,
    NotFoundError,
    VeilleError,
)
from veille.web.auth import limit, sentence, veille

public = Blueprint("public", __name__)
log = logging.getLogger("veille.web")


def _page(
    title: str,
    *message: str,
    status: int = 200,
    error: bool = False,
    form: dict[str, Any] | None = None,
    intro: bool = False,
) -> Response:
    app = veille()
    shown = app.subscription_intro() if intro else None
    html = app.page_html(title, message, error=error, form=form, intro=shown)
    return Response(html, status=status, content_type="text/html; charset=utf-8")


def _link_error(exc: LinkError | BulletinError | NotFoundError) -> Response:
    hint = (
        "Demandez un nouveau lien en vous abonnant à nouveau."
        if isinstance(exc, LinkError) and exc.expired
        else "Vérifiez que le lien a été copié en entier."
    )
    return _page("Lien inutilisable", sentence(exc), hint, status=400, error=True)


def _theme_form(action: str, chosen: tuple[str, ...], button: str, **extra: Any) -> dict[str, Any]:
    config = veille().sources()
    return {
        "action": action,
        "button": button,
        "csrf": generate_csrf(),
        **extra,
        "themes": [
            {"id": t.id, "label": t.label, "checked": t.id in chosen} for t in config.themes
        ],
    }


LINK_ERRORS = (LinkError, BulletinError, NotFoundError)


def _ask(
    purpose: str,
    title: str,
    question: str,
    button: str,
    csrf: bool = False,
    **extra: Any,
) -> Response:
    """What GET (and HEAD) of a signed link show: the question and one button. The link
    scanners of mail services open links; they do not submit forms. ``question`` may name
    the reader's address as ``{email}``."""
    try:
        reader = veille().subscribers_reader(purpose, request.args.get("t", ""))
    except LINK_ERRORS as exc:
        return _link_error(exc)
    form: dict[str, Any] = {"action": request.full_path, "button": button, "themes": [], **extra}
    if csrf:
        form["csrf"] = generate_csrf()
    return _page(title, question.format(email=reader.email), form=form)


@public.route("/abonnement/confirmer", methods=["GET", "POST"])
def confirm() -> Response:
    """GET (and HEAD) show a button; only its POST confirms: the link scanners of mail
    services open links, they do not submit forms."""
    if request.method != "POST":
        return _ask(
            "confirm",
            "Confirmer l'abonnement",
            "Recevoir le bulletin à l'adresse {email} ?",
            "Confirmer mon abonnement",
            csrf=True,
        )
    token = request.args.get("t", "")
    app = veille()
    try:
        reader = app.subscribers_confirm(token)
    except LINK_ERRORS as exc:
        return _link_error(exc)
    labels = app.sources().theme_labels()
    return _page(
        "Abonnement confirmé",
        f"{reader.email} recevra le bulletin pour : "
        + ", ".join(labels.get(t, t) for t in reader.themes)
        + ".",
    )


@public.route("/desabonnement", methods=["GET", "POST"])
def unsubscribe() -> Response:
    if request.method != "POST":  # GET and HEAD show a button: scanners must not unsubscribe
        return _ask(
            "unsubscribe",
            "Se désabonner",
            "Ne plus envoyer le bulletin à {email} ?",
            "Me désabonner",
            reasons=UNSUBSCRIBE_REASONS,
        )
    token = request.args.get("t", "")
    app = veille()
    one_click = request.form.get("List-Unsubscribe") == "One-Click"
    why = UNSUBSCRIBE_REASONS.get(request.form.get("reason", ""))
    how = "lien en un clic (RFC 8058)" if one_click else "page de désabonnement"
    try:
        reader = app.subscribers_unsubscribe(token, f"{how} : {why}" if why else how)
    except LINK_ERRORS as exc:
        return _link_error(exc)
    return _page(
        "Désabonnement enregistré",
        f"{reader.email} ne recevra plus le bulletin.",
        "Vous pouvez vous réabonner à tout moment depuis les archives.",
    )


def _preferences_form(reader: Subscriber, token: str, query: str) -> dict[str, Any]:
    """The themes, and « Mon parc »: the catalogue's products (those matching the search),
    the reader's other products kept as they are."""
    app = veille()
    shown = app.products_search(query)
    ids = {p.id for p in shown}
    return _theme_form(
        request.full_path,
        reader.themes,
        "Enregistrer",
        products=[
            {"id": p.id, "label": p.label, "checked": p.id in reader.products} for p in shown
        ],
        kept_products=[p for p in reader.products if p not in ids],
        flash=reader.flash,
        search={"action": request.path, "token": token, "q": query},
    )


@public.route("/preferences", methods=["GET", "POST"])
def preferences() -> Response:
    token = request.args.get("t", "")
    query = request.args.get("q", "")[:100]
    app = veille()
    try:
        reader = app.subscribers_reader("preferences", token)
    except LINK_ERRORS as exc:
        return _link_error(exc)
    saved = ""
    if request.method == "POST":
        try:
            reader = app.subscribers_set_preferences(token, request.form.getlist("themes"))
            reader = app.subscribers_set_products(
                reader.id, request.form.getlist("products"), request.form.get("flash") == "1"
            )
        except LINK_ERRORS as exc:
            return _page(
                "Mes thèmes",
                str(exc),
                status=400,
                error=True,
                form=_preferences_form(reader, token, query),
            )
        saved = "Vos choix sont enregistrés."
    message = [f"Thèmes reçus par {reader.email} :"] + ([saved] if saved else [])
    return _page("Mes thèmes", *message, form=_preferences_form(reader, token, query))


@public.route("/alertes/arret", methods=["GET", "POST"])
def stop_flash() -> Response:
    """Stop flash alerts, the bulletin goes on. GET (and HEAD) show a button; the POST
    (one click from the mail client too, RFC 8058) stops them."""
    if request.method != "POST":
        return _ask(
            "flash",
            "Arrêter les alertes flash",
            "Ne plus envoyer d'alertes flash à {email} ? Le bulletin continue.",
            "Arrêter les alertes",
        )
    try:
        reader = veille().subscribers_stop_flash(request.args.get("t", ""))
    except LINK_ERRORS as exc:
        return _link_error(exc)
    return _page(
        "Alertes flash arrêtées",
        f"{reader.email} ne recevra plus d'alertes flash ; le bulletin continue.",
        "Vous pouvez les rétablir depuis le lien « Choisir mes thèmes » du bulletin.",
    )


@public.get("/l/<int:number>/<int:item_id>")
def click(number: int, item_id: int) -> Response:
    """A mail's link to an article: counted (per issue and item, once per reader and day,
    nothing kept about the reader), then on to the article. Only the links of that issue
    lead anywhere: no address is ever taken from the request."""
    client = f"{request.remote_addr}|{request.headers.get('User-Agent', '')[:300]}"
    try:
        target = veille().readership_click(number, item_id, request.args.get("s", ""), client)
    except (LinkError, NotFoundError) as exc:
        return _page("Lien inutilisable", sentence(exc), status=404, error=True)
    return Response(status=302, headers={"Location": target, "Cache-Control": "no-store"})


@public.get("/agenda.ics")
def agenda_ics() -> Response:
    """Calls for projects and events as a calendar feed, for partners' calendar apps."""
    return Response(
        veille().agenda_calendar(),
        content_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": 'inline; filename="agenda.ics"'},
    )


@public.route("/abonnement", methods=["GET", "POST"])
def subscribe() -> Response:
    app = veille()
    known = tuple(app.theme_ids())
    if request.method != "POST":  # GET and HEAD only show the form
        return _page(
            "S'abonner",
            "Recevez gratuitement le bulletin, pour les thèmes de votre choix.",
            form=_theme_form(request.path, known, "M'abonner", email=""),
            intro=True,
        )
    email = request.form.get("email", "")
    themes = request.form.getlist("themes")
    address = request.remote_addr or "?"
    subscriptions = limit("subscriptions")
    if subscriptions.exceeded(address):  # nobody makes us mail-bomb an inbox
        return _page(
            "S'abonner",
            "Trop de demandes depuis votre adresse : réessayez dans une heure.",
            status=429,
            error=True,
        )
    subscriptions.hit(address)
    try:
        normalise_email(email)
        if not themes:
            raise BulletinError("choisissez au moins un thème")
        app.subscribers_add(email, themes, "formulaire web")
    except DeliveryError as exc:
        log.warning("subscription of %s: %s", email, exc)
        message = (
            "Votre adresse contient des caractères accentués que notre serveur de messagerie "
            "ne sait pas encore acheminer : utilisez une autre adresse."
            if exc.kind is ErrorKind.RECIPIENT
            else "Le courriel de confirmation n'a pas pu partir : réessayez dans quelques minutes."
        )
        status = 400 if exc.kind is ErrorKind.RECIPIENT else 503
        return _page(
            "S'abonner",
            message,
            status=status,
            error=True,
            form=_theme_form(request.path, tuple(themes) or known, "M'abonner", email=email),
            intro=True,
        )
    except (ValueError, BulletinError) as exc:
        return _page(
            "S'abonner",
            str(exc),
            status=400,
            error=True,
            form=_theme_form(request.path, tuple(themes) or known, "M'abonner", email=email),
            intro=True,
        )
    # the same answer whether the address was new, pending or active: no address probing
    return _page(
        "Vérifiez votre boîte de réception",
        "Si l'adresse est valide, un courriel de confirmation vient de partir. "
        "Ouvrez le lien qu'il contient pour recevoir le bulletin.",
    )


@public.get("/healthz")
def healthz() -> Response:
    """For monitoring: 200 when the database answers at the expected revision, 503
    otherwise; the last run of each scheduled job in the body."""
    try:
        data = veille().status()
    except Exception as exc:  # the detail (host, port, database) goes to the log only
        log.error("healthz: %s", exc, exc_info=not isinstance(exc, VeilleError))
        error = {"status": "error", "error": "base de données indisponible"}
        return Response(
            json.dumps(error, ensure_ascii=False), status=503, content_type="application/json"
        )
    failing = data.failing_jobs
    body: dict[str, Any] = {
        "status": "degraded" if failing else "ok",
        "failing_jobs": failing,
        "sources": asdict(data.sources),
        "draft": data.draft,
        "pending_deliveries": data.pending_deliveries,
        "jobs": {
            j.name: {
                "ok": j.ok,
                "finished_at": j.finished_at.isoformat() if j.finished_at else None,
            }
            for j in data.jobs
        },
    }
    return Response(
        json.dumps(body, ensure_ascii=False), status=200, content_type="application/json"
    )


@public.get("/archives/")
@public.get("/archives/<path:name>")
def archives(name: str = "index.html") -> Response:
    directory = Path(veille().settings.archive_dir).resolve()
    if not (directory / "index.html").exists():
        abort(404)
    return send_from_directory(directory, name)
