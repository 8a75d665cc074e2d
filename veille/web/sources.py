"""The sources page: every source's health, adding a feed, pausing and resuming one's own."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from flask import Blueprint, flash, redirect, request, url_for

from veille.app.records import FeedCandidate, NewSource
from veille.collect.rules import HEALTH_FR, health_word
from veille.curation.rules import User
from veille.errors import ConfigError, FetchError
from veille.web.auth import page, requires, veille

sources = Blueprint("sources", __name__)


@sources.get("/sources")
@requires("read")
def health(user: User) -> Any:
    return _health_page(user)


def _health_page(user: User, choices: list[FeedCandidate] | None = None) -> Any:
    app = veille()
    config = app.sources()
    return page(
        "web/sources.html",
        rows=app.sources_health(),
        themes=config.themes,
        partners=config.partners,
        owns=user.owns,
        can_manage=user.can("manage_sources"),
        form=request.form if choices else request.args,
        choices=choices or [],
        health_fr=HEALTH_FR,
        health_word=health_word,
        kind_fr={"feed": "flux RSS/Atom", "page": "page web"},
        announces_fr={
            "call": "chaque article est un appel",
            "event": "chaque article est un événement",
        },
    )


@sources.post("/sources")
@requires("manage_sources")
def add(user: User) -> Any:
    """Add a feed: the address given is searched for its feed first (the address itself,
    the feeds its page announces, the usual paths); with several, the person picks one;
    the source added is visited at once and the page says what it found."""
    app = veille()
    form = request.form
    asked = NewSource(
        form.get("name", ""),
        form.get("url", ""),
        form.getlist("themes"),
        form.get("language") or None,
        form.get("interval", "6h"),
        form.get("partner") or None,
        form.get("announces") or None,
    )
    try:  # every field checked before anything is fetched
        app.sources_validate(user, asked)
        found = app.sources_discover(asked.url)
    except (ConfigError, FetchError) as exc:
        flash(f"Source refusée : {exc}", "error")
        return redirect(url_for("sources.health"))
    if not found:
        flash(
            "Aucun flux RSS, Atom ou JSON Feed à cette adresse, ni annoncé par la page, ni aux "
            "adresses habituelles (/feed, /rss.xml…). Une page sans flux se suit avec un "
            "sélecteur CSS dans sources.yaml : demandez-le à l'administrateur.",
            "error",
        )
        return redirect(url_for("sources.health"))
    if len(found) > 1:
        return _health_page(user, choices=found)
    feed = found[0]
    try:
        added = app.sources_add_and_collect(
            user, replace(asked, name=asked.name or feed.title, url=feed.url)
        )
    except (ConfigError, FetchError) as exc:
        flash(f"Source refusée : {exc}", "error")
        return redirect(url_for("sources.health"))
    if added.source_id is None:
        flash("Rien d'ajouté : " + "; ".join(added.notes), "error")
        return redirect(url_for("sources.health"))
    visit = added.first_visit
    if visit is None or visit.error_message:
        why = visit.error_message if visit else "pas de visite"
        flash(
            f"Source ajoutée, mais la première visite a échoué : {why}. Elle sera réessayée.",
            "error",
        )
    else:
        latest = f" Le plus récent : « {feed.latest} »." if feed.latest else ""
        flash(
            f"Source ajoutée et visitée : {visit.new} article(s) enregistré(s) "
            f"dans la veille.{latest}"
        )
    if added.analysis_problem:
        flash(f"Classement reporté : {added.analysis_problem}", "error")
    return redirect(url_for("sources.health"))


@sources.post("/sources/<source_id>/<any(pause, reprise):what>")
@requires("manage_sources")
def pause(user: User, source_id: str, what: str) -> Any:
    veille().sources_pause(user, source_id, what == "pause")
    flash(f"Source {source_id} " + ("mise en pause." if what == "pause" else "reprise."))
    return redirect(url_for("sources.health"))
