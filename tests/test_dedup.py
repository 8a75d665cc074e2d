"""Duplicate decision and story assignment (pure)."""

import json
from pathlib import Path

from veille.analyse.dedup import (
    Links,
    StoryDoc,
    StoryIndex,
    default_pair_model,
    pair_scores,
    signature,
)

DATA = Path(__file__).parent / "data"


def test_paraphrase_is_the_same_story_and_a_different_fact_is_not():
    model = default_pair_model()
    a = signature("Hackers stole $200 million from the exchange's hot wallet, it said.")
    b = signature("The exchange said about $200 million was stolen from its hot wallet by hackers.")
    c = signature("The exchange said it would reimburse customers from its own reserves.")
    assert model.same(a, b) and not model.same(a, c)


def test_numbers_that_disagree_weigh_against():
    model = default_pair_model()
    a = signature("The company will cut 1,800 jobs in its French factories.")
    b = signature("The company will cut 1,800 jobs in its French factories this year.")
    c = signature("The company will cut 300 jobs in its French factories.")
    assert model.probability(a, b) > model.probability(a, c)


def test_held_out_pairs_reach_the_target():
    """tests/data/dedup-eval.jsonl holds pairs never used to fit the pair model."""
    rows = [json.loads(line) for line in (DATA / "dedup-eval.jsonl").read_text().splitlines()]
    pairs = [(r["a"], r["b"], r["duplicate"]) for r in rows]
    model = default_pair_model()
    scores = pair_scores(pairs, [model.same(signature(a), signature(b)) for a, b, _ in pairs])
    assert scores["f1"] >= 0.82 and scores["precision"] >= 0.80, scores


def doc(i, title, summary="", url=None):
    return StoryDoc(i, title, summary, "fr", url or f"https://outlet{i}.example/{i}")


STORY = (
    "Rançongiciel : l'hôpital de Caen contraint de détourner ses urgences",
    "L'attaque a chiffré les serveurs dimanche ; les ambulances sont envoyées à Bayeux.",
)


def test_same_story_from_several_outlets_is_one_story():
    index = StoryIndex()
    out = index.assign(
        [
            doc(1, *STORY),
            doc(
                2,
                "L'hôpital de Caen détourne ses urgences après un rançongiciel",
                "Les serveurs ont été chiffrés dimanche par l'attaque ; ambulances envoyées "
                "à Bayeux.",
            ),
            doc(3, "Le bitcoin dépasse les 100 000 dollars", "La cryptomonnaie bat son record."),
            doc(4, "Autre titre", "Autre résumé", url="https://outlet1.example/1"),  # same URL
            doc(5, *STORY, url="https://syndication.example/x"),  # same text elsewhere
        ]
    )
    stories = {a.item_id: a.story_id for a in out}
    assert stories == {1: 1, 2: 1, 3: 3, 4: 1, 5: 1}
    assert [a.new for a in out] == [True, False, True, False, False]
    assert out[3].exact and out[4].exact and not out[1].exact


def test_people_decisions_are_respected():
    first = doc(1, *STORY)
    rewrite = doc(2, STORY[0] + " selon la direction", STORY[1])
    kept_apart = StoryIndex().assign([first, rewrite], Links(apart={frozenset((1, 2))}))
    assert [a.story_id for a in kept_apart] == [1, 2]
    unrelated = doc(3, "Le bitcoin dépasse les 100 000 dollars", "Record.")
    together = StoryIndex().assign([first, unrelated], Links(together={frozenset((1, 3))}))
    assert [a.story_id for a in together] == [1, 1]


def test_index_of_recent_items_is_used():
    index = StoryIndex()
    index.add_many([doc(10, *STORY)], [10])
    [a] = index.assign([doc(11, STORY[0], STORY[1] + " Une enquête est ouverte.")])
    assert (a.story_id, a.matched, a.new) == (10, 10, False)


# -- what tells stories apart, whatever the words (issue 14) --------------------------------
def news(i, title, source, day=1, summary="", url=None):
    from datetime import UTC, datetime

    return StoryDoc(
        i,
        title,
        summary,
        "fr",
        url or f"https://{source}.example/{i}",
        datetime(2026, 11, day, 9, tzinfo=UTC),
        source,
    )


def stories_of(docs):
    return {a.item_id: a.story_id for a in StoryIndex().assign(docs)}


def test_one_outlet_never_tells_one_story_twice():
    """A templated series (same title, no summary) from one issuer is many advisories."""
    title = "Multiples vulnérabilités dans le noyau Linux de SUSE"
    got = stories_of([news(1, title, "certfr"), news(2, title, "certfr"), news(3, title, "other")])
    assert got[1] != got[2], "two bulletins of one issuer"
    assert got[3] in (got[1], got[2]), "the same text from another outlet, the same day"


