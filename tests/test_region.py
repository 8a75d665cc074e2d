"""The regional lens: the gazetteer's names and their contexts (pure), the gazetteer file,
and what it changes for people: an inbox filter, the item page, the « En Normandie »
section of the draft (real database)."""

from __future__ import annotations

import re
from datetime import timedelta

import httpx
import pytest

from veille.bulletin.rules import REGION_SECTION, Candidate, propose
from veille.errors import ConfigError
from veille.sources.region import load_gazetteer, parse_gazetteer
from veille.testing.stores import stores
from veille.types import SourceState

from .bulletin_data import make_item

NORMANDIE = load_gazetteer(None)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Une PME de l'Orne paralysée par un rançongiciel", ["orne"]),
        ("Atelier cybersécurité à Caen pour les dirigeants", ["caen"]),
        ("Caen : la CCI ouvre un atelier", ["caen"]),
        ("Hervé Caen, directeur général d'un opérateur", []),  # a surname
        ("Ferries: traffic across La Manche disrupted by storms", []),  # the Channel
        ("Le trafic dans la Manche perturbé par la tempête", []),
        ("Saint-Lô (Manche) : la mairie visée par une cyberattaque", ["manche", "saint-lo"]),
        ("Eure-et-Loir : une entreprise piratée", []),  # not the Eure
        ("Une cyberattaque dans l'Eure", ["eure"]),
        ("Le Pôle TES et Normandie AeroEspace lancent un appel", ["normandie", "pole-tes", "nae"]),
        ("Un démonstrateur logistique au Havre", ["le-havre"]),
        ("Normandy Park council votes on a budget", []),
        ("Les tests TES du laboratoire", []),  # « TES » alone is not the Pôle TES
        ("Des migrants secourus dans la Manche, au large de Calais", []),  # the sea
        ("Dieppe (Nouveau-Brunswick) vote son budget municipal", []),  # a namesake abroad
        ("La ville de Vernon, en Colombie-Britannique, agrandit son port", []),
        ("Dieppe, près de Moncton, doit son nom à Dieppe, en Normandie", ["normandie", "dieppe"]),
        ("Une PME de Vernon (Eure) recrute", ["eure", "vernon"]),
        ("Normand Tremblay anime la soirée à Montréal", []),  # a first name in Québec
    ],
)
def test_what_of_normandy_a_text_names(text, places):
    assert [m.place for m in NORMANDIE.find(text)] == places


def test_a_namesake_abroad_is_declared_in_the_file_and_checked():
    text = (
        "name: Normandie\nplaces:\n"
        "  - {id: normandie, label: Normandie, kind: region, names: [Normandie]}\n"
        "  - {id: dieppe, label: Dieppe, kind: commune, names: [Dieppe], elsewhere: [Moncton]}\n"
    )
    gazetteer = parse_gazetteer(text, "region.yaml")
    assert [m.place for m in gazetteer.find("Le marché de Dieppe, à côté de Moncton")] == []
    assert [m.place for m in gazetteer.find("Le port de Dieppe se modernise")] == ["dieppe"]
    with pytest.raises(ConfigError, match="elsewhere"):
        parse_gazetteer(text.replace("[Moncton]", "Moncton"), "region.yaml")


def test_an_administrator_adds_a_company_and_a_bad_entry_is_refused_with_its_place():
    text = (
        "name: Normandie\nplaces:\n"
        "  - {id: acme, label: Acme Cidre, kind: entreprise, names: [Acme Cidre]}\n"
    )
    assert [m.label for m in parse_gazetteer(text, "region.yaml").find("Acme Cidre recrute")] == [
        "Acme Cidre"
    ]
    with pytest.raises(ConfigError, match=r"places.0 \(x\) : « kind » parmi"):
        parse_gazetteer("places:\n  - {id: x, label: X, kind: planete, names: [X]}\n", "r.yaml")
    with pytest.raises(ConfigError, match="contexte « \\(oups » invalide"):
        parse_gazetteer(
            "places:\n  - {id: x, label: X, kind: commune, contexts: ['(oups']}\n", "r.yaml"
        )


def test_regional_leads_go_first_to_the_region_section():
    from datetime import UTC, datetime

    now = datetime(2026, 11, 20, tzinfo=UTC)
    candidates = [
        Candidate(1, ("cyber",), {"cyber": 0.9}, 1, now, region=True),
        Candidate(2, ("cyber",), {"cyber": 0.8}, 1, now),
        Candidate(3, ("ai",), {"ai": 0.9}, 1, now, region=True),
        Candidate(4, (), {}, 1, now, region=True),  # off-topic: not proposed at all
    ]
    placed = {(p.item_id, p.theme) for p in propose(candidates, ["cyber", "ai"], 5, region=True)}
    assert placed == {(1, REGION_SECTION), (3, REGION_SECTION), (2, "cyber")}
    without = {(p.item_id, p.theme) for p in propose(candidates, ["cyber", "ai"], 5)}
    assert without == {(1, "cyber"), (2, "cyber"), (3, "ai")}


def test_the_inbox_filters_and_the_draft_opens_on_the_region(web_site):
    from veille.curation.records import InboxFilter
    from veille.curation.rules import Role

    app, base = web_site
    now = app.now()
    item = make_item(
        "a",
        "caen",
        "Une PME de Caen victime d'un rançongiciel",
        now - timedelta(hours=3),
        "Les sauvegardes ont sauvé l'entreprise.",
    )
    stores(app).store.record(SourceState("a", "https://a.example/f"), [item], now)
    app.analyse_new()
    rows = {r.title: r for r in app.items_latest(100)}
    assert rows["Une PME de Caen victime d'un rançongiciel"].region == ("caen",)
    user = app.users_get(
        app.users_add("c@cci.example", "C", Role.PARTNER, "cci", "pommes-et-poires-42")
    )
    regional = app.items_inbox(user, InboxFilter(region=True)).rows
    assert regional and all(r.region for r in regional)
    assert len(regional) < len(app.items_inbox(user, InboxFilter()).rows)
    with httpx.Client(base_url=base, timeout=20) as client:  # the pages say it too
        form = client.get("/connexion").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
        login = {"email": "c@cci.example", "password": "pommes-et-poires-42", "csrf_token": token}
        assert client.post("/connexion", data=login).status_code == 302
        inbox = client.get("/veille", params={"vue": "tous", "region": "1"}).text
        assert "Une PME de Caen victime" in inbox and 'class="tag region"' in inbox
        caen = next(r for r in regional if r.title.startswith("Une PME de Caen"))
        page = client.get(f"/veille/article/{caen.id}").text
        assert "En Normandie" in page and '<span class="tag region">Caen</span>' in page
    number = app.bulletin_new(now.date() - timedelta(days=7), now.date()).number
    sections = app.bulletin(number).content.sections
    assert sections[0].label == "En Normandie"
    assert "Une PME de Caen victime d'un rançongiciel" in [e.title for e in sections[0].entries]
    blockchain_only = app.bulletin(number).content.for_themes(["blockchain"])
    assert blockchain_only.sections[0].label == "En Normandie", "every reader gets the region"
