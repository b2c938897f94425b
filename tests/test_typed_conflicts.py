"""Conflicts caught with their type on sentences written for these tests (issue 13):
each pair states one fact two ways that cannot both be true."""

from __future__ import annotations

import pytest

from compare import Alignment, Conflict, Verdict, compare_texts
from compare.align.clause_contradictions import _opposite_acts
from compare.extract import Role


def _differing(a: str, b: str) -> list[Alignment]:
    comparison = compare_texts({"a": a, "b": b})
    return [al for al in comparison.alignments if al.verdict == Verdict.DIFFER]


def _agreeing_quotes(a: str, b: str) -> list[Alignment]:
    comparison = compare_texts({"a": a, "b": b})
    return [
        al for al in comparison.alignments if al.kind == "quote" and al.verdict == Verdict.AGREE
    ]


QUOTE = '"This bridge will change how the whole valley lives and works,"'


def test_a_described_speaker_ending_in_a_full_name_is_named_in_the_sentence():
    # "said Danube Transit director Hanna Molnar" names Molnar as surely as
    # "said Hanna Molnar": the same words credited to Kovacs are a speaker clash.
    a = f"{QUOTE} said Danube Transit director Hanna Molnar. Mayor Peter Kovacs opened it."
    b = (
        "Mayor Peter Kovacs and Hanna Molnar, the Danube Transit director, were there. "
        f"{QUOTE} Kovacs said at his weekly press conference."
    )
    assert [al.conflict for al in _differing(a, b) if al.kind == "quote"] == [Conflict.SPEAKER]
    assert not _agreeing_quotes(a, b)


def test_a_described_speaker_with_the_same_name_still_agrees():
    a = f"{QUOTE} said Danube Transit director Hanna Molnar."
    b = f"Hanna Molnar leads Danube Transit. {QUOTE} Molnar said on Monday."
    assert not [al for al in _differing(a, b) if al.kind == "quote"]
    assert _agreeing_quotes(a, b)


def test_a_subject_denied_with_no_against_the_same_subject_doing_it_is_a_negation():
    a = "No flood warning was issued, since the river stayed below its banks."
    b = (
        "A flood warning was issued for the lower valley within an hour"
        " and lifted the next morning."
    )
    assert [al.conflict for al in _differing(a, b)] == [Conflict.NEGATION]


def test_no_before_an_object_or_another_verb_is_no_denial_of_the_subject():
    from compare.align.clause_contradictions import by_clauses

    # "no" before the object, and a denied subject that does something else
    assert (
        by_clauses(
            "The flood caused no damage to the new bridge over the river.",
            "Damage to the new bridge over the river was repaired within a week.",
        )
        is None
    )
    assert (
        by_clauses(
            "No flood warning reached the lower valley before dawn.",
            "A flood warning was issued for the lower valley before dawn.",
        )
        is None
    )


def test_two_names_for_a_hyphenated_one_of_a_kind_deed_are_an_actor_conflict():
    a = (
        "With the score tied at 21 and two minutes left, Tomas Berg scored the go-ahead"
        " touchdown on a short run."
    )
    b = "The decisive drive ended when Luis Ortega scored the go-ahead touchdown from four yards."
    assert [al.conflict for al in _differing(a, b)] == [Conflict.ACTOR]


def test_one_verdict_opposed_by_the_jury_and_its_jurors_is_an_opposite():
    # "on Monday" is no doer, and "jury" / "jurors" are one word's forms
    a = (
        "A jury on Monday convicted Elena Marsh of aggravated insurance fraud"
        " over a warehouse fire in March."
    )
    b = "Jurors acquitted Elena Marsh of aggravated insurance fraud, the most serious charge."
    assert [al.conflict for al in _differing(a, b)] == [Conflict.OPPOSITE]


