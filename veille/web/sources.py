"""The sources page: every source's health, adding a feed, pausing and resuming one's own."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, request, url_for

from veille.collect.rules import HEALTH_FR, health_word
from veille.curation.rules import User
from veille.errors import ConfigError, FetchError
from veille.web.auth import page, requires, veille

sources = Blueprint("sources", __name__)


@sources.get("/sources")
@requires("read")
def health(user: User) -> Any:
    app = veille()
    config = app.sources()
    return page(
        "web/sources.html",
        rows=app.sources_health(),
        themes=config.themes,
        partners=config.partners,
        owns=user.owns,
        can_manage=user.can("manage_sources"),
        form=request.args,
        health_fr=HEALTH_FR,
        health_word=health_word,
        kind_fr={"feed": "flux RSS/Atom", "page": "page web"},
    )


@sources.post("/sources")
@requires("manage_sources")
def add(user: User) -> Any:
    form = request.form
    try:
        result = veille().sources_add(
            user,
            form.get("name", ""),
            form.get("url", ""),
            form.getlist("themes"),
            form.get("language") or None,
            form.get("interval", "6h"),
            form.get("partner") or None,
        )
    except (ConfigError, FetchError) as exc:
        flash(f"Source refusée : {exc}", "error")
        return redirect(url_for("sources.health"))
    if result.added:
        flash(
            f"Source ajoutée : {', '.join(result.added)}. Elle sera visitée à la prochaine "
            "collecte."
        )
    else:
        flash("Rien d'ajouté : " + "; ".join(result.notes), "error")
    return redirect(url_for("sources.health"))


@sources.post("/sources/<source_id>/<any(pause, reprise):what>")
@requires("manage_sources")
def pause(user: User, source_id: str, what: str) -> Any:
    veille().sources_pause(user, source_id, what == "pause")
    flash(f"Source {source_id} " + ("mise en pause." if what == "pause" else "reprise."))
    return redirect(url_for("sources.health"))
