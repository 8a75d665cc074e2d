"""One place turns errors into pages: French, in the site's look, readable on a phone.

- ``AccessError`` → 403 « Accès refusé » (a signed-out visitor is sent to the login page by
  ``requires`` before any view runs);
- ``NotFoundError`` and unknown addresses → 404 « Page introuvable »;
- a missing or expired CSRF token → 400 « Formulaire expiré »;
- anything else → 500 « Erreur interne », logged with its traceback, no detail shown.

Views only catch the errors they turn into a message on the same page (a refused form)."""

from __future__ import annotations

import logging

from flask import Flask, Response, current_app
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from veille.errors import AccessError, NotFoundError, VeilleError
from veille.web.auth import sentence

log = logging.getLogger("veille.web")

PAGES: dict[int, tuple[str, str]] = {
    400: (
        "Requête invalide",
        "La demande n'a pas pu être comprise : revenez en arrière et réessayez.",
    ),
    403: (
        "Accès refusé",
        "Votre rôle ne permet pas cette action. Si vous pensez qu'il le "
        "devrait, demandez-le à l'administrateur de la veille.",
    ),
    404: (
        "Page introuvable",
        "Cette page n'existe pas ou plus : l'article ou le numéro a pu "
        "être retiré, ou le lien est incomplet.",
    ),
    405: (
        "Méthode non autorisée",
        "Cette adresse ne s'utilise pas ainsi : revenez à la page précédente.",
    ),
    413: ("Envoi trop volumineux", "Le formulaire envoyé est trop gros."),
    429: (
        "Trop de demandes",
        "Trop de demandes en peu de temps : réessayez dans quelques minutes.",
    ),
    500: (
        "Erreur interne",
        "Une erreur imprévue est survenue ; elle a été consignée. Réessayez dans un instant.",
    ),
}
CSRF_PAGE = (
    "Formulaire expiré",
    "Ce formulaire a expiré ou ne vient pas de ce site : rechargez la page et recommencez.",
)


def error_page(status: int, title: str | None = None, message: str | None = None) -> Response:
    """The page for ``status`` (its French title and explanation unless given)."""
    default_title, default_message = PAGES.get(status, PAGES[500])
    html = current_app.extensions["veille"].page_html(
        title or default_title, [message or default_message], error=True
    )
    return Response(html, status=status, content_type="text/html; charset=utf-8")


def register(app: Flask) -> None:
    """Install the handlers on the app."""

    @app.errorhandler(CSRFError)
    def _csrf(exc: CSRFError) -> Response:
        return error_page(400, *CSRF_PAGE)

    @app.errorhandler(AccessError)
    def _access(exc: AccessError) -> Response:
        return error_page(403)

    @app.errorhandler(NotFoundError)
    def _not_found(exc: NotFoundError) -> Response:
        return error_page(404)

    @app.errorhandler(VeilleError)
    def _refused(exc: VeilleError) -> Response:  # a refusal a view did not turn into a message
        return error_page(400, message=sentence(exc))

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Response | HTTPException:
        if exc.code is None or exc.code < 400:
            return exc
        ours = exc.description if exc.description != type(exc).description else None
        page = error_page(exc.code, message=sentence(ours) if ours else None)
        for name, value in exc.get_headers():
            if name.lower() in ("allow", "retry-after"):  # a 405 says which methods do
                page.headers[name] = value
        return page

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:
        log.exception("unexpected error: %s", exc)
        return error_page(500)