def test_opposite_verbs_of_two_different_doers_are_no_clause_conflict():
    from compare.align.clause_contradictions import by_clauses

    # the judge and the jurors are two doers: both may be right
    assert (
        by_clauses(
            "A panel of judges on Monday convicted Elena Marsh of aggravated insurance fraud.",
            "Jurors acquitted Elena Marsh of aggravated insurance fraud, the most serious charge.",
        )
        is None
    )


def test_a_decided_act_opposed_by_the_same_doer_is_an_opposite():
    a = "The nurses' union rejected the hospital's final contract offer of 3%, calling it unfair."
    b = (
        "The walkout follows the union's decision to accept the hospital's contract offer"
        " in principle while demanding more staff."
    )
    assert [al.conflict for al in _differing(a, b)] == [Conflict.OPPOSITE]


def test_opposite_acts_need_one_doer_a_done_act_and_no_denial():
    from compare.align.clause_contradictions import by_clauses

    # two doers; an act only planned; "did not approve" says what "rejected" says
    assert (
        by_clauses(
            "Shareholders approved the merger of the two regional banks on Friday.",
            "Regulators rejected the merger of the two regional banks, citing competition.",
        )
        is None
    )
    assert (
        by_clauses(
            "The union rejected the hospital contract offer on Friday.",
            "The union plans to accept the hospital contract offer next week.",
        )
        is None
    )
    assert (
        by_clauses(
            "The council did not approve the riverside housing plan.",
            "The council rejected the riverside housing plan after a long debate.",
        )
        is None
    )
    found = by_clauses(
        "The council voted to reject the riverside housing plan.",
        "The council approved the riverside housing plan after a long debate.",
    )
    assert found is not None and found.conflict == Conflict.OPPOSITE


def _role(role: str, sentence: str) -> Role:
    return Role(
        source="s",
        start=0,
        end=1,
        text=role,
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
        line=1,
        block=0,
        person="Nadia Brandt",
        role=role,
    )


@pytest.mark.parametrize(
    ("a", "b", "two"),
    [
        ("Battalion Chief", "a division chief", True),
        ("police chief", "fire chief", True),
        # a name, an adjective, or a noun the other sentence has: one post told two ways
        ("police chief", "LAPD chief", False),
        ("senior adviser", "top adviser", False),
        ("Fire Chief", "city fire chief", False),
    ],
)
def test_one_position_noun_with_two_different_nouns_before_it_is_two_posts(a, b, two):
    from compare.align.titles import two_posts

    assert two_posts(_role(a, f"{a} Nadia Brandt spoke."), _role(b, f"{b} Nadia Brandt")) is two


def test_a_noun_cut_off_one_description_is_no_other_post():
    from compare.align.titles import two_posts

    cut = _role("Rescue Chief", "Palmer Fire & Rescue Chief Nadia Brandt arrived first.")
    assert not two_posts(_role("Palmer Fire Chief", "Palmer Fire Chief Nadia Brandt spoke."), cut)


def test_a_battalion_chief_told_as_a_division_chief_is_no_agreement():
    a = '"The levee will hold," said Battalion Chief Nadia Brandt of River Rescue. Crews worked.'
    b = (
        "Nadia Brandt spoke at noon. Brandt, a division chief with River Rescue, said the levee"
        " would hold. Crews worked."
    )
    roles = [al for al in compare_texts({"a": a, "b": b}).alignments if al.kind == "role"]
    assert [(al.verdict, al.conflict) for al in roles] == [(Verdict.DIFFER, Conflict.TITLE)]


def test_opposite_verbs_over_two_different_acts_are_no_opposite() -> None:
    allow = "the new rules allow regional airlines to cancel flights without notice"
    prohibit = "the new rules prohibit regional airlines from selling tickets above the posted fare"
    assert _opposite_acts(allow, prohibit) is None
    same_act = "the new rules prohibit regional airlines from cancelling flights without notice"
    found = _opposite_acts(allow, same_act)
    assert found is not None
