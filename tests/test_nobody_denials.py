"""A subject that denies ("no one", "nobody", "none of the N", "no N") read as a
denied head (nobody_denials), and closest_polarity's negation between it and the
head stated. Sentences written here, in domains of their own."""

from __future__ import annotations

from compare import Conflict
from compare.align.closest_polarity import polarity_told
from compare.align.nobody_denials import nobody_denials


def test_the_head_after_a_verb_of_report_is_denied() -> None:
    (core,) = nobody_denials(
        "No one vaccinated is known to have since been admitted with measles, the clinic said."
    )
    assert core.head_word == "admitted" and core.subject == frozenset({"vaccinat"})
    assert core.denied and core.tense == ""


def test_none_of_and_no_noun_subjects() -> None:
    (core,) = nobody_denials("None of the crates has yet been opened.")
    assert core.head_word == "opened" and core.subject == frozenset({"crat"})
    (core,) = nobody_denials("No climbers reached the summit before the storm.")
    assert core.head_word == "reached" and "summit" in core.rest


def test_an_object_a_modal_and_not_only_are_left_alone() -> None:
    assert nobody_denials("The clinic gave no one a refund.") == ()
    assert nobody_denials("No one could have reached the summit in that wind.") == ()
    assert nobody_denials("Nobody not only reached the summit but camped there.") == ()


def test_a_denying_subject_against_a_count_is_a_negation() -> None:
    a = "No one vaccinated is known to have since been admitted with measles, the clinic said."
    b = "Two of those vaccinated have since been admitted with measles, the clinic confirmed."
    found = polarity_told(a, b)
    assert found is not None and found.conflict == Conflict.NEGATION


def test_a_denying_subject_about_another_thing_is_no_negation() -> None:
    a = "No climbers reached the summit before the storm, the guides said."
    b = "Two porters reached the lower camp with supplies for the guides."
    assert polarity_told(a, b) is None
