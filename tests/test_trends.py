"""The trend radar: named things extracted from text, and the rules that flag what rises
(pure); then the « Tendances » page over a real database, in a real browser on a phone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from veille.analyse.trends import (
    Mention,
    RadarSettings,
    TrendIndex,
    extract,
    extract_terms,
    poisson_tail,
)

DAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Salt Typhoon targets FortiGate devices", {"salt typhoon", "fortigate"}, set()),
        ("Le kit Grimpeur vise des PME de l'Orne", {"grimpeur", "pme", "orne"}, {"le"}),
        ("OpenAI's GPT-5 arrives", {"openai", "gpt-5"}, {"openai's"}),
        ("La faille CVE-2026-20345 est exploitée", {"CVE-2026-20345"}, {"la"}),
        ("How hackers stole the keys", set(), {"how", "hackers"}),
    ],
)
def test_names_are_extracted_not_sentence_starts(text, expected, absent):
    terms = set(extract_terms(text))
    assert expected <= terms and not (absent & terms)


def test_words_written_in_lower_case_are_counted_to_tell_common_words():
    _, plain = extract("Record gains", "The market hit a record high.")
    assert "record" in plain


def background(index: TrendIndex, sources: int = 6, days: int = 40) -> None:
    """Sources publishing every day for ``days`` days, one steady name each day."""
    mentions = []
    for d in range(days):
        for s in range(sources):
            item = 10_000 + d * 100 + s
            mentions.append(
                Mention(
                    item, item, f"s{s}", DAY - timedelta(days=days - d), ("cyber",), ("microsoft",)
                )
            )
    index.add(mentions)


def rising(index: TrendIndex, name: str, sources: list[str], story=None) -> None:  # type: ignore[no-untyped-def]
    index.add(
        Mention(
            900 + i,
            story if story is not None else 900 + i,
            source,
            DAY - timedelta(days=i % 3),
            ("cyber",),
            (name,),
            label={name: name.capitalize()},
        )
        for i, source in enumerate(sources)
    )


def test_a_new_name_in_three_sources_is_flagged_with_its_evidence():
    index = TrendIndex()
    background(index)
    rising(index, "grimpeur", ["s0", "s1", "s2"])
    (trend,) = index.radar(DAY)
    assert (trend.term, trend.label, trend.new, trend.stories) == ("grimpeur", "Grimpeur", True, 3)
    assert trend.sources == ("s0", "s1", "s2") and set(trend.items) == {900, 901, 902}
    assert trend.series[-3:] == (1, 1, 1) and len(trend.series) == 28 + 3


def test_two_sources_or_one_syndicated_story_are_not_a_trend():
    index = TrendIndex()
    background(index)
    rising(index, "grimpeur", ["s0", "s1", "s0"])
    assert index.radar(DAY) == []
    syndicated = TrendIndex()
    background(syndicated)
    rising(syndicated, "grimpeur", ["s0", "s1", "s2", "s3"], story=77)  # one story, 4 outlets
    assert syndicated.radar(DAY) == []


def test_a_steady_name_is_background_and_a_new_source_is_not_a_trend():
    index = TrendIndex()
    background(index)
    assert index.radar(DAY) == []  # « microsoft » every day: its own baseline
    rising(index, "grimpeur", ["s0", "s1", "nouvelle-source"])
    assert index.radar(DAY) == [], "a source in its first week says everything first"


def test_a_common_word_with_a_capital_in_headlines_is_not_a_name():
    index = TrendIndex()
    background(index)
    index.add(
        [
            Mention(5000 + i, 5000 + i, "s5", DAY - timedelta(days=20), (), (), ("record",))
            for i in range(5)
        ]
    )
    rising(index, "record", ["s0", "s1", "s2"])
    assert index.radar(DAY) == []


def test_a_word_headlines_capitalise_but_texts_also_write_in_lower_case_is_not_a_name():
    # « Upgrade » in nine title-case headlines, « upgrade » in two texts: a word, not a name
    # (the old rule wanted as many in lower case as with a capital); a made-up name never
    # written in lower case stays a name
    upgrade, grimpeur = TrendIndex(), TrendIndex()
    for index, name in ((upgrade, "upgrade"), (grimpeur, "grimpeur")):
        background(index)
        index.add(
            [
                Mention(6000 + i, 6000 + i, "s5", DAY - timedelta(days=20), (), (name,))
                for i in range(5)
            ]
        )
    upgrade.add(
        [
            Mention(6100 + i, 6100 + i, "s5", DAY - timedelta(days=20), (), (), ("upgrade",))
            for i in range(2)
        ]
    )
    rising(upgrade, "upgrade", ["s0", "s1", "s2", "s3"])
    rising(grimpeur, "grimpeur", ["s0", "s1", "s2", "s3"])
    assert upgrade.radar(DAY) == []
    assert [t.term for t in grimpeur.radar(DAY)] == ["grimpeur"]


def test_the_radar_is_incremental():
    whole, step = TrendIndex(), TrendIndex()
    background(whole)
    rising(whole, "grimpeur", ["s0", "s1", "s2"])
    background(step)
    assert step.radar(DAY) == []
    rising(step, "grimpeur", ["s0", "s1", "s2"])
    rising(step, "grimpeur", ["s0", "s1", "s2"])  # the same items again: counted once
    assert step.radar(DAY) == whole.radar(DAY)


def test_poisson_tail():
    assert poisson_tail(0, 1.0) == 0.0
    assert poisson_tail(1, 0.1) == pytest.approx(
        -__import__("math").log10(1 - __import__("math").exp(-0.1))
    )
    assert poisson_tail(40, 0.06) > 50  # far in the tail, no precision lost
    assert RadarSettings().window == 3


def test_a_name_several_sources_carry_together_for_the_first_time_is_flagged():
    index = TrendIndex()
    background(index)
    index.add(  # cited once a week by one outlet at a time for a month
        Mention(7000 + w, 7000 + w, f"s{w}", DAY - timedelta(days=7 * w + 3), (), ("velphex",))
        for w in range(1, 5)
    )
    rising(index, "velphex", ["s0", "s1", "s2"])
    (trend,) = index.radar(DAY)
    assert trend.term == "velphex" and not trend.new and trend.baseline > 0
    together_before = TrendIndex()
    background(together_before)
    together_before.add(  # two outlets already carried it together three weeks ago
        Mention(7100 + n, 7100 + n, f"s{n}", DAY - timedelta(days=21), (), ("velphex",))
        for n in range(2)
    )
    rising(together_before, "velphex", ["s0", "s1", "s2"])
    assert together_before.radar(DAY) == []