def test_advisories_about_different_products_stay_apart():
    got = stories_of(
        [
            news(1, "Multiples vulnérabilités dans les produits Microsoft", "certfr"),
            news(2, "Multiples vulnérabilités dans les produits Fortinet", "macert"),
            news(3, "Multiples vulnérabilités dans Google Chrome", "hkcert"),
        ]
    )
    assert len(set(got.values())) == 3


def test_identifiers_versions_and_dates_tell_stories_apart():
    base = "Faille critique dans Apache Tomcat : mettez à jour"
    got = stories_of(
        [
            news(1, f"{base} (CVE-2026-1111)", "a"),
            news(2, f"{base} (CVE-2026-2222)", "b"),
            news(3, f"{base} (CVE-2026-1111)", "c"),
        ]
    )
    assert got[1] != got[2] and got[3] == got[1]
    got = stories_of([news(1, f"{base} 10.1.2", "a"), news(2, f"{base} 9.0.8", "b")])
    assert got[1] != got[2], "different versions"
    got = stories_of([news(1, base, "a", day=1), news(2, base, "b", day=9)])
    assert got[1] != got[2], "the same words a week later are another story"


def test_a_newcomer_is_compared_with_the_story_lead_so_stories_cannot_chain():
    title = "Rançongiciel : l'hôpital de Caen détourne ses urgences vers Bayeux"
    got = stories_of(
        [news(1, title, "a", day=1), news(2, title, "b", day=4), news(3, title, "c", day=7)]
    )
    assert got[2] == got[1], "three days apart: the same story"
    assert got[3] != got[1], "close to the second item, but six days after the lead"


def test_sentence_vectors_load_without_any_network(tmp_path):
    """wordllama's embeddings come from its wheel: loading them opens no connection."""
    import subprocess
    import sys

    probe = (
        "import socket\n"
        "def deny(*a, **k): raise SystemExit('network attempt')\n"
        "socket.socket.connect = deny\n"
        "socket.create_connection = deny\n"
        "from veille.analyse.embed import vectors\n"
        "v = vectors(['Rançongiciel à Caen', 'Ransomware in Caen', 'Le prix du blé'])\n"
        "print(round(float(v[0] @ v[1]), 3), round(float(v[0] @ v[2]), 3), v.shape)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    near, far, shape = done.stdout.strip().split(" ", 2)
    assert shape == "(3, 256)" and float(near) > float(far)


def test_a_french_and_an_english_bulletin_of_one_release_are_one_story():
    from dataclasses import replace

    fr = replace(
        news(1, "Multiples vulnérabilités dans Google Chrome", "certfr", day=3),
        summary="De multiples vulnérabilités ont été corrigées dans Google Chrome.",
    )
    en = replace(
        news(2, "Google Chrome Multiple Vulnerabilities", "hkcert", day=4),
        language="en",
        summary="Multiple vulnerabilities were identified in Google Chrome.",
    )

    def other(i, source, **change):
        return replace(en, id=i, source=source, canonical_url=f"https://{source}/{i}", **change)

    firefox = other(3, "cccs", title="Mozilla Firefox Multiple Vulnerabilities", summary="")
    precise = other(4, "vuldb", title="Google Chrome Blink Frames use after free in V8 sandbox")
    late = other(5, "cisa", published_at=en.published_at.replace(day=9))
    got = stories_of([fr, en, firefox, precise, late])
    assert got[2] == got[1], "one Chrome release told in French and in English"
    assert got[3] != got[1], "another product"
    assert got[4] != got[1], "one precise flaw is not the vendor-wide bulletin"
    assert got[5] != got[1], "five days later: another release"
    news_fr = replace(fr, id=6, title="Google Chrome : une nouvelle interface", summary="")
    news_en = other(7, "y", title="Google Chrome gets a new look", summary="")
    got = stories_of([news_fr, news_en])
    assert got[6] != got[7], "across languages, only security bulletins are matched on names"


def test_articles_about_one_vulnerability_are_one_story_but_a_roll_up_is_not():
    titles = [
        "Une faille critique CVE-2026-4242 exploitée dans les VPN d'entreprise",
        "Patch urgent : CVE-2026-4242 touche les passerelles d'accès distant",
        "Les attaquants visent CVE-2026-4242 : ce que les PME doivent faire",
        "CVE-2026-4242 : l'ANSSI recommande d'appliquer le correctif",
        "Alerte sur la vulnérabilité CVE-2026-4242",
    ]
    docs = [news(i, t, f"outlet{i}", day=2 + i % 2) for i, t in enumerate(titles, 1)]
    roll_up = news(
        6,
        "Bulletin mensuel : "
        + ", ".join(f"CVE-2026-{n}" for n in (4242, 4243, 4244, 4245, 4246, 4247)),
        "cert",
        day=3,
    )
    got = stories_of([*docs, roll_up])
    assert len({got[i] for i in range(1, 6)}) == 1, "five articles about one CVE"
    assert got[6] != got[1], "a roll-up of six is not an article about that one flaw"
