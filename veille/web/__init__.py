"""The web app (Flask): the partners' curation pages, the editors' board, and the public
pages (subscribe, confirm, one-click unsubscribe, preferences, archive). Views are thin:
they check the role, read the request, call the ``Veille`` facade, and render a template."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask, request
from flask_wtf.csrf import CSRFProtect

from veille.app.facade import Veille
from veille.bulletin.render import TEMPLATES
from veille.text_fr import date_fr
from veille.textsafe import finalize
from veille.web import errors, inputs
from veille.web.auth import auth
from veille.web.curation import curation
from veille.web.editor import editor
from veille.web.limits import Limit
from veille.web.public import public
from veille.web.sources import sources

csrf = CSRFProtect()


def create_web_app(veille: Veille) -> Flask:
    app = Flask(__name__, template_folder=str(TEMPLATES))
    inputs.register(app)  # before the blueprints: their <int:…> routes use the bounded ids
    app.jinja_env.filters.update(date_fr=date_fr)
    app.jinja_env.finalize = finalize  # no bidi override reaches a page, whatever was stored
    app.config.update(
        SECRET_KEY=veille.secret("flask-session"),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=veille.settings.public_url.startswith("https://"),
        PERMANENT_SESSION_LIFETIME=timedelta(hours=12),
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the session cookie
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    app.extensions["veille"] = veille
    https = veille.settings.public_url.startswith("https://")
    app.extensions["veille_limits"] = {
        "failed_logins": Limit(20, 15 * 60),  # failed logins per client address, 15 minutes
        "subscriptions": Limit(10, 3600),  # subscription requests per client address, hour
    }
    csrf.init_app(app)
    app.register_blueprint(public)
    app.register_blueprint(auth)
    app.register_blueprint(curation)
    app.register_blueprint(editor)
    app.register_blueprint(sources)
    csrf.exempt("veille.web.public.unsubscribe")  # authorised by its signed link (RFC 8058)
    csrf.exempt("veille.web.public.stop_flash")  # the same, for flash alerts only

    errors.register(app)

    @app.after_request
    def _headers(response):  # type: ignore[no-untyped-def]
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if not request.path.startswith("/archives/"):
            # signed-in pages, forms and pages opened by a reader's link: never kept by a
            # browser or a proxy (the archive stays cacheable)
            response.headers["Cache-Control"] = "no-store"
        if https:
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        )
        return response

    return app


def serve(veille: Veille, host: str, port: int) -> None:
    """Serve with waitress (a production WSGI server, pure Python)."""
    from waitress import serve as waitress_serve

    waitress_serve(create_web_app(veille), host=host, port=port, ident="veille")
