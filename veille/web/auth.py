"""Signing in and out, the current user, and the role check every signed-in view makes."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from veille.app.facade import Veille
from veille.curation.rules import ROLE_FR, User
from veille.errors import AccessError
from veille.web.limits import Limit

auth = Blueprint("auth", __name__)


def veille() -> Veille:
    return current_app.extensions["veille"]


def sentence(exc: object) -> str:
    """An error (or its message) as a sentence for a page: capital first, full stop last."""
    text = str(exc)
    return f"{text[:1].upper()}{text[1:]}."


def limit(name: str) -> Limit:
    return current_app.extensions["veille_limits"][name]


def local_target(target: str, default: str) -> str:
    """``target`` when it is a path on this site, ``default`` otherwise: never off-site."""
    if (
        urlsplit(target).netloc
        or not target.startswith("/")
        or target.startswith("//")
        or "\\" in target
        or any(ord(c) < 32 for c in target)
    ):
        return default
    return target


def current_user() -> User | None:
    """The signed-in account, or None: the cookie must name an active account and its
    current session version (logout, a password change or a lockout bump it)."""
    if "user" not in g:
        uid = session.get("uid")
        user = veille().users_get(uid) if isinstance(uid, int) else None
        if user is not None and (not user.active or session.get("sv") != user.session_version):
            user = None
        g.user = user
    return g.user


def requires(action: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Sign-in required (to the login page, then back), and the role must allow ``action``."""

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            user = current_user()
            if user is None:
                return redirect(url_for("auth.login", next=request.full_path))
            if not user.can(action):
                abort(403)
            return view(user, *args, **kwargs)

        return wrapped

    return decorate


def page(template: str, **context: Any) -> str:
    user = current_user()
    partners = {p.id: p.name for p in veille().sources().partners}
    return render_template(
        template,
        user=user,
        partner_names=partners,
        partner_name=partners.get(user.partner_id or "") if user else None,
        **context,
    )


@auth.route("/connexion", methods=["GET", "POST"])
def login() -> Any:
    target = local_target(request.args.get("next") or "", url_for("curation.inbox"))
    email = ""
    if request.method == "POST":
        email = request.form.get("email", "")
        address = request.remote_addr or "?"
        failed_logins = limit("failed_logins")
        if failed_logins.exceeded(address):
            flash("Trop d'essais depuis cette adresse : réessayez dans quelques minutes.", "error")
            return page("web/login.html", email=email, next=target), 429
        try:
            user = veille().users_authenticate(email, request.form.get("password", ""))
        except AccessError as exc:
            failed_logins.hit(address)
            flash(sentence(exc), "error")
            return page("web/login.html", email=email, next=target), 401
        _sign_in(user)
        return redirect(target)
    return page("web/login.html", email=email, next=target)


def _sign_in(user: User) -> None:
    """A fresh session naming the account and its session version."""
    session.clear()
    session["uid"] = user.id
    session["sv"] = user.session_version
    session.permanent = True


@auth.post("/deconnexion")
def logout() -> Response:
    user = current_user()
    if user is not None:  # ends this account's sessions on the server, not only this cookie
        veille().users_logout(user)
    session.clear()
    flash("Vous êtes déconnecté(e).")
    return redirect(url_for("auth.login"))  # type: ignore[return-value]


@auth.route("/compte", methods=["GET", "POST"])
@requires("read")
def account(user: User) -> Any:
    if request.method == "POST":
        try:
            changed = veille().users_change_password(
                user, request.form.get("current", ""), request.form.get("new", "")
            )
            _sign_in(changed)  # the other sessions of the account end; this one goes on
            flash("Mot de passe changé : vos autres sessions sont fermées.")
        except AccessError as exc:
            flash(sentence(exc), "error")
            return page("web/account.html", role_fr=ROLE_FR[user.role]), 400
        return redirect(url_for("auth.account"))
    return page("web/account.html", role_fr=ROLE_FR[user.role])
