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
